using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Application;
using SanctionWatch.Ingest;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Server.Hosting;
using SanctionWatch.Storage;
using SanctionWatch.Storage.Sqlite;

namespace SanctionWatch.Server.Tests;

public sealed class WorkbenchTest : IDisposable
{
    // Loaded once for this class's tests (a fixture, not product state).
    private static readonly ReferenceData Data = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("sanctionwatch-workbench-").FullName;

    private string Db => Path.Combine(_folder, "store.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Composed as the server composes it, over a store of its own that the caller disposes.
    private static Workbench Open(IStore store) =>
        new(store, Data, new ScreeningIndexes(store, new Lazy<EntityMatcher>(EntityMatcher.CreateDefault)), new Lazy<DocumentAnalyzer>(() => DocumentAnalyzer.CreateStandard(Data.Gazetteer)));

    // Another writer with its own connection, as a `sanctionwatch worker` process would be.
    private void Write(string title, string text)
    {
        using var store = SqliteDocumentStore.Open(Db);
        store.Ingest([DocumentFactory.Create(new RawDocument("test", title, "2024-06-19", text, null), Data.Languages)]);
        new AnalysisWorker(store, DocumentAnalyzer.CreateStandard(Data.Gazetteer), "test").RunUntilIdle(waitForLeases: false);
    }

    [Fact]
    public void Overview_AfterAnotherConnectionWrites_IsRebuiltAndTheStaleOneIsMarked()
    {
        Write("First", "North Korea delivered 3,000 artillery shells to Russia in March 2024, according to officials.");
        using var store = Store.Open(Db);
        var workbench = Open(store);
        var before = workbench.Overview();
        long version = workbench.StoreVersion();

        Write("Second", "Russia supplied refined petroleum to North Korea in May 2024, officials said.");
        var stale = workbench.Overview(allowStale: true);
        var fresh = workbench.Overview();

        Assert.Single(before.Dossier.Documents);
        Assert.False(before.Stale);
        Assert.NotEqual(version, workbench.StoreVersion());
        Assert.Equal(2, fresh.Dossier.Documents.Count);
        Assert.False(fresh.Stale);
        Assert.True(stale.Stale);
        Assert.Single(stale.Dossier.Documents);
        Assert.Equal(2, workbench.Dossier().Documents.Count);
    }

    [Fact]
    public void Overview_UnchangedStore_ReturnsTheCachedSnapshot()
    {
        Write("First", "North Korea delivered 3,000 artillery shells to Russia in March 2024, according to officials.");
        using var store = Store.Open(Db);
        var workbench = Open(store);

        var first = workbench.Overview();
        var second = workbench.Overview(allowStale: true);

        Assert.Same(first, second);
        Assert.NotEmpty(first.Summary.TopFindings);
        Assert.Equal(first.Dossier.Findings.Count, first.Summary.Findings);
    }

    [Fact]
    public void SourceOf_TwoCopiesOfOneAgencyReport_AreOneSourceAndAnotherArticleIsItsOwn()
    {
        Write("First", "PYONGYANG (AFP) - North Korea delivered 3,000 artillery shells to Russia in March 2024, officials said.");
        Write("Second", "SEOUL (AFP) - North Korea shipped artillery shells to Russia in March 2024, officials in Seoul said.");
        Write("Third", "Russia supplied refined petroleum to North Korea in May 2024, officials said.");
        using var store = Store.Open(Db);
        var workbench = Open(store);

        var snapshot = workbench.Overview();
        var groups = snapshot.Dossier.Documents.GroupBy(d => snapshot.SourceOf[d.Id]).Select(g => g.Count()).Order().ToList();

        Assert.Equal([1, 2], groups);
    }
}
