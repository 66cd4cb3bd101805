using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Server.Pages;
using SanctionWatch.Server.Pages.Flows;

namespace SanctionWatch.Server.Tests;

// The transfer network, its filters and their HTML, over a small dossier written out here (real records, no store).
public sealed class WorkbenchNetworkTest
{
    private const string Kp = "ent:kp", Ru = "ent:ru", Firm = "ent:firm";

    private static DossierEntity Entity(string id, string name, string schema = "Country", params Listing[] listings) =>
        new(id, schema, name, [], null, [], listings);

    private static DossierEvent Transfer(string id, string? actor, string? target, string modality, string? date, string document, params string[] categories) =>
        new(id, "TRANSFER", null, actor, target, [.. categories.Select(c => new EventItem(c, c, null))], date is null ? null : new EventDate(date, date),
            null, modality, null, [new EvidenceSpan(document, 0, 10, $"{actor} sent {string.Join(" and ", categories)} to {target}.")]);

    private static DossierIndex Index(IReadOnlyList<DossierEvent> events, IReadOnlyList<DossierEntity>? entities = null, Dictionary<string, string>? sourceOf = null)
    {
        var documents = events.SelectMany(e => e.Evidence).Select(s => s.Document).Distinct()
            .Select(d => new DossierDocument(d, d + ".txt", "Title " + d, "en", "2024-06-19", 100, 3)).ToList();
        var dossier = new Dossier("1", DateTimeOffset.UnixEpoch, documents,
            entities ?? [Entity(Kp, "North Korea"), Entity(Ru, "Russia"), Entity(Firm, "Chollima Trading", "Company", new Listing("un-sc", "KPe.001", "CHOLLIMA", "DPRK", 0.9))],
            events, [], [], [new Story("sto:a", "Story A", [.. documents.Select(d => d.Id)])]);
        return new DossierIndex(dossier, sourceOf ?? new Dictionary<string, string>());
    }

    [Fact]
    public void Of_TransfersBetweenTheSameParties_AreOneFlowWithAllCategoriesAndTheFirmestModality()
    {
        var index = Index([
            Transfer("evt:1", Kp, Ru, "alleged", "2024-03", "doc:a", "ammunition"),
            Transfer("evt:2", Kp, Ru, "reported", null, "doc:b", "missiles", "ammunition"),
            Transfer("evt:3", Ru, Kp, "expected", "2024", "doc:a", "petroleum"),
        ]);

        var network = TransferNetwork.Of(index, EventFilter.None);

        Assert.Equal(2, network.Flows.Count);
        var north = Assert.Single(network.Flows, f => f.From.Id == Kp);
        Assert.Equal(["ammunition", "missiles"], north.Categories);
        Assert.Equal("reported", north.Modality);
        Assert.Equal(2, north.Sources);
        Assert.Equal(["evt:1", "evt:2"], north.Events.Select(e => e.Id));
        Assert.Equal("North Korea → Russia: ammunition, missiles, 2 sources, reported", FlowListHtml.Summary(north));
        Assert.Equal([Kp, Ru], network.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Of_UnnamedRecipients_AreOneNodePerSupplierNotAHub()
    {
        var index = Index([
            Transfer("evt:1", Kp, null, "reported", null, "doc:a", "arms"),
            Transfer("evt:2", Ru, null, "reported", null, "doc:a", "petroleum"),
            Transfer("evt:3", null, null, "reported", null, "doc:a", "arms"),
        ]);

        var network = TransferNetwork.Of(index, EventFilter.None);

        Assert.Equal(2, network.Flows.Count);
        Assert.Equal(2, network.Flows.Select(f => f.To.Id).Distinct().Count());
        Assert.All(network.Flows, f => Assert.Null(f.To.Entity));
        Assert.Equal(4, network.Nodes.Count);
    }

    [Fact]
    public void Of_DocumentsOfOneSource_CountOnceAndMinSourcesDropsTheFlow()
    {
        var events = new[] { Transfer("evt:1", Kp, Ru, "reported", null, "doc:a", "arms"), Transfer("evt:2", Kp, Ru, "reported", null, "doc:b", "arms") };
        var oneAgency = new Dictionary<string, string> { ["doc:a"] = "doc:a", ["doc:b"] = "doc:a" };

        var apart = TransferNetwork.Of(Index(events), EventFilter.None with { MinSources = 2 });
        var together = TransferNetwork.Of(Index(events, sourceOf: oneAgency), EventFilter.None);
        var dropped = TransferNetwork.Of(Index(events, sourceOf: oneAgency), EventFilter.None with { MinSources = 2 });

        Assert.Equal(2, Assert.Single(apart.Flows).Sources);
        Assert.Equal(1, Assert.Single(together.Flows).Sources);
        Assert.Empty(dropped.Flows);
        Assert.Empty(dropped.Nodes);
    }

    [Fact]
    public void Of_DateRange_KeepsOverlappingPartialDatesAndCountsTheUndatedLeftOut()
    {
        var index = Index([
            Transfer("evt:year", Kp, Ru, "reported", "2024", "doc:a", "arms"),
            Transfer("evt:month", Ru, Kp, "reported", "2023-12", "doc:a", "petroleum"),
            Transfer("evt:none", Kp, Firm, "reported", null, "doc:a", "arms"),
        ]);

        var network = TransferNetwork.Of(index, EventFilter.None with { From = "2024-06-01", To = "2024-06-30" });

        var flow = Assert.Single(network.Flows);
        Assert.Equal("evt:year", Assert.Single(flow.Events).Id);
        Assert.Equal(1, network.UndatedLeftOut);
    }

    [Fact]
    public void Of_ItemModalityAndStory_FilterTheEvents()
    {
        var index = Index([
            Transfer("evt:1", Kp, Ru, "reported", null, "doc:a", "arms"),
            Transfer("evt:2", Kp, Ru, "denied", null, "doc:a", "arms"),
            Transfer("evt:3", Ru, Kp, "reported", null, "doc:a", "petroleum"),
        ]);

        var arms = TransferNetwork.Of(index, EventFilter.None with { Item = "arms", Modality = "denied" });
        var otherStory = TransferNetwork.Of(index, EventFilter.None with { Story = "sto:b" });

        Assert.Equal("evt:2", Assert.Single(Assert.Single(arms.Flows).Events).Id);
        Assert.Equal("denied", arms.Flows[0].Modality);
        Assert.Empty(otherStory.Flows);
    }

    [Fact]
    public void Parse_ValuesNotUnderstood_AreLeftOutAndNamed()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["from"] = "2024-02",
            ["to"] = "next week",
            ["modality"] = "certain",
            ["minSources"] = "-3",
            ["item"] = "arms",
        });

        var filter = EventFilter.Parse(query);

        Assert.Equal("2024-02", filter.From);
        Assert.Null(filter.To);
        Assert.Null(filter.Modality);
        Assert.Equal(0, filter.MinSources);
        Assert.Equal(["to", "modality", "minSources"], filter.Ignored);
        Assert.Equal("?from=2024-02&item=arms", filter.Query());
    }

    [Fact]
    public void Drawing_NameThatClosesAScript_StaysInsideTheDataBlock()
    {
        var index = Index([Transfer("evt:1", Kp, "ent:evil", "reported", null, "doc:a", "arms")],
            [Entity(Kp, "North Korea"), Entity("ent:evil", "</script><script>alert(1)</script>")]);

        string html = NetworkPage.Drawing(TransferNetwork.Of(index, EventFilter.None));

        Assert.Equal(1, CountOf(html, "</script>"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FlowList_EscapesNamesAndSentences()
    {
        var index = Index([Transfer("evt:1", Kp, "ent:evil", "reported", null, "doc:a", "arms")],
            [Entity(Kp, "North Korea"), Entity("ent:evil", "<img src=x onerror=alert(1)>")]);

        string html = FlowListHtml.Render(TransferNetwork.Of(index, EventFilter.None), index);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote class=\"cited\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Timeline_ListsDatedEventsInOrderAndUndatedApart()
    {
        var index = Index([
            Transfer("evt:c", Kp, Ru, "reported", "2024-06-19", "doc:a", "arms"),
            Transfer("evt:u", Kp, Ru, "reported", null, "doc:a", "arms"),
            Transfer("evt:a", Kp, Ru, "reported", "2023", "doc:a", "arms"),
            Transfer("evt:b", Kp, Ru, "reported", "2024-06", "doc:a", "arms"),
        ]);

        string html = TimelineHtml.Render(index.Dossier.Events, index);

        int a = html.IndexOf("datetime=\"2023\"", StringComparison.Ordinal), b = html.IndexOf("datetime=\"2024-06\"", StringComparison.Ordinal);
        int c = html.IndexOf("datetime=\"2024-06-19\"", StringComparison.Ordinal), undated = html.IndexOf("<ul class=\"undated-events\">", StringComparison.Ordinal);
        Assert.True(a >= 0 && a < b && b < c && c < undated, html);
        Assert.Contains("data-event=\"evt:u\"", html[undated..], StringComparison.Ordinal);
        Assert.Contains("Story: Story A", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FlowWithManyEvents_ListsTheFirstAndLinksToTheTimeline()
    {
        var index = Index([.. Enumerable.Range(0, FlowListHtml.MaxEvents + 3).Select(i => Transfer($"evt:{i:00}", Kp, Ru, "reported", $"2024-01-{i + 1:00}", "doc:a", "arms"))]);

        string html = FlowListHtml.Render(TransferNetwork.Of(index, EventFilter.None), index);

        Assert.Equal(FlowListHtml.MaxEvents, CountOf(html, "<li class=\"event "));
        Assert.Contains("3 more events of this flow", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/timeline?entity=ent%3Akp\"", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
