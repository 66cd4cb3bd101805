namespace SanctionWatch.Application.Feeds;

/// <summary>What a poll of every feed did.</summary>
/// <param name="Feeds">One result per feed, in the store's order.</param>
/// <param name="DocumentIds">Every document read from the feeds (new or already stored).</param>
/// <param name="Warnings">How many warnings were given (broken feeds, bad items).</param>
public sealed record FeedPollSummary(IReadOnlyList<FeedPollResult> Feeds, IReadOnlyList<string> DocumentIds, int Warnings)
{
    /// <summary>Documents stored for the first time.</summary>
    public int Added => Feeds.Sum(f => f.Added);
}
