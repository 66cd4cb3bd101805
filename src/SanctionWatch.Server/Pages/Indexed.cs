using SanctionWatch.Server.Hosting;
using SanctionWatch.Server.Pages.Flows;

namespace SanctionWatch.Server.Pages;

/// <summary>The <see cref="DossierIndex"/> of a snapshot, made once per snapshot.</summary>
public static class Indexed
{
    /// <summary>The index of <paramref name="snapshot"/>.</summary>
    public static DossierIndex Of(DossierSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Memo("dossier-index", s => new DossierIndex(s.Dossier, s.SourceOf));
    }
}
