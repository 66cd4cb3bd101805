namespace SanctionWatch.Model.Reviews;

/// <summary>Reads the decision log: the latest decision about each thing is the one in force.</summary>
public static class ReviewLog
{
    /// <summary>The decisions in force: per kind, subject and object the one with the highest sequence number.</summary>
    public static IReadOnlyList<ReviewDecision> Current(IEnumerable<ReviewDecision> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log
            .GroupBy(d => d.Key)
            .Select(g => g.MaxBy(d => d.Seq)!)
            .OrderBy(d => d.Seq)
            .ToList();
    }

    /// <summary>The listing decisions in force that reject a list entry for an entity.</summary>
    public static IReadOnlyList<ReviewDecision> RejectedListings(IEnumerable<ReviewDecision> log) =>
        Current(log).Where(d => d.Kind == ReviewKinds.Listing && d.Verdict == ReviewVerdicts.Negative).ToList();

    /// <summary>The list entries rejected for each entity (entity id → entry ids): what screening leaves out.</summary>
    public static ILookup<string, string> RejectedEntries(IEnumerable<ReviewDecision> log) =>
        RejectedListings(log).ToLookup(d => d.Subject, d => d.Object, StringComparer.Ordinal);

    /// <summary>The key of a merge decision: the two ids in ordinal order, so (a, b) and (b, a) are one decision.</summary>
    public static (string First, string Second) MergePair(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
