namespace SanctionWatch.Application.Feeds;

/// <summary>What polling one feed did.</summary>
/// <param name="Url">The feed's address.</param>
/// <param name="Status">The HTTP status (304 when unchanged), or 0 when no answer came.</param>
/// <param name="Items">Items read from the feed.</param>
/// <param name="Added">Items stored for the first time.</param>
/// <param name="Error">Why the feed was skipped, or null.</param>
public sealed record FeedPollResult(string Url, int Status, int Items, int Added, string? Error);
