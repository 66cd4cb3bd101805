namespace SanctionWatch.Server.Api;

/// <summary>The body of <c>POST /api/feeds</c>.</summary>
/// <param name="Url">The feed's address (http or https).</param>
public sealed record FeedRequest(string? Url);
