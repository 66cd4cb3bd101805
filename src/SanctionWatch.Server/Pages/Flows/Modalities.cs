namespace SanctionWatch.Server.Pages.Flows;

/// <summary>The dossier's modalities from the firmest to the weakest, as the findings' status orders them.</summary>
public static class Modalities
{
    /// <summary>All modalities, firmest first.</summary>
    public static IReadOnlyList<string> Ordered { get; } = ["asserted", "reported", "alleged", "expected", "hypothetical", "denied", "negated"];

    /// <summary>The firmest of <paramref name="modalities"/> (an unknown one ranks last).</summary>
    public static string Strongest(IEnumerable<string> modalities) =>
        modalities.OrderBy(Rank).ThenBy(m => m, StringComparer.Ordinal).FirstOrDefault() ?? "asserted";

    private static int Rank(string modality) => Ordered.IndexOf(modality) is var i and >= 0 ? i : Ordered.Count;

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
