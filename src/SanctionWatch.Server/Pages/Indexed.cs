namespace SanctionWatch.Server.Pages;

/// <summary>The <see cref="DossierIndex"/> of a snapshot, made once per snapshot.</summary>
public static class Indexed
{
    /// <summary>The index of the pages' current snapshot of <paramref name="wb"/>.</summary>
    public static DossierIndex Of(Workbench wb)
    {
        ArgumentNullException.ThrowIfNull(wb);
        return Of(wb.Overview());
    }

    /// <summary>The index of <paramref name="snapshot"/>.</summary>
    public static DossierIndex Of(DossierSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Memo("dossier-index", s => new DossierIndex(s.Dossier, s.SourceOf));
    }
}
