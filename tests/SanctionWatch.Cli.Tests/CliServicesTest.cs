using SanctionWatch.Storage;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Reviews;
using SanctionWatch.Storage.Search;
using SanctionWatch.Storage.Watches;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary>The CLI's composition root: a command works on the store the root opened, opened once for all its parts.</summary>
public sealed class CliServicesTest
{
    [Fact]
    public void ListsImport_WorksOnTheRootsStore_OpenedOnceForEveryPart()
    {
        string un = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19_DPRK_only.xml");
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var opened = new List<string>();
        var stores = new List<CountingStore>();
        using var services = new CliServices(address =>
        {
            opened.Add(address);
            var store = new CountingStore(Store.Open(address));
            stores.Add(store);
            return store;
        });

        int code = CliApp.Build(services).Parse(["lists", "import", un, "--db", db]).Invoke();

        Assert.Equal(0, code);
        Assert.Equal([db], opened);
        // The import checks for documents to re-screen, writes the lists and looks for watches: all through the root's store.
        Assert.Contains(nameof(IStore.OpenDocuments), stores[0].Opened);
        Assert.Contains(nameof(IStore.OpenLists), stores[0].Opened);
        Assert.Contains(nameof(IStore.OpenWatches), stores[0].Opened);
    }

    [Fact]
    public void Lists_ReadsOnlyTheLists()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Store.Open(db).Dispose();
        var stores = new List<CountingStore>();
        using var services = new CliServices(address =>
        {
            var store = new CountingStore(Store.Open(address));
            stores.Add(store);
            return store;
        });

        int code = CliApp.Build(services).Parse(["lists", "--db", db]).Invoke();

        Assert.Equal(0, code);
        Assert.Equal([nameof(IStore.OpenLists)], Assert.Single(stores).Opened);
    }

    // Records which components a command opened, and hands out the real ones.
    private sealed class CountingStore(IStore inner) : IStore
    {
        public List<string> Opened { get; } = [];

        public StoreAddress Address => inner.Address;

        public IDocumentStore OpenDocuments() => Note(nameof(OpenDocuments), inner.OpenDocuments());

        public IListStore OpenLists() => Note(nameof(OpenLists), inner.OpenLists());

        public IReviewStore OpenReviews() => Note(nameof(OpenReviews), inner.OpenReviews());

        public IWatchStore OpenWatches() => Note(nameof(OpenWatches), inner.OpenWatches());

        public IFeedStore OpenFeeds() => Note(nameof(OpenFeeds), inner.OpenFeeds());

        public IReadOnlyList<SearchHit> Search(string? input, int limit = 20) => inner.Search(input, limit);

        public long Version() => inner.Version();

        public void Dispose() => inner.Dispose();

        private T Note<T>(string component, T store)
        {
            lock (Opened)
            {
                Opened.Add(component);
            }

            return store;
        }
    }
}
