using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Reviews;
using SanctionWatch.Assessment.Tests.Support;
using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Assessment.Tests;

public sealed class ReviewApplierTest
{
    private const string Kim = "ent:00000000000000a1";
    private const string KimAlias = "ent:00000000000000b2";
    private const string Choe = "ent:00000000000000c3";
    private const string Ru = "ent:00000000000000f9";
    private const string Listed = "un-sc:KPi.001";
    private static readonly DateTimeOffset Noon = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly ListEntity ChoeEntry = new(
        "un-sc:KPi.077", "Person", "CHOE, Son Hui", "un-sc", "KPi.077", ["DPRK"], "un.xml", new DateOnly(2025, 4, 19),
        new Dictionary<string, IReadOnlyList<string>>());

    private static Dossier Machine()
    {
        var entities = new List<DossierEntity>
        {
            new(Kim, "Person", "Kim Il", ["Kim I."], "kp", [new EvidenceSpan("doc:a", 0, 6, "Kim Il")],
                [new Listing("un-sc", "KPi.001", "KIM, Il", "DPRK", 0.91) { Algorithm = "sanctionwatch-names/1.0", ListDate = "2025-04-19" }]),
            new(KimAlias, "Person", "Il Kim", [], null, [new EvidenceSpan("doc:b", 4, 10, "Il Kim")], []),
            new(Choe, "Person", "Choe Son Hui", [], "kp", [new EvidenceSpan("doc:b", 20, 32, "Choe Son Hui")], []),
            new(Ru, "Country", "Russia", [], "ru", [], []),
        };
        var events = new List<DossierEvent>
        {
            Event("evt:0000000000000001", Kim, Ru, "doc:a"),
            Event("evt:0000000000000002", KimAlias, Ru, "doc:b"),
            Event("evt:0000000000000003", Choe, Ru, "doc:b"),
        };
        var findings = new FindingRules(TestData.Measures).Assess(events, entities.ToDictionary(e => e.Id), Sources);
        return new Dossier("1", Noon, [], entities, events, [new DossierQuote("quo:1", KimAlias, "Il Kim", null, "We agree.", true, "doc:b", 0, 9)], findings, []);
    }

    private static readonly Dictionary<string, string> Sources = new() { ["doc:a"] = "a", ["doc:b"] = "b" };

    private static DossierEvent Event(string id, string actor, string target, string document) =>
        new(id, "CONSULT", null, actor, target, [], null, null, "asserted", null, [new EvidenceSpan(document, 0, 5, "met")]);

    private static ReviewDecision Decision(long seq, string kind, string subject, string obj, string verdict, string? comment = null) =>
        new(seq, kind, subject, obj, verdict, comment, "ana", Noon.AddMinutes(seq));

    private static Dossier Apply(params ReviewDecision[] decisions) =>
        new ReviewApplier(new FindingRules(TestData.Measures), id => id == ChoeEntry.Id ? ChoeEntry : null).Apply(Machine(), decisions, Sources);

    private static bool Designated(Dossier d, string entity) =>
        d.Findings.Any(f => f.Measure == "designated-party" && f.Events.Any(e => d.Events.Single(x => x.Id == e).Actor == entity));

    [Fact]
    public void Apply_NoDecisions_ReturnsTheMachineDossierUnchanged()
    {
        var machine = Machine();

        var applied = new ReviewApplier(new FindingRules(TestData.Measures)).Apply(machine, [], Sources);

        Assert.Same(machine, applied);
        Assert.True(Designated(machine, Kim));
    }

    [Fact]
    public void Apply_RejectedListing_RemovesItAndTheDesignatedPartyFindingThatRestedOnIt()
    {
        var applied = Apply(Decision(1, ReviewKinds.Listing, Kim, Listed, ReviewVerdicts.Negative));

        Assert.Empty(applied.Entities.Single(e => e.Id == Kim).Listings);
        Assert.False(Designated(applied, Kim));
    }

    [Fact]
    public void Apply_ConfirmedListingTheLinkerMissed_AddsItAtScoreOneAndRaisesTheFinding()
    {
        var applied = Apply(Decision(1, ReviewKinds.Listing, Choe, ChoeEntry.Id, ReviewVerdicts.Positive, "same passport"));

        var listing = Assert.Single(applied.Entities.Single(e => e.Id == Choe).Listings);
        Assert.Equal(("un-sc", "KPi.077", 1.0), (listing.List, listing.Reference, listing.Score));
        Assert.Contains("confirmed by analyst", listing.Explanations!["analyst"].Detail, StringComparison.Ordinal);
        Assert.Equal("confirmed", listing.Review!.Decision);
        Assert.Equal("2025-04-19", listing.ListDate);
        Assert.True(Designated(applied, Choe));
        Assert.False(Designated(Machine(), Choe));
    }

    [Fact]
    public void Apply_LaterDecisionAboutTheSameListing_Wins()
    {
        var applied = Apply(
            Decision(1, ReviewKinds.Listing, Kim, Listed, ReviewVerdicts.Negative),
            Decision(2, ReviewKinds.Listing, Kim, Listed, ReviewVerdicts.Positive, "checked again"));

        var listing = Assert.Single(applied.Entities.Single(e => e.Id == Kim).Listings);
        Assert.Equal(0.91, listing.Score);
        Assert.Equal("checked again", listing.Review!.Comment);
    }

    [Fact]
    public void Apply_PositiveMerge_JoinsIntoTheSmallerIdAndRepointsEventsQuotesAndFindings()
    {
        // Given in the larger-first order: the survivor must not depend on it.
        var applied = Apply(Decision(1, ReviewKinds.Merge, KimAlias, Kim, ReviewVerdicts.Positive));

        Assert.DoesNotContain(applied.Entities, e => e.Id == KimAlias);
        var kim = applied.Entities.Single(e => e.Id == Kim);
        Assert.Contains("Il Kim", kim.Aliases);
        Assert.Equal(2, kim.Mentions.Count);
        Assert.DoesNotContain(applied.Events, e => e.Actor == KimAlias);
        Assert.Equal(Kim, Assert.Single(applied.Quotes).Speaker);
        // The alias's event now has a listed party, so it gets a designated-party finding too.
        Assert.Equal(2, applied.Findings.Count(f => f.Measure == "designated-party"));
    }

    [Fact]
    public void Apply_NegativeMerge_KeepsTwoEntitiesApartThatPositiveMergesWouldJoin()
    {
        var applied = Apply(
            Decision(1, ReviewKinds.Merge, Kim, KimAlias, ReviewVerdicts.Positive),
            Decision(2, ReviewKinds.Merge, Kim, Choe, ReviewVerdicts.Negative),
            Decision(3, ReviewKinds.Merge, KimAlias, Choe, ReviewVerdicts.Positive));

        Assert.Contains(applied.Entities, e => e.Id == Choe);
        Assert.DoesNotContain(applied.Entities, e => e.Id == KimAlias);
    }

    [Fact]
    public void Apply_FindingDecision_NotesTheDecisionOnTheFindingOnly()
    {
        var target = Machine().Findings[0];

        var applied = Apply(Decision(1, ReviewKinds.Finding, target.Id, "", ReviewVerdicts.Unsure, "one source only"));

        var reviewed = applied.Findings.Single(f => f.Id == target.Id);
        Assert.Equal("needs-evidence", reviewed.Review!.Decision);
        Assert.Equal("one source only", reviewed.Review.Comment);
        Assert.All(applied.Findings.Where(f => f.Id != target.Id), f => Assert.Null(f.Review));
    }
}
