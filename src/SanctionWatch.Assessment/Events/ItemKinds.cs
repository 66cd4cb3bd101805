namespace SanctionWatch.Assessment.Events;

/// <summary>
/// Item categories as two reports of one happening name them: the generic "arms" ("weapons", "Waffen", "Rüstungsgüter")
/// covers the weapons one report names and the other only calls weapons — missiles and ammunition — so "Russia has
/// shipped a dozen Tunguska missile systems" and "Nordkorea soll russische Flugabwehrsysteme erhalten haben" tell goods
/// of one kind. Specific categories stay apart from each other: shells and missiles are two shipments.
/// </summary>
internal static class ItemKinds
{
    private static readonly Dictionary<string, string[]> Covers = new(StringComparer.Ordinal)
    {
        ["arms"] = ["ammunition", "missiles"],
    };

    /// <summary>True when the two sets name a category in common or one names the generic category of the other's.</summary>
    public static bool Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Overlaps(b) || a.Any(x => b.Any(y => Covered(x, y) || Covered(y, x)));

    /// <summary>True when every category of <paramref name="part"/> is one of <paramref name="whole"/>'s or of its family.</summary>
    public static bool Within(IReadOnlySet<string> part, IReadOnlySet<string> whole) =>
        part.All(x => whole.Contains(x) || whole.Any(y => Covered(x, y) || Covered(y, x)));

    private static bool Covered(string generic, string specific) =>
        Covers.TryGetValue(generic, out var specifics) && Array.IndexOf(specifics, specific) >= 0;
}
