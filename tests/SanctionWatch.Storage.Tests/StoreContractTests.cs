using System.Collections.Concurrent;
using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Documents;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Lists;

namespace SanctionWatch.Storage.Tests;

/// <summary>
/// The behaviours every store must have, whatever its engine: each concrete subclass runs all of them against
/// one engine (SQLite, PostgreSQL).
/// </summary>
public abstract class StoreContractTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly List<IDisposable> _opened = [];

    /// <summary>Opens another handle onto this test's (fresh) document store, as another worker process would.</summary>
    protected abstract IDocumentStore OpenDocumentStore();

    /// <summary>Opens a handle onto this test's (fresh) list store.</summary>
    protected abstract IListStore OpenListStore();

    /// <summary>Releases the engine's resources after the handles are closed.</summary>
    protected virtual void DisposeEngine()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var handle in _opened)
        {
            handle.Dispose();
        }

        DisposeEngine();
        GC.SuppressFinalize(this);
    }

    private IDocumentStore Documents()
    {
        var store = OpenDocumentStore();
        _opened.Add(store);
        return store;
    }

    private IListStore Lists()
    {
        var store = OpenListStore();
        if (store is IDisposable d)
        {
            _opened.Add(d);
        }

        return store;
    }

    private static Document Doc(string id, string language = "de", string? text = null) =>
        new(id, "source-" + id + ".txt", "Title " + id, language, "2024-01", text ?? "Text of " + id + ".", null);

    private static DocumentAnalysis Analysis(string id, string version = "v1") =>
        new(id, version, [new TextSpan(0, 4)], []);

    private static string[] Ids(IEnumerable<Document> documents) => documents.Select(d => d.Id).ToArray();

    [Fact]
    public void Ingest_SameDocumentsTwice_StoresAndQueuesEachOnce()
    {
        var store = Documents();
        var first = store.Ingest([Doc("a"), Doc("b")]);
        var second = store.Ingest([Doc("b"), Doc("c"), Doc("c")]);

        Assert.Equal(new IngestResult(2, 0), first);
        Assert.Equal(1, second.Added);
        Assert.Equal(3, store.CountDocuments());
        Assert.Equal(new QueueStatus(3, 0, 0), store.Status());
    }

    [Fact]
    public void Claim_TwoWorkers_TakeDisjointBatches()
    {
        var one = Documents();
        var two = Documents();
        one.Ingest([Doc("a"), Doc("b"), Doc("c"), Doc("d"), Doc("e")]);

        var first = Ids(one.Claim("w1", 3, Long));
        var second = Ids(two.Claim("w2", 3, Long));

        Assert.Equal(3, first.Length);
        Assert.Equal(2, second.Length);
        Assert.Empty(first.Intersect(second));
        Assert.Empty(one.Claim("w3", 3, Long));
        Assert.Equal(new QueueStatus(0, 5, 0), one.Status());
    }

    [Fact]
    public void Claim_ManyConcurrentWorkers_AnalyseEveryDocumentExactlyOnce()
    {
        var setup = Documents();
        setup.Ingest(Enumerable.Range(0, 60).Select(i => Doc("doc-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))).ToList());
        var workers = Enumerable.Range(0, 4).Select(_ => Documents()).ToList();
        var claimed = new ConcurrentBag<string>();

        Parallel.For(0, workers.Count, new ParallelOptions { MaxDegreeOfParallelism = workers.Count }, w =>
        {
            var store = workers[w];
            while (store.Claim("w" + w, 3, Long) is { Count: > 0 } batch)
            {
                foreach (var document in batch)
                {
                    claimed.Add(document.Id);
                    store.Complete("w" + w, Analysis(document.Id));
                }
            }
        });

        Assert.Equal(60, claimed.Count);
        Assert.Equal(60, claimed.Distinct().Count());
        Assert.True(setup.Status().IsIdle);
        Assert.All(setup.Load(), d => Assert.NotNull(d.Analysis));
    }

    [Fact]
    public void Claim_LiveLease_IsNotTakenByAnotherWorker()
    {
        var store = Documents();
        store.Ingest([Doc("a")]);
        Assert.Single(store.Claim("w1", 10, Long));

        Assert.Empty(Documents().Claim("w2", 10, Long));
        Assert.Equal(new QueueStatus(0, 1, 0), store.Status());
    }

    [Fact]
    public void Claim_ExpiredLease_IsTakenOverByAnotherWorker()
    {
        var dead = Documents();
        var alive = Documents();
        dead.Ingest([Doc("a"), Doc("b")]);
        Assert.Equal(2, dead.Claim("dead", 10, TimeSpan.FromMilliseconds(300)).Count);

        Thread.Sleep(800);

        Assert.Equal(new QueueStatus(0, 0, 2), alive.Status());
        Assert.Equal(["a", "b"], Ids(alive.Claim("alive", 10, Long)).Order(StringComparer.Ordinal));
        Assert.Equal(new QueueStatus(0, 2, 0), alive.Status());
    }

    [Fact]
    public void Complete_ByExpiredAndByNewWorker_KeepsOneAnalysisAndEmptiesTheQueue()
    {
        var dead = Documents();
        var alive = Documents();
        dead.Ingest([Doc("a")]);
        dead.Claim("dead", 1, TimeSpan.FromMilliseconds(200));
        Thread.Sleep(600);
        Assert.Single(alive.Claim("alive", 1, Long));

        // The "dead" worker was only slow: it completes after losing its lease, then the new owner completes too.
        dead.Complete("dead", Analysis("a"));
        alive.Complete("alive", Analysis("a"));
        alive.Complete("alive", Analysis("a"));

        var loaded = Assert.Single(alive.Load());
        Assert.Equal(AnalysisJson.Serialize(Analysis("a")), AnalysisJson.Serialize(loaded.Analysis!));
        Assert.True(alive.Status().IsIdle);
        Assert.Empty(alive.Claim("late", 10, Long));
    }

    [Fact]
    public void RequeueStale_AnalysesOfAnotherVersion_AreQueuedAgain()
    {
        var store = Documents();
        store.Ingest([Doc("a"), Doc("b"), Doc("c")]);
        foreach (var document in store.Claim("w", 10, Long))
        {
            store.Complete("w", Analysis(document.Id, document.Id == "b" ? "v2" : "v1"));
        }

        Assert.Equal(2, store.RequeueStale("v2"));
        Assert.Equal(new QueueStatus(2, 0, 0), store.Status());
        Assert.Equal(["a", "c"], Ids(store.Claim("w", 10, Long)).Order(StringComparer.Ordinal));
        Assert.Equal(0, store.RequeueStale("v2"));
    }

    [Fact]
    public void Status_QueuedLeasedExpired_CountsEachState()
    {
        var store = Documents();
        store.Ingest([Doc("a"), Doc("b"), Doc("c"), Doc("d")]);
        store.Claim("long", 2, Long);
        store.Claim("short", 1, TimeSpan.FromMilliseconds(200));
        Thread.Sleep(600);

        var status = store.Status();

        Assert.Equal(new QueueStatus(Queued: 1, Leased: 2, Expired: 1), status);
        Assert.False(status.IsIdle);
    }

    [Fact]
    public void Load_MixedCaseIds_AreOrderedOrdinallyWithTheirAnalyses()
    {
        var store = Documents();
        string[] ids = ["b", "B", "a_1", "a-1", "Z", "ä"];
        store.Ingest(ids.Select(id => Doc(id)).ToList());
        store.Claim("w", 10, Long);
        store.Complete("w", Analysis("B"));

        var loaded = store.Load();

        Assert.Equal(ids.Order(StringComparer.Ordinal), loaded.Select(d => d.Document.Id));
        Assert.Equal(["B"], loaded.Where(d => d.Analysis is not null).Select(d => d.Document.Id));
        Assert.Equal(Doc("a-1"), loaded.Single(d => d.Document.Id == "a-1").Document);
    }

    [Fact]
    public void Load_SomeIds_ReturnsOnlyThose()
    {
        var store = Documents();
        store.Ingest([Doc("a"), Doc("b"), Doc("c")]);

        Assert.Equal(["a", "c"], store.Load(["c", "a", "x"]).Select(d => d.Document.Id));
        Assert.Empty(store.Load([]));
    }

    [Fact]
    public void ReplaceList_Twice_KeepsOnlyTheNewVersionInOrder()
    {
        var lists = Lists();
        lists.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 1), "Alpha", "Beta"));
        lists.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 2), "Gamma", "Alpha", "Beta"));
        lists.ReplaceList(Snapshot("eu", new DateOnly(2025, 1, 3), "Delta"));

        Assert.Equal(["Gamma", "Alpha", "Beta", "Delta"], lists.GetEntities(["un-sc", "eu"]).Select(e => e.Caption).OrderBy(c => c == "Delta"));
        Assert.Equal(["Delta"], lists.GetEntities(["eu"]).Select(e => e.Caption));
        var meta = lists.GetList("un-sc")!;
        Assert.Equal((3, new DateOnly(2025, 1, 2)), (meta.EntityCount, meta.ListDate));
        Assert.Equal(["eu", "un-sc"], lists.GetLists().Select(l => l.ListId));
        var alpha = lists.GetEntities(["un-sc"]).Single(e => e.Caption == "Alpha");
        Assert.Equal(["Alpha", "Alpha Jr"], alpha.Properties["name"]);
        Assert.Equal(new DateOnly(2025, 1, 2), alpha.ListDate);
    }

    [Fact]
    public void ReplaceList_FailingMidway_LeavesThePreviousVersion()
    {
        var lists = Lists();
        lists.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 1), "Alpha", "Beta"));
        var broken = Snapshot("un-sc", new DateOnly(2025, 2, 1), "X", "Y");
        broken = broken with { Entities = [broken.Entities[0], broken.Entities[0]] };

        Assert.ThrowsAny<Exception>(() => lists.ReplaceList(broken));

        Assert.Equal(["Alpha", "Beta"], Lists().GetEntities().Select(e => e.Caption));
        Assert.Equal(new DateOnly(2025, 1, 1), lists.GetList("un-sc")!.ListDate);
    }

    [Fact]
    public void RemoveList_LoadedAndUnknown_RemovesOnlyTheLoadedOne()
    {
        var lists = Lists();
        lists.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 1), "Alpha"));

        Assert.True(lists.RemoveList("un-sc"));
        Assert.False(lists.RemoveList("un-sc"));
        Assert.Empty(lists.GetEntities());
        Assert.Empty(lists.GetLists());
    }

    [Fact]
    public void Purge_AnalysedAndQueuedDocuments_LeavesOnlyTheOthersAndForgetsTheIds()
    {
        var store = Documents();
        store.Ingest([Doc("a"), Doc("b"), Doc("c")]);
        foreach (var document in store.Claim("w", 2, Long))
        {
            store.Complete("w", Analysis(document.Id));
        }

        Assert.True(store.Purge("a"));
        Assert.True(store.Purge("c"));

        Assert.Equal(["b"], store.Load().Select(d => d.Document.Id));
        Assert.NotNull(store.Load()[0].Analysis);
        Assert.Equal(1, store.CountDocuments());
        Assert.True(store.Status().IsIdle);
        Assert.Empty(Documents().Claim("w2", 10, Long));
        Assert.False(store.Purge("a"));
        Assert.False(store.Purge("unknown"));
        // The content is forgotten: storing it again counts as new and queues it again.
        Assert.Equal(new IngestResult(1, 1), store.Ingest([Doc("a"), Doc("b")]));
        Assert.Equal(["a"], Ids(store.Claim("w3", 10, Long)));
    }

    private static ListSnapshot Snapshot(string listId, DateOnly date, params string[] names)
    {
        var entities = names.Select((name, i) => new ListEntity(
            listId + "-" + name,
            "Person",
            name,
            listId,
            "REF" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DPRK"],
            "test.xml",
            date,
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["name"] = [name, name + " Jr"] })).ToList();
        return new ListSnapshot(
            new ListMetadata(listId, "Test " + listId, date, "test.xml", ListFormat.UnConsolidatedXml, entities.Count, new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero)),
            entities,
            []);
    }
}
