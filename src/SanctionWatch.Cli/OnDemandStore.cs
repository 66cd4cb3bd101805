using SanctionWatch.Storage;
using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Reviews;
using SanctionWatch.Storage.Search;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Cli;

/// <summary>
/// The store at an address as a command sees it: each component is opened (and created or migrated) only when the
/// command asks for it, so that <c>lists</c> pays for no other component; search and the version open the whole store.
/// </summary>
internal sealed class OnDemandStore(string address) : IStore
{
    private readonly Lock _lock = new();
    private IStore? _whole;

    /// <inheritdoc />
    public StoreAddress Address { get; } = new(address);

    /// <inheritdoc />
    public IDocumentStore OpenDocuments() => Store.OpenDocuments(address);

    /// <inheritdoc />
    public IListStore OpenLists() => Store.OpenLists(address);

    /// <inheritdoc />
    public IReviewStore OpenReviews() => Store.OpenReviews(address);

    /// <inheritdoc />
    public IWatchStore OpenWatches() => Store.OpenWatches(address);

    /// <inheritdoc />
    public IFeedStore OpenFeeds() => Store.OpenFeeds(address);

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string? input, int limit = 20) => Whole().Search(input, limit);

    /// <inheritdoc />
    public long Version() => Whole().Version();

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _whole?.Dispose();
            _whole = null;
        }
    }

    private IStore Whole()
    {
        lock (_lock)
        {
            return _whole ??= Store.Open(address);
        }
    }
}
