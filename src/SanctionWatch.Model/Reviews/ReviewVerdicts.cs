namespace SanctionWatch.Model.Reviews;

/// <summary>The three judgements of nomenklatura, and the words analysts use for them.</summary>
public static class ReviewVerdicts
{
    /// <summary>Yes: the same, confirmed.</summary>
    public const string Positive = "positive";

    /// <summary>No: different, rejected.</summary>
    public const string Negative = "negative";

    /// <summary>Not sure: needs more evidence.</summary>
    public const string Unsure = "unsure";

    /// <summary>The verdict an analyst's word stands for (<c>confirm</c>, <c>reject</c>, <c>same</c>, <c>needs-evidence</c>, …), or null.</summary>
    public static string? Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "positive" or "confirm" or "confirmed" or "same" or "yes" => Positive,
        "negative" or "reject" or "rejected" or "different" or "no" => Negative,
        "unsure" or "needs-evidence" or "needs-more-evidence" or "unknown" => Unsure,
        _ => null,
    };

    /// <summary>How a verdict reads for a kind: merges are same/different, the rest confirmed/rejected/needs-evidence.</summary>
    public static string Describe(string kind, string verdict) => (kind, verdict) switch
    {
        (ReviewKinds.Merge, Positive) => "same",
        (ReviewKinds.Merge, Negative) => "different",
        (_, Positive) => "confirmed",
        (_, Negative) => "rejected",
        _ => "needs-evidence",
    };
}
