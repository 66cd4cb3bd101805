namespace SanctionWatch.Storage;

/// <summary>
/// One SanctionWatch store, SQLite file or PostgreSQL database, opened from its address by <see cref="Store.Open"/>:
/// the component stores, full-text search and a change version that every write of any process moves.
/// The component stores it opens are for one unit of work; dispose them when done.
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>Where the store is, as given (a file path or a PostgreSQL address).</summary>
    StoreAddress Address { get; }

    /// <summary>Opens the documents and the analysis queue.</summary>
    IDocumentStore OpenDocuments();

    /// <summary>Opens the sanctions lists.</summary>
    IListStore OpenLists();

    /// <summary>Opens the analysts' review decisions.</summary>
    IReviewStore OpenReviews();

    /// <summary>Opens the watches and their alerts.</summary>
    IWatchStore OpenWatches();

    /// <summary>Opens the polled feeds.</summary>
    IFeedStore OpenFeeds();

    /// <summary>The stored documents containing every word of <paramref name="input"/>, best first, with snippets.</summary>
    IReadOnlyList<SearchHit> Search(string? input, int limit = 20);

    /// <summary>A number that changes whenever a write to the store commits — of this process or of any other.</summary>
    long Version();
}
