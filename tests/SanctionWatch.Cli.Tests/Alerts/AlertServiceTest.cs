using System.Net;
using SanctionWatch.Application;
using SanctionWatch.Application.Alerts;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Storage.Sql;
using SanctionWatch.Storage.Watches;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests.Alerts;

/// <summary>The alert service in process, over hand-made dossiers: keys, vessels, and webhook delivery.</summary>
public sealed class AlertServiceTest
{
    // Loaded once for this class's tests (a fixture, not product state).
    private static readonly ReferenceData Data = new();

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static DossierEntity Vessel(params EvidenceSpan[] mentions) =>
        new("ent:ship", "Vessel", "Chon Ma San", ["CHON MA SAN"], "kp", mentions, []);

    private static DossierEvent Transfer(string id, params EvidenceSpan[] evidence) =>
        new(id, "TRANSFER", null, "ent:ship", null, [new EventItem("Öl", "petroleum", null)], null, null, "asserted", null, evidence);

    private static Finding Oil(string eventId, params string[] documents) =>
        new("fnd:" + eventId, "UN-DPRK", "refined-petroleum-cap", [], "Oil to the DPRK", [eventId], "asserted", documents.Length, documents);

    private static Dossier Make(IReadOnlyList<DossierEntity> entities, IReadOnlyList<DossierEvent> events, IReadOnlyList<Finding> findings) =>
        new("1", Now, [], entities, events, [], findings, []);

    [Fact]
    public void Check_FindingGainsASecondSource_AlertsOnceForTheNewDocumentOnly()
    {
        using var temp = new TempFolder();
        using var store = new SqlWatchStore(SqlConnector.Sqlite(temp.File("w.db")));
        var service = new AlertService(store, Data);
        var a = new EvidenceSpan("doc:a", 10, 50, "Der Tanker Chon Ma San lieferte Öl.");
        var b = new EvidenceSpan("doc:b", 0, 30, "Chon Ma San brought oil.");
        var before = Make([Vessel(a)], [Transfer("evt:1", a)], [Oil("evt:1", "doc:a")]);
        var measure = service.AddWatch("measure", "refined-petroleum-cap", before);
        var vessel = service.AddWatch("vessel", "Chon Ma San", before);
        Assert.Empty(service.Check(before));

        // Merging the second source changes the event's and the finding's ids; only doc:b is news.
        var after = Make([Vessel(a, b)], [Transfer("evt:2", a, b)], [Oil("evt:2", "doc:a", "doc:b")]);
        var raised = service.Check(after);

        Assert.Equal(3, raised.Count); // the measure's finding, the vessel's finding and the vessel's evidence in doc:b
        Assert.Single(raised, r => r.Kind == "finding" && r.WatchId == measure.Id);
        Assert.Single(raised, r => r.Kind == "finding" && r.WatchId == vessel.Id);
        Assert.Single(raised, r => r.Kind == "evidence" && r.WatchId == vessel.Id && r.Document == "doc:b");
        Assert.Empty(service.Check(after));
    }

    [Fact]
    public void Subjects_VesselByImoNumber_FindsTheVesselWhoseMentionCarriesIt()
    {
        var mention = new EvidenceSpan("doc:a", 0, 27, "Chon Ma San (IMO 8660313)");
        var dossier = Make([Vessel(mention), new DossierEntity("ent:p", "Person", "Chon Ma San", [], null, [], [])], [], []);
        var watch = new SanctionWatch.Storage.Watches.Watch(1, "vessel", "IMO 8660313", Now);

        var subjects = WatchEvaluator.Subjects(watch, dossier);

        Assert.Equal(["ent:ship"], subjects.Select(s => s.Id));
    }

    [Fact]
    public void Deliver_WebhookFailsThenRecovers_PostsEveryAlertOnceInOrder()
    {
        using var temp = new TempFolder();
        using var store = new SqlWatchStore(SqlConnector.Sqlite(temp.File("w.db")));
        var handler = new ScriptedHandler();
        var service = new AlertService(store, Data, handler: handler);
        service.SetWebhook("http://127.0.0.1:9/hook");
        var a = new EvidenceSpan("doc:a", 0, 10, "Chon Ma San");
        service.AddWatch("vessel", "Chon Ma San", Make([], [], []));
        var warnings = new List<string>();

        handler.Fail = true;
        var raised = service.Check(Make([Vessel(a)], [], []), warnings.Add);
        Assert.Single(raised);
        Assert.Single(warnings);
        Assert.Contains("stay stored", warnings[0], StringComparison.Ordinal);

        handler.Fail = false;
        Assert.Equal(1, service.Deliver(warnings.Add));
        Assert.Equal(0, service.Deliver(warnings.Add));
        Assert.Equal(2, handler.Calls); // one failed attempt, one delivery
        Assert.Contains("\"document\":\"doc:a\"", handler.LastBody, StringComparison.Ordinal);
    }

    private sealed class ScriptedHandler : HttpMessageHandler
    {
        public bool Fail { get; set; }

        public int Calls { get; private set; }

        public string LastBody { get; private set; } = "";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            LastBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(Fail ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.NoContent);
        }
    }
}
