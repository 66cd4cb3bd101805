using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage.Search;

namespace SanctionWatch.Storage.Tests.Store;

/// <summary>
/// What <see cref="IStore"/> promises on every backend: two stores opened on one address (two processes) see each
/// other's writes through the change version, reads leave it alone, and search finds words with marked snippets.
/// </summary>
public abstract class OpenStoreContractTests : IDisposable
{
    private readonly List<IStore> _opened = [];

    /// <summary>The address of this test's fresh store.</summary>
    protected abstract string Address { get; }

    /// <summary>Releases the engine's resources after the stores are closed.</summary>
    protected virtual void DisposeEngine()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        DisposeEngine();
        GC.SuppressFinalize(this);
    }

    private IStore Open()
    {
        var store = Storage.Store.Open(Address);
        _opened.Add(store);
        return store;
    }

    private static Document Doc(string id, string text) => new(id, id + ".txt", "Title " + id, "en", "2024-04", text, null);

    [Fact]
    public void Version_WriteByAnotherStoreOnTheSameAddress_Changes()
    {
        var reader = Open();
        var writer = Open();
        long before = reader.Version();

        using (var documents = writer.OpenDocuments())
        {
            documents.Ingest([Doc("d1", "Coal was loaded at the port of Rajin.")]);
        }

        long afterIngest = reader.Version();
        using (var reviews = writer.OpenReviews())
        {
            reviews.Add(new ReviewDecision(0, ReviewKinds.Listing, "ent:a", "un-sc:KPi.001", ReviewVerdicts.Positive, null, null, DateTimeOffset.UnixEpoch));
        }

        Assert.NotEqual(before, afterIngest);
        Assert.NotEqual(afterIngest, reader.Version());
    }

    [Fact]
    public void Version_OnlyReads_StaysTheSame()
    {
        var store = Open();
        using (var documents = store.OpenDocuments())
        {
            documents.Ingest([Doc("d1", "Coal was loaded at the port of Rajin.")]);
        }

        long before = store.Version();
        using (var documents = store.OpenDocuments())
        {
            Assert.Single(documents.Load());
        }

        Assert.Single(store.Search("Rajin"));
        using (var lists = store.OpenLists())
        {
            Assert.Empty(lists.GetLists());
        }

        Assert.Equal(before, store.Version());
    }

    [Fact]
    public void Search_WordInOneDocument_FindsItWithTheWordMarked()
    {
        var store = Open();
        using (var documents = store.OpenDocuments())
        {
            documents.Ingest([Doc("d1", "Coal was loaded at the port of Rajin and shipped north."), Doc("d2", "Oil reached Nampo in May.")]);
        }

        var hits = store.Search("rajin");
        var both = store.Search("port Rajin");
        var syntax = store.Search("Rajin\" OR \"Nampo");

        var hit = Assert.Single(hits);
        Assert.Equal("d1", hit.Id);
        Assert.Equal("Title d1", hit.Title);
        Assert.Contains($"{SearchTerms.MarkStart}Rajin{SearchTerms.MarkEnd}", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("d1", Assert.Single(both).Id);
        Assert.Empty(syntax); // every word is required and quotes are no syntax: no document has both
        Assert.Empty(store.Search("  --  "));
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_IsAStoreErrorWithNoFileLeft()
    {
        string missing = Path.Combine(Path.GetTempPath(), "sanctionwatch-no-such-folder-" + Guid.NewGuid().ToString("N"), "s.db");

        var error = Assert.Throws<StoreException>(() => Storage.Store.Open(missing));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }
}
