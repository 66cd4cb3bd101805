using SanctionWatch.Assessment.Events;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Sources;
using SanctionWatch.Assessment.Tests.Support;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;

namespace SanctionWatch.Assessment.Tests;

public sealed class FindingsTest
{
    private const string Kp = "ent:kp";
    private const string Ru = "ent:ru";

    private static readonly Dictionary<string, DossierEntity> Entities = new()
    {
        [Kp] = new DossierEntity(Kp, "Country", "North Korea", [], "kp", [], []),
        [Ru] = new DossierEntity(Ru, "Country", "Russia", [], "ru", [], []),
        ["ent:kpe"] = new DossierEntity("ent:kpe", "Company", "Korea Mining Development Trading Corporation", [], "kp", [],
            [new Listing("un-sc", "KPe.001", "KOREA MINING DEVELOPMENT TRADING CORPORATION", "DPRK", 0.97)]),
    };

    private static EventCandidate Transfer(string document, int index, string? actor, string? target, string category,
        string modality = "asserted", double? amount = null, string? date = null, int? denies = null) =>
        new(document, index, "TRANSFER", null, actor, target,
            [new EventItem(category, category, amount is { } a ? new Quantity(a, "containers", a.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null)],
            date is null ? null : new EventDate(date, date), null, modality, null,
            [new EvidenceSpan(document, 10 * index, 10 * index + 5, "text")], denies);

    private static IReadOnlyList<Finding> Assess(IEnumerable<EventCandidate> candidates, IReadOnlyDictionary<string, string>? sources = null)
    {
        var events = EventMerger.Merge(candidates);
        return new FindingRules(TestData.Measures).Assess(events, Entities, sources ?? new Dictionary<string, string>());
    }

    [Fact]
    public void Assess_ShellsFromNorthKoreaToRussia_IsAnArmsExportFinding()
    {
        var finding = Assert.Single(Assess([Transfer("doc:a", 0, Kp, Ru, "ammunition", "reported")]), f => f.Measure == "arms-export");
        Assert.Equal("reported", finding.Status);
        Assert.Contains("UNSCR 1718 (2006) OP8(b)", finding.Provisions);
        Assert.Contains("North Korea", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_FoodAidToNorthKorea_GivesNoFinding()
    {
        Assert.Empty(Assess([Transfer("doc:a", 0, Ru, Kp, "food")]));
    }

    [Fact]
    public void Assess_ConditionalOilDelivery_IsNoStrongerThanHypothetical()
    {
        var findings = Assess([Transfer("doc:a", 0, Ru, Kp, "petroleum", "hypothetical")]);
        var finding = Assert.Single(findings);
        Assert.Equal("refined-petroleum-cap", finding.Measure);
        Assert.Equal("hypothetical", finding.Status);
    }

    [Fact]
    public void Assess_NegatedTransfer_GivesNoFinding()
    {
        Assert.Empty(Assess([Transfer("doc:a", 0, Kp, Ru, "missiles", "negated")]));
    }

    [Fact]
    public void Assess_PartyOnThe1718List_RaisesADesignatedPartyFinding()
    {
        var findings = Assess([Transfer("doc:a", 0, "ent:kpe", Ru, "metals")]);
        Assert.Contains(findings, f => f.Measure == "designated-party");
    }

    [Fact]
    public void Merge_OneShipmentFromThreeOutletsTwoCopyingOneAgency_IsOneEventWithTwoSources()
    {
        var dpa1 = new Document("doc:1", "a.txt", null, "de", "2024-03", "Nordkorea hat 1.000 Container geliefert. (dpa)", null);
        var dpa2 = new Document("doc:2", "b.txt", null, "de", "2024-03", "Laut Geheimdienst: Nordkorea lieferte Container. Mit Material der dpa", null);
        var own = new Document("doc:3", "c.txt", null, "de", "2024-03", "Eigene Recherche: Satellitenbilder zeigen Container im Hafen.", null);
        var sources = SourceGroups.Assign([dpa1, dpa2, own]);
        Assert.Equal(sources["doc:1"], sources["doc:2"]);
        Assert.NotEqual(sources["doc:1"], sources["doc:3"]);

        var candidates = new[]
        {
            Transfer("doc:1", 0, Kp, Ru, "ammunition", "reported", 1000),
            Transfer("doc:2", 0, Kp, Ru, "ammunition", "reported"),
            Transfer("doc:3", 0, Kp, Ru, "ammunition", "asserted", 1000),
        };
        var events = EventMerger.Merge(candidates);
        var merged = Assert.Single(events);
        Assert.Equal(3, merged.Evidence.Select(e => e.Document).Distinct().Count());
        Assert.Equal("asserted", merged.Modality);
        var finding = Assert.Single(new FindingRules(TestData.Measures).Assess(events, Entities, sources), f => f.Measure == "arms-export");
        Assert.Equal(2, finding.Sources);
        Assert.Equal("asserted", finding.Status);
    }

    [Fact]
    public void Merge_ReportsThatDisagreeOnQuantity_StaySeparateAndPointAtEachOther()
    {
        var events = EventMerger.Merge([
            Transfer("doc:1", 0, Kp, Ru, "ammunition", amount: 1000),
            Transfer("doc:2", 0, Kp, Ru, "ammunition", amount: 2500),
        ]);
        Assert.Equal(2, events.Count);
        Assert.Equal([events[1].Id], events[0].Conflicts);
        Assert.Equal([events[0].Id], events[1].Conflicts);
    }

    [Fact]
    public void Merge_ADenial_PointsAtTheEventItDenies()
    {
        var claim = Transfer("doc:1", 0, Kp, Ru, "missiles", "reported");
        var denial = new EventCandidate("doc:1", 1, "REJECT", null, Kp, null, [], null, null, "asserted", null,
            [new EvidenceSpan("doc:1", 50, 60, "Pjöngjang bestreitet das.")], 0);
        var events = EventMerger.Merge([claim, denial]);
        var rejected = Assert.Single(events, e => e.Type == "REJECT");
        var claimed = Assert.Single(events, e => e.Type == "TRANSFER");
        Assert.Equal(claimed.Id, rejected.Denies);
    }

    [Fact]
    public void Merge_InputOrder_DoesNotChangeTheResult()
    {
        var candidates = new[]
        {
            Transfer("doc:1", 0, Kp, Ru, "ammunition", amount: 1000, date: "2024-03"),
            Transfer("doc:2", 0, Kp, Ru, "ammunition", amount: 1050, date: "2024-03-05"),
            Transfer("doc:3", 0, Kp, Ru, "ammunition", amount: 5000),
            Transfer("doc:3", 1, Ru, Kp, "petroleum", "expected"),
        };
        var forward = EventMerger.Merge(candidates);
        var backward = EventMerger.Merge(candidates.Reverse());
        Assert.Equal(forward.Select(e => (e.Id, e.Evidence.Count)), backward.Select(e => (e.Id, e.Evidence.Count)));
    }

    [Fact]
    public void Merge_VagueEventsInDifferentArticles_StayApart()
    {
        var events = EventMerger.Merge([
            Transfer("doc:1", 0, Kp, null, "ammunition"),
            Transfer("doc:2", 0, Kp, null, "ammunition"),
        ]);
        Assert.Equal(2, events.Count);
        Assert.Null(events[0].Conflicts);
    }
}
