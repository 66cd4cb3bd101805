using SanctionWatch.Model.Events;

namespace SanctionWatch.Server.Pages.Flows;

/// <summary>The dossier's modalities from the firmest to the weakest, as the findings' status orders them.</summary>
public static class Modalities
{
    /// <summary>All modalities' names, firmest first.</summary>
    public static IReadOnlyList<string> Ordered { get; } = [.. Modality.All.Select(m => m.Name)];

    /// <summary>The firmest of <paramref name="modalities"/> (an unknown one ranks last).</summary>
    public static string Strongest(IEnumerable<string> modalities) =>
        modalities.OrderBy(Modality.RankOf).ThenBy(m => m, StringComparer.Ordinal).FirstOrDefault() ?? Modality.Asserted.Name;
}
