namespace SanctionWatch.Lists.Changes;

/// <summary>What changed from one version of a list (or set of lists) to another, each part ordered by list and reference.</summary>
/// <param name="Added">Entries only the newer version has.</param>
/// <param name="Removed">Entries only the older version has.</param>
/// <param name="Changed">Entries both versions have, with different values.</param>
/// <param name="Unchanged">How many entries both versions have with the same values.</param>
public sealed record ListDiffResult(
    IReadOnlyList<ListChange> Added,
    IReadOnlyList<ListChange> Removed,
    IReadOnlyList<ListChange> Changed,
    int Unchanged);
