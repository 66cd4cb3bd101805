namespace SanctionWatch.Storage.Feeds;

/// <summary>Keeps the subscribed feeds; one contract for the SQLite and PostgreSQL stores.</summary>
public interface IFeedStore : IDisposable
{
    /// <summary>Adds a feed; when its address is already subscribed, returns that feed and false.</summary>
    (Feed Feed, bool Added) AddFeed(string url, DateTimeOffset added);

    /// <summary>Every feed, oldest first.</summary>
    IReadOnlyList<Feed> GetFeeds();

    /// <summary>Removes the feed with this id or address; false when there was none.</summary>
    bool RemoveFeed(string idOrUrl);

    /// <summary>Records the outcome of a poll and the validators for the next conditional request.</summary>
    void RecordPoll(long id, string? etag, string? lastModified, DateTimeOffset polled, string status);
}
