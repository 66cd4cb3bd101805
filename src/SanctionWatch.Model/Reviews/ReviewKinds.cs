namespace SanctionWatch.Model.Reviews;

/// <summary>The things an analyst can judge.</summary>
public static class ReviewKinds
{
    /// <summary>An entity is (positive) or is not (negative) a list entry.</summary>
    public const string Listing = "listing";

    /// <summary>Two entities are (positive) or are not (negative) the same.</summary>
    public const string Merge = "merge";

    /// <summary>A finding is confirmed (positive), rejected (negative) or needs more evidence (unsure).</summary>
    public const string Finding = "finding";

    /// <summary>True for a known kind.</summary>
    public static bool IsKnown(string? kind) => kind is Listing or Merge or Finding;
}
