using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Storage.Tests;

/// <summary>The watch and feed store contract, run against every engine.</summary>
public abstract class WatchStoreContractTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Opens a watch store over the test's database (a second call opens the same database).</summary>
    protected abstract IWatchStore OpenWatchStore();

    /// <summary>Opens a feed store over the test's database.</summary>
    protected abstract IFeedStore OpenFeedStore();

    /// <summary>Removes the test's database.</summary>
    protected abstract void DisposeEngine();

    /// <inheritdoc />
    public void Dispose()
    {
        DisposeEngine();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Record_KeysAndAlerts_AreKeptAcrossReopeningAndSeenKeysAreNotDuplicated()
    {
        long watchId;
        using (var store = OpenWatchStore())
        {
            var watch = store.AddWatch(WatchKinds.Entity, "Dmitry Peskov", Now, ["mention:doc:a"]);
            watchId = watch.Id;
            var stored = store.Record(watch.Id, ["mention:doc:a", "event:doc:b:1:9"], [new NewAlert("evidence", "Peskov in b", ["ent:1"], "doc:b", 1, 9)], Now);
            Assert.Single(stored);
            Assert.True(stored[0].Id > 0);
        }

        using var reopened = OpenWatchStore();
        Assert.Equal(new HashSet<string> { "mention:doc:a", "event:doc:b:1:9" }, reopened.GetSeen(watchId).ToHashSet());
        var alert = Assert.Single(reopened.GetAlerts());
        Assert.Equal(("evidence", "Peskov in b", "doc:b", 1, 9), (alert.Kind, alert.Message, alert.Document, alert.Start, alert.End));
        Assert.Equal(["ent:1"], alert.Subjects);
        Assert.False(alert.Read);
        Assert.Equal(Now, alert.Created);
    }

    [Fact]
    public void ForgetDocument_PurgedDocument_RemovesItsAlertsAndSeenKeysOnly()
    {
        using var store = OpenWatchStore();
        var watch = store.AddWatch(WatchKinds.Country, "kp", Now, []);
        store.Record(watch.Id, ["mention:doc:a:1", "mention:doc:b:2"], [
            new NewAlert("evidence", "in a", [], "doc:a", 1, 5),
            new NewAlert("evidence", "in b", [], "doc:b", 2, 6),
        ], Now);

        Assert.Equal(1, store.ForgetDocument("doc:a"));

        Assert.Equal("doc:b", Assert.Single(store.GetAlerts()).Document);
        Assert.Equal(new HashSet<string> { "mention:doc:b:2" }, store.GetSeen(watch.Id).ToHashSet());
    }

    [Fact]
    public void Acknowledge_SomeThenAll_MarksOnlyUnreadAndCountsThem()
    {
        using var store = OpenWatchStore();
        var watch = store.AddWatch(WatchKinds.Country, "kp", Now, []);
        var alerts = store.Record(watch.Id, ["k1", "k2", "k3"], [
            new NewAlert("evidence", "one", [], null, null, null),
            new NewAlert("finding", "two", ["fnd:1"], "doc:x", 0, 5),
            new NewAlert("listing", "three", [], null, null, null),
        ], Now);

        Assert.Equal(1, store.Acknowledge([alerts[0].Id]));
        Assert.Equal(2, store.GetAlerts(unreadOnly: true).Count);
        Assert.Equal(2, store.Acknowledge(null));
        Assert.Empty(store.GetAlerts(unreadOnly: true));
        Assert.Equal(["three", "two", "one"], store.GetAlerts().Select(a => a.Message)); // newest first
    }

    [Fact]
    public void MarkDelivered_AndRemoveWatch_LeaveOnlyWhatIsPendingOfRemainingWatches()
    {
        using var store = OpenWatchStore();
        var keep = store.AddWatch(WatchKinds.Measure, "arms-export", Now, []);
        var drop = store.AddWatch(WatchKinds.Vessel, "IMO 9179842", Now, []);
        var kept = store.Record(keep.Id, ["a", "b"], [new NewAlert("finding", "a", [], null, null, null), new NewAlert("finding", "b", [], null, null, null)], Now);
        store.Record(drop.Id, ["c"], [new NewAlert("evidence", "c", [], null, null, null)], Now);

        store.MarkDelivered([kept[0].Id]);
        Assert.True(store.RemoveWatch(drop.Id));
        Assert.False(store.RemoveWatch(drop.Id));

        Assert.Equal(["b"], store.GetUndelivered().Select(a => a.Message));
        Assert.Equal([keep.Id], store.GetWatches().Select(w => w.Id));
        Assert.Empty(store.GetSeen(drop.Id));
    }

    [Fact]
    public void Settings_SetReplaceAndClear_RoundTrip()
    {
        using var store = OpenWatchStore();
        Assert.Null(store.GetSetting("webhook"));
        store.SetSetting("webhook", "http://127.0.0.1:1/a");
        store.SetSetting("webhook", "http://127.0.0.1:1/b");
        Assert.Equal("http://127.0.0.1:1/b", store.GetSetting("webhook"));
        store.SetSetting("webhook", null);
        Assert.Null(store.GetSetting("webhook"));
    }

    [Fact]
    public void Feeds_AddTwiceRecordPollAndRemove_KeepValidatorsPerFeed()
    {
        using var store = OpenFeedStore();
        var (feed, added) = store.AddFeed("http://127.0.0.1:8/rss", Now);
        var (again, addedAgain) = store.AddFeed("http://127.0.0.1:8/rss", Now);
        store.AddFeed("http://127.0.0.1:8/atom", Now);

        store.RecordPoll(feed.Id, "\"v1\"", "Tue, 12 Sep 2023 08:00:00 GMT", Now.AddMinutes(1), "200: 2 item(s), 2 new");

        Assert.True(added);
        Assert.False(addedAgain);
        Assert.Equal(feed.Id, again.Id);
        var polled = store.GetFeeds()[0];
        Assert.Equal(("\"v1\"", "Tue, 12 Sep 2023 08:00:00 GMT", "200: 2 item(s), 2 new"), (polled.ETag, polled.LastModified, polled.LastStatus));
        Assert.Equal(Now.AddMinutes(1), polled.LastPolled);
        Assert.Null(store.GetFeeds()[1].LastPolled);
        Assert.True(store.RemoveFeed(feed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(store.RemoveFeed("http://127.0.0.1:8/atom"));
        Assert.False(store.RemoveFeed("http://127.0.0.1:8/atom"));
        Assert.Empty(store.GetFeeds());
    }
}
