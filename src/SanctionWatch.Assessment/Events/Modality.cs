namespace SanctionWatch.Assessment.Events;

/// <summary>The contract's modalities, strongest first, and their order.</summary>
public static class Modality
{
    /// <summary>Modalities from the strongest (stated as fact) to the weakest.</summary>
    public static IReadOnlyList<string> Order => Ordered;

    private static readonly string[] Ordered = ["asserted", "reported", "alleged", "expected", "hypothetical", "denied", "negated"];

    /// <summary>The rank of <paramref name="modality"/>: 0 for the strongest; unknown values rank last.</summary>
    public static int Rank(string modality)
    {
        int index = Array.IndexOf(Ordered, modality);
        return index < 0 ? Ordered.Length : index;
    }

    /// <summary>The stronger of two modalities.</summary>
    public static string Stronger(string a, string b) => Rank(a) <= Rank(b) ? a : b;
}
