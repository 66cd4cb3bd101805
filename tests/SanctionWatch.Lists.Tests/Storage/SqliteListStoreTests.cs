using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Lists.Tests.Support;
using SanctionWatch.Storage.Sqlite.Lists;

using SanctionWatch.Tests.Support;

namespace SanctionWatch.Lists.Tests.Storage;

public sealed class SqliteListStoreTests
{
    private static ListSnapshot Snapshot(string listId, DateOnly date, params string[] names)
    {
        var entities = names.Select((n, i) => new EntityBuilder(listId, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Person").Add(FtmProperty.Name, n).Build("test.xml", date)).ToList();
        return new ListSnapshot(new ListMetadata(listId, "Test", date, "test.xml", ListFormat.UnConsolidatedXml, entities.Count, DateTimeOffset.UnixEpoch), entities, []);
    }

    [Fact]
    public void ReplaceList_Twice_DoesNotDuplicate()
    {
        using var dir = new TempDir();
        using var store = new SqliteListStore(System.IO.Path.Combine(dir.Path, "sw.db"));

        store.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 1), "A", "B"));
        store.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 2), "A", "B", "C"));

        Assert.Equal(3, store.GetEntities().Count);
        var meta = Assert.Single(store.GetLists());
        Assert.Equal((3, new DateOnly(2025, 1, 2)), (meta.EntityCount, meta.ListDate));
    }

    [Fact]
    public void ReplaceList_FailingMidway_LeavesPreviousVersion()
    {
        using var dir = new TempDir();
        using var store = new SqliteListStore(System.IO.Path.Combine(dir.Path, "sw.db"));
        store.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 1), "A", "B"));
        var broken = Snapshot("un-sc", new DateOnly(2025, 2, 1), "X", "Y");
        broken = broken with { Entities = [broken.Entities[0], broken.Entities[0]] };

        Assert.ThrowsAny<Exception>(() => store.ReplaceList(broken));

        Assert.Equal(["A", "B"], store.GetEntities().Select(e => e.Caption));
        Assert.Equal(new DateOnly(2025, 1, 1), store.GetList("un-sc")!.ListDate);
    }

    [Fact]
    public void ReplaceList_OneList_LeavesOthers()
    {
        using var dir = new TempDir();
        using var store = new SqliteListStore(System.IO.Path.Combine(dir.Path, "sw.db"));
        store.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 1), "A"));
        store.ReplaceList(Snapshot("us-ofac-sdn", new DateOnly(2025, 1, 1), "B"));

        store.ReplaceList(Snapshot("un-sc", new DateOnly(2025, 1, 3), "C"));

        Assert.Equal(["C"], store.GetEntities(["un-sc"]).Select(e => e.Caption));
        Assert.Equal(["B"], store.GetEntities(["us-ofac-sdn"]).Select(e => e.Caption));
    }

    [Fact]
    public void ReplaceList_RealUnList_RoundTripsEntities()
    {
        var snapshot = new ListImporter(TimeProvider.System).Import([SharedData.PathOf("data/sanctions/un/consolidated_2025-04-19.xml")])[0];
        using var dir = new TempDir();
        using var store = new SqliteListStore(System.IO.Path.Combine(dir.Path, "sw.db"));

        store.ReplaceList(snapshot);
        store.ReplaceList(snapshot);
        var back = store.GetEntities(["un-sc"]);

        Assert.Equal(877, back.Count);
        var kim = Assert.Single(back, e => e.Reference == "KPi.066");
        Assert.Equal(snapshot.Entities.Single(e => e.Reference == "KPi.066").Get(FtmProperty.Alias), kim.Get(FtmProperty.Alias));
        Assert.Equal(new DateOnly(2025, 4, 19), kim.ListDate);
    }
}
