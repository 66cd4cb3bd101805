using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Reviews;

namespace SanctionWatch.Storage.Tests;

/// <summary>What every review store must do, whatever its engine; subclasses run it on SQLite and PostgreSQL.</summary>
public abstract class ReviewStoreContractTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly List<IDisposable> _opened = [];

    /// <summary>Opens another handle onto this test's (fresh) review store.</summary>
    protected abstract IReviewStore OpenReviewStore();

    /// <summary>Opens a handle onto the list store in the same database.</summary>
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

    [Fact]
    public void Add_TwoDecisions_LogKeepsEveryFieldInOrder()
    {
        var store = Reviews();
        var first = store.Add(new ReviewDecision(0, ReviewKinds.Listing, "ent:0000000000000001", "un-sc:KPi.001", ReviewVerdicts.Negative, "wrong person", "ana", Noon));
        var second = store.Add(new ReviewDecision(0, ReviewKinds.Finding, "fnd:0000000000000002", "", ReviewVerdicts.Unsure, null, null, Noon.AddMinutes(1)));

        var log = Reviews().Log();

        Assert.True(second.Seq > first.Seq);
        Assert.Equal([first, second], log);
    }

    [Fact]
    public void Current_LaterDecisionAboutTheSameListing_ReplacesTheEarlierButTheLogKeepsBoth()
    {
        var store = Reviews();
        store.Add(new ReviewDecision(0, ReviewKinds.Listing, "ent:0000000000000001", "un-sc:KPi.001", ReviewVerdicts.Negative, null, null, Noon));
        store.Add(new ReviewDecision(0, ReviewKinds.Listing, "ent:0000000000000001", "un-sc:KPi.002", ReviewVerdicts.Negative, null, null, Noon));
        var last = store.Add(new ReviewDecision(0, ReviewKinds.Listing, "ent:0000000000000001", "un-sc:KPi.001", ReviewVerdicts.Positive, "after all", null, Noon.AddHours(1)));

        var current = store.Current();

        Assert.Equal(3, store.Log().Count);
        Assert.Equal(2, current.Count);
        Assert.Equal(last, Assert.Single(current, d => d.Object == "un-sc:KPi.001"));
    }

    [Fact]
    public void ReplaceList_AfterDecisions_LeavesTheDecisionsAlone()
    {
        var store = Reviews();
        var decision = store.Add(new ReviewDecision(0, ReviewKinds.Listing, "ent:0000000000000001", "un-sc:KPi.001", ReviewVerdicts.Negative, null, null, Noon));
        var lists = OpenListStore();
        _opened.Add((IDisposable)lists);
        var date = new DateOnly(2025, 4, 19);
        var entity = new ListEntity("un-sc:KPi.001", "Person", "KIM", "un-sc", "KPi.001", ["DPRK"], "x.xml", date, new Dictionary<string, IReadOnlyList<string>>());

        lists.ReplaceList(new ListSnapshot(new ListMetadata("un-sc", "UN", date, "x.xml", ListFormat.UnConsolidatedXml, 1, Noon), [entity], []));
        lists.RemoveList("un-sc");

        Assert.Equal([decision], Reviews().Log());
    }

    private IReviewStore Reviews()
    {
        var store = OpenReviewStore();
        _opened.Add((IDisposable)store);
        return store;
    }
}
