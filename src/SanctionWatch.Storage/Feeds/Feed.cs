namespace SanctionWatch.Storage.Feeds;

/// <summary>A subscribed RSS or Atom feed and what its server told us last time, for conditional requests.</summary>
/// <param name="Id">The feed's number in the store.</param>
/// <param name="Url">The feed's address.</param>
/// <param name="ETag">The last <c>ETag</c> the server sent, or null.</param>
/// <param name="LastModified">The last <c>Last-Modified</c> the server sent (as sent), or null.</param>
/// <param name="Added">When the feed was added.</param>
/// <param name="LastPolled">When it was last fetched, or null.</param>
/// <param name="LastStatus">The outcome of the last poll (<c>200 3 new</c>, <c>304</c>, an error), or null.</param>
public sealed record Feed(long Id, string Url, string? ETag, string? LastModified, DateTimeOffset Added, DateTimeOffset? LastPolled, string? LastStatus);
