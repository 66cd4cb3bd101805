using SanctionWatch.Assessment.Events;
using SanctionWatch.Model.Dossier;

namespace SanctionWatch.Assessment.Tests;

public sealed class EventMergerTest
{
    private static EventCandidate Visit(int index, bool background, string? date) =>
        new("doc:a", index, "CONSULT", "visit", "ent:putin", "ent:kp", [], date is null ? null : new EventDate(date, date), null, "asserted", null,
            [new EvidenceSpan("doc:a", 0, 40, "Putin besuchte Nordkorea wie im Jahr 2000.")], null)
        {
            Background = background,
        };

    [Fact]
    public void Merge_ALookBackAndTheNewsInOneSentence_AreTwoEventsWithDistinctIds()
    {
        var events = EventMerger.Merge([Visit(0, background: false, null), Visit(1, background: true, "2000")]);
        Assert.Equal(2, events.Count);
        Assert.NotEqual(events[0].Id, events[1].Id);
    }

    [Fact]
    public void Merge_BackgroundAndCurrentReportsAcrossDocuments_StayApart()
    {
        var current = Visit(0, background: false, null) with { Document = "doc:b", Evidence = [new EvidenceSpan("doc:b", 0, 10, "Putins Besuch")] };
        var events = EventMerger.Merge([current, Visit(1, background: true, "2000")]);
        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("negated")]
    [InlineData("hypothetical")]
    [InlineData("expected")]
    public void Merge_WhatDidNotOrMightHappen_StaysApartFromTheReportThatItDid(string weaker)
    {
        static EventCandidate Jets(string document, string modality) =>
            new(document, 0, "TRANSFER", null, "ent:ru", "ent:kp", [new EventItem("fighter jets", "arms", null)], null, null, modality, null,
                [new EvidenceSpan(document, 0, 20, "Russia and jets")], null);

        var events = EventMerger.Merge([Jets("doc:a", "reported"), Jets("doc:b", weaker)]);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Modality == "reported");
        Assert.Contains(events, e => e.Modality == weaker);
    }

    [Theory]
    [InlineData("Euphrates", "Euphrates River", 1)]
    [InlineData("Latakia", "Latakia Port", 1)]
    [InlineData("Latakia", "Tartus", 2)]
    [InlineData("Victoria", "Victoria Harbour", 2, "hk")]
    public void Merge_SameProjectAtPlacesNamedShortAndLong_MergeOnlyWhenOneNamesTheOther(string shortName, string longName, int expected, string longCountry = "sy")
    {
        var entities = new Dictionary<string, DossierEntity>
        {
            ["ent:a"] = new("ent:a", "Address", shortName, [], "sy", [], []),
            ["ent:b"] = new("ent:b", "Address", longName, [], longCountry, [], []),
        };
        static EventCandidate Bridge(string document, string location) =>
            new(document, 0, "COOPERATE", null, "ent:ir", "ent:sy", [], null, location, "asserted", null,
                [new EvidenceSpan(document, 0, 20, "Iran and Syria build")], null);

        var events = EventMerger.Merge([Bridge("doc:a", "ent:a"), Bridge("doc:b", "ent:b")], entities);
        Assert.Equal(expected, events.Count);
    }

    private static readonly Dictionary<string, DossierEntity> Sides = new()
    {
        ["ent:ru"] = new("ent:ru", "Country", "Russia", [], "ru", [], []),
        ["ent:kp"] = new("ent:kp", "Country", "North Korea", [], "kp", [], []),
        ["ent:minister"] = new("ent:minister", "Person", "Alexander Kozlov", [], "ru", [], []),
        ["ent:yun"] = new("ent:yun", "Person", "Yun Jong Ho", [], "kp", [], []),
        ["ent:pyongyang"] = new("ent:pyongyang", "Address", "Pyongyang", [], "kp", [], []),
        ["ent:wonsan"] = new("ent:wonsan", "Address", "Wonsan", [], "kp", [], []),
    };

    private static EventCandidate Talks(string document, string actor, string target, string? location) =>
        new(document, 0, "CONSULT", null, actor, target, [], null, location, "asserted", null,
            [new EvidenceSpan(document, 0, 20, "talks")], null);

    [Theory]
    [InlineData("ent:pyongyang", "ent:pyongyang", 1)]
    [InlineData("ent:pyongyang", "ent:wonsan", 2)]
    [InlineData(null, null, 2)]
    public void Merge_TalksOfAMinisterAndOfHisStateAtOnePlace_AreOneHappening(string? first, string? second, int expected)
    {
        var events = EventMerger.Merge([Talks("doc:de", "ent:ru", "ent:yun", first), Talks("doc:en", "ent:minister", "ent:kp", second)], Sides);
        Assert.Equal(expected, events.Count);
    }

    private static EventCandidate Troops(string document, double count, params string[] categories) =>
        new(document, 0, "TRANSFER", null, "ent:kp", "ent:ru",
            categories.Select(c => new EventItem(c, c, c == "troops" ? new Quantity(count, "persons", count.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null)).ToList(),
            null, null, "reported", null, [new EvidenceSpan(document, 0, 20, "troops")], null);

    [Theory]
    [InlineData(600, 1)]
    [InlineData(900, 2)]
    public void Merge_SameCountOfTroopsWithOrWithoutArms_OneHappeningOnlyWhenTheCountsAgree(double other, int expected)
    {
        var events = EventMerger.Merge([Troops("doc:de", 600, "arms", "troops"), Troops("doc:en", other, "troops")], Sides);
        Assert.Equal(expected, events.Count);
    }

    [Theory]
    [InlineData("arms", "missiles", 1)]
    [InlineData("ammunition", "arms", 1)]
    [InlineData("ammunition", "missiles", 2)]
    public void Merge_WeaponsOneReportNamesAndTheOtherOnlyCallsWeapons_AreOneHappening(string first, string second, int expected)
    {
        // "Belarus soll Russland Luftabwehrwaffen übergeben haben" and "Belarus handed Russia eight surface-to-air missile
        // batteries", the same news: generic weapons and the missiles they are; shells and missiles are two shipments.
        static EventCandidate Weapons(string document, string category) =>
            new EventCandidate(document, 0, "TRANSFER", null, "ent:kp", "ent:ru", [new EventItem(category, category, null)],
                null, null, "reported", null, [new EvidenceSpan(document, 0, 20, "weapons")], null)
            {
                Reported = new DateOnly(2025, 9, 3),
            };

        Assert.Equal(expected, EventMerger.Merge([Weapons("doc:de", first), Weapons("doc:en", second)], Sides).Count);
    }

    [Fact]
    public void Merge_OverlappingItemsWithNothingToAnchorThem_StayApart()
    {
        static EventCandidate Uncounted(string document, params string[] categories) =>
            new(document, 0, "TRANSFER", null, "ent:kp", "ent:ru", categories.Select(c => new EventItem(c, c, null)).ToList(),
                null, null, "reported", null, [new EvidenceSpan(document, 0, 20, "troops")], null);

        Assert.Equal(2, EventMerger.Merge([Uncounted("doc:de", "arms", "troops"), Uncounted("doc:en", "troops")], Sides).Count);
    }

    private static readonly Dictionary<string, DossierEntity> Officials = new()
    {
        ["ent:ru"] = new("ent:ru", "Country", "Russia", [], "ru", [], []),
        ["ent:kim"] = new("ent:kim", "Person", "Kim Jong Un", [], "kp", [], []),
        ["ent:manturov"] = new("ent:manturov", "Person", "Denis Manturov", [], "ru", [], []),
        ["ent:shoigu"] = new("ent:shoigu", "Person", "Sergei Shoigu", [], "ru", [], []),
        ["ent:lavrov"] = new("ent:lavrov", "Person", "Sergey Lavrov", [], "ru", [], []),
    };

    private static EventCandidate Meeting(string document, string actor, string target, string reported) =>
        new EventCandidate(document, 0, "CONSULT", null, actor, target, [], null, null, "asserted", null,
            [new EvidenceSpan(document, 0, 20, "met")], null)
        {
            Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
        };

    [Fact]
    public void Merge_AMeetingToldFromEitherSide_IsOneHappening()
    {
        // "Kim visited Russia" in one report, "Manturov accompanied Kim" in the other: Kim on either side, Russia and its
        // official on the other.
        var events = EventMerger.Merge([Meeting("doc:de", "ent:kim", "ent:ru", "2026-03-10"), Meeting("doc:en", "ent:manturov", "ent:kim", "2026-03-11")], Officials);
        Assert.Single(events);
    }

    [Fact]
    public void Merge_OnePersonMeetingTwoOthersInOneWeek_IsTwoHappenings()
    {
        var events = EventMerger.Merge([Meeting("doc:a", "ent:kim", "ent:shoigu", "2026-03-10"), Meeting("doc:b", "ent:kim", "ent:lavrov", "2026-03-12")], Officials);
        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("ent:ru", 1)]
    [InlineData("ent:pyongyang", 2)]
    [InlineData("ent:vanino", 2)]
    public void Merge_PortOfNoKnownCountryAndACountry_CanBeOnePlace(string elsewhere, int expected)
    {
        // "nach Russland gebracht" and "received … at the small port of Posyet": a port the gazetteer places in no country may
        // lie in Russia; another town is another place.
        var entities = new Dictionary<string, DossierEntity>(Sides)
        {
            ["ent:posyet"] = new("ent:posyet", "Address", "Posyet", [], null, [], []),
            ["ent:vanino"] = new("ent:vanino", "Address", "Vanino", [], null, [], []),
        };
        static EventCandidate Shells(string document, string location) =>
            new(document, 0, "TRANSFER", null, "ent:kp", "ent:ru", [new EventItem("shells", "ammunition", new Quantity(600, "containers", "600"))],
                null, location, "reported", null, [new EvidenceSpan(document, 0, 20, "shells")], null);

        Assert.Equal(expected, EventMerger.Merge([Shells("doc:de", elsewhere), Shells("doc:en", "ent:posyet")], entities).Count);
    }

    [Theory]
    [InlineData("SANCTION", "2026-04-28", 1)]
    [InlineData("SANCTION", "2026-06-02", 2)]
    [InlineData("ASSAULT", "2026-06-02", 2)]
    [InlineData("TRANSFER", "2026-06-02", 1)]
    public void Merge_UndatedSingleActsReportedWeeksApart_AreTwoActs(string type, string secondReport, int expected)
    {
        // "Japan friert Vermögen russischer Reederei ein" (2 June) and "Japan freezes assets of Russian firm" (28 April): a
        // listing is one act on one day, so undated reports five weeks apart tell two; a supply pattern may be told twice.
        static EventCandidate Act(string type, string document, string reported) =>
            new EventCandidate(document, 0, type, null, "ent:kp", "ent:ru", [], null, null, "asserted", null,
                [new EvidenceSpan(document, 0, 20, "act")], null)
            {
                Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
            };

        Assert.Equal(expected, EventMerger.Merge([Act(type, "doc:a", "2026-04-29"), Act(type, "doc:b", secondReport)], Sides).Count);
    }

    [Theory]
    [InlineData("2026-05-20", 1)]
    [InlineData("2026-06-15", 2)]
    public void Merge_CountedShipmentAndUncountedFlowReportedWeeksApart_AreNotOneHappening(string secondReport, int expected)
    {
        // "about 60,000 tonnes of coal" (19 May) and "has shipped coal to Russia repeatedly since the winter" (15 June): one
        // occasion and a run of them. A report of the same occasion that leaves out its count comes out within days.
        static EventCandidate Coal(string document, string reported, double? tonnes) =>
            new EventCandidate(document, 0, "TRANSFER", null, "ent:kp", "ent:ru",
                [new EventItem("coal", "energy", tonnes is { } t ? new Quantity(t, "tonnes", "60,000") : null)],
                null, null, "reported", null, [new EvidenceSpan(document, 0, 20, "coal")], null)
            {
                Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
            };

        Assert.Equal(expected, EventMerger.Merge([Coal("doc:a", "2026-05-19", 60000), Coal("doc:b", secondReport, null)], Sides).Count);
    }

    [Theory]
    [InlineData(false, "2026-03-19", 1)]
    [InlineData(true, "2026-03-19", 2)]
    [InlineData(true, "2026-02-24", 1)]
    public void Merge_AnotherShipmentReportedLater_IsNotTheEarlierOne(bool another, string secondReport, int expected)
    {
        // "Ein weiterer russischer Tanker hat Treibstoff nach Nordkorea gebracht" three weeks after a report of a fuel
        // shipment: neither counted nor dated, the same key — but it says it is another one. Reports of one day may both
        // tell that other shipment.
        static EventCandidate Fuel(string document, string reported, bool another) =>
            new EventCandidate(document, 0, "TRANSFER", null, "ent:ru", "ent:kp", [new EventItem("fuel", "petroleum", null)],
                null, null, "reported", null, [new EvidenceSpan(document, 0, 20, "fuel")], null)
            {
                Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
                Another = another,
            };

        Assert.Equal(expected, EventMerger.Merge([Fuel("doc:a", "2026-02-24", false), Fuel("doc:b", secondReport, another)], Sides).Count);
    }

    [Theory]
    [InlineData("2025-08-06", 1)]
    [InlineData("2025-08-07", 1)]
    [InlineData("2025-08-11", 2)]
    public void Merge_SamePartiesAndGoodsOfOneKindInTheSameNews_AreOneHappening(string secondReport, int expected)
    {
        // "Russland soll Nordkorea Ersatzteile für MiG-29 geliefert haben" and "Russian planes carried 40 tonnes of engine parts":
        // the very same two parties, overlapping goods, published a day apart at most.
        static EventCandidate Parts(string document, string reported, params string[] categories) =>
            new EventCandidate(document, 0, "TRANSFER", null, "ent:ru", "ent:kp", categories.Select(c => new EventItem(c, c, null)).ToList(),
                null, null, "reported", null, [new EvidenceSpan(document, 0, 20, "parts")], null)
            {
                Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
            };

        Assert.Equal(expected, EventMerger.Merge([Parts("doc:de", "2025-08-06", "arms", "dual-use"), Parts("doc:en", secondReport, "dual-use")], Sides).Count);
    }

    [Theory]
    [InlineData("2025-02-18", 30000.0, 1)]
    [InlineData("2025-03-20", 30000.0, 2)]
    [InlineData("2025-03-20", null, 1)]
    public void Merge_UndatedShipmentsReportedWeeksApart_AreTwoHappeningsUnlessOnlyAPatternIsTold(string secondReport, double? count, int expected)
    {
        static EventCandidate Shells(string document, string reported, double? count) =>
            new EventCandidate(document, 0, "TRANSFER", null, "ent:kp", "ent:ru",
                [new EventItem("shells", "ammunition", count is { } n ? new Quantity(n, null, "30,000") : null)], null, null,
                "reported", null, [new EvidenceSpan(document, 0, 20, "shells")], null)
            {
                Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
            };

        Assert.Equal(expected, EventMerger.Merge([Shells("doc:a", "2025-02-11", null), Shells("doc:b", secondReport, count)], Sides).Count);
    }

    [Fact]
    public void Merge_UndatedReportAndTheNextDaysDatedAnnouncement_AreOneHappening()
    {
        static EventCandidate Workers(string document, string reported, string? date) =>
            new EventCandidate(document, 0, "TRANSFER", null, "ent:kp", "ent:ru",
                [new EventItem("workers", "labour", new Quantity(5000, "persons", "5,000"))], date is null ? null : new EventDate("Wednesday", date), null,
                "reported", null, [new EvidenceSpan(document, 0, 20, "workers")], null)
            {
                Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
            };

        Assert.Single(EventMerger.Merge([Workers("doc:de", "2025-05-20", null), Workers("doc:en", "2025-05-21", "2025-05-21")], Sides));
    }

    [Theory]
    [InlineData("ent:firm", 1)]
    [InlineData("ent:kp", 2)]
    public void Merge_SanctionByAStateAndByItsTreasuryOnOneNamedCompany_IsOneHappening(string target, int expected)
    {
        var entities = new Dictionary<string, DossierEntity>(Sides)
        {
            ["ent:us"] = new("ent:us", "Country", "United States", [], "us", [], []),
            ["ent:treasury"] = new("ent:treasury", "PublicBody", "US Treasury", [], "us", [], []),
            ["ent:firm"] = new("ent:firm", "Organization", "Jade Anchor Trading", [], null, [], []),
        };
        static EventCandidate Listing(string document, string actor, string target) =>
            new(document, 0, "SANCTION", null, actor, target, [], null, null, "asserted", null, [new EvidenceSpan(document, 0, 20, "sanctions")], null);

        Assert.Equal(expected, EventMerger.Merge([Listing("doc:de", "ent:treasury", target), Listing("doc:en", "ent:us", target)], entities).Count);
    }

    [Fact]
    public void Merge_OneBodySanctioningTwoCompanies_IsTwoHappenings()
    {
        var entities = new Dictionary<string, DossierEntity>(Sides)
        {
            ["ent:eu"] = new("ent:eu", "PublicBody", "European Union", [], null, [], []),
            ["ent:alpha"] = new("ent:alpha", "Company", "Alpha Bank", [], "ru", [], []),
            ["ent:beta"] = new("ent:beta", "Company", "Beta Shipping", [], "ru", [], []),
        };
        static EventCandidate Listing(string document, string target) =>
            new(document, 0, "SANCTION", null, "ent:eu", target, [], null, null, "asserted", null, [new EvidenceSpan(document, 0, 20, "sanctions")], null);

        Assert.Equal(2, EventMerger.Merge([Listing("doc:a", "ent:alpha"), Listing("doc:b", "ent:beta")], entities).Count);
    }

    [Theory]
    [InlineData("2025-03-20", 1)]
    [InlineData("2025-04-08", 2)]
    public void Merge_UndatedTalksAtOnePlace_AreOneHappeningOnlyWhenReportedWithinDays(string secondReport, int expected)
    {
        static EventCandidate At(string document, string actor, string target, string reported) =>
            Talks(document, actor, target, "ent:pyongyang") with { Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture) };

        var events = EventMerger.Merge([At("doc:de", "ent:ru", "ent:yun", "2025-03-18"), At("doc:en", "ent:minister", "ent:kp", secondReport)], Sides);
        Assert.Equal(expected, events.Count);
    }

    [Theory]
    [InlineData("ent:ru", "2026-03-04", 1)]
    [InlineData("ent:ru", "2026-03-09", 2)]
    [InlineData("ent:cn", "2026-03-04", 2)]
    public void Merge_VetoByAStateAndByItsEnvoyInTheSameNews_IsOneVeto(string otherVetoer, string secondReport, int expected)
    {
        // "Russland hat den Entwurf … mit seinem Veto verhindert" and "Russian envoy Polyanskiy vetoed the draft" a day
        // apart: a veto names one party and is still one act; a veto by another state, or a week later, is another.
        static EventCandidate Veto(string document, string actor, string reported) =>
            new EventCandidate(document, 0, "REJECT", "veto", actor, null, [], null, null, "asserted", null,
                [new EvidenceSpan(document, 0, 20, "veto")], null)
            {
                Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
            };

        var entities = new Dictionary<string, DossierEntity>
        {
            ["ent:ru"] = new("ent:ru", "Country", "Russia", [], "ru", [], []),
            ["ent:cn"] = new("ent:cn", "Country", "China", [], "cn", [], []),
            ["ent:envoy"] = new("ent:envoy", "Person", "Dmitry Polyanskiy", [], "ru", [], []),
        };
        string first = otherVetoer == "ent:ru" ? "ent:envoy" : "ent:ru";
        Assert.Equal(expected, EventMerger.Merge([Veto("doc:en", first, "2026-03-03"), Veto("doc:de", otherVetoer, secondReport)], entities).Count);
    }

    [Fact]
    public void Merge_VetoThatNamesTheDraftsAuthorAndOneThatDoesNot_IsOneVeto()
    {
        // "Russia vetoed a British draft" (target: its author) and "Russland hat den Entwurf mit seinem Veto gestoppt".
        var entities = new Dictionary<string, DossierEntity>
        {
            ["ent:ru"] = new("ent:ru", "Country", "Russia", [], "ru", [], []),
            ["ent:gb"] = new("ent:gb", "Country", "United Kingdom", [], "gb", [], []),
        };
        EventCandidate Veto(string document, string? target) =>
            new EventCandidate(document, 0, "REJECT", "veto", "ent:ru", target, [], null, null, "asserted", null,
                [new EvidenceSpan(document, 0, 20, "veto")], null)
            {
                Reported = new DateOnly(2026, 3, 3),
            };

        Assert.Single(EventMerger.Merge([Veto("doc:en", "ent:gb"), Veto("doc:de", null)], entities));
    }

    [Theory]
    [InlineData("ent:ru", "ent:kp", "2026-05-06", 1)]
    [InlineData("ent:ru", "ent:kp", "2026-05-13", 2)]
    [InlineData("ent:shoigu", "ent:kim", "2026-05-06", 2)]
    public void Merge_AgreementOfAStateAndOfItsMinisterInTheSameNews_IsOneAgreement(string actor, string target, string reported, int expected)
    {
        // "Russland und Nordkorea unterzeichneten ein Abkommen" and "Manturov and Kim signed an agreement" a day apart are one
        // agreement; a week later, or another named minister on the same side, another.
        EventCandidate Agreement(string document, string a, string t, string day) =>
            new EventCandidate(document, 0, "AGREE", null, a, t, [], null, null, "asserted", null,
                [new EvidenceSpan(document, 0, 20, "signed")], null)
            {
                Reported = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            };

        var officials = new Dictionary<string, DossierEntity>(Officials) { ["ent:kp"] = new("ent:kp", "Country", "North Korea", [], "kp", [], []) };
        Assert.Equal(expected, EventMerger.Merge([Agreement("doc:en", "ent:manturov", "ent:kim", "2026-05-05"), Agreement("doc:de", actor, target, reported)], officials).Count);
    }

    private static EventCandidate Fuel(string document, string? actor, string? target, double amount) =>
        new(document, 0, "TRANSFER", null, actor, target, [new EventItem("diesel", "petroleum", new Quantity(amount, "t", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            null, null, "reported", null, [new EvidenceSpan(document, 0, 20, "diesel")], null)
        {
            Reported = new DateOnly(2025, 5, 20),
        };

    [Theory]
    [InlineData("ent:ru", null, 6000.0, 1)] // "Russland lieferte 6000 Tonnen Diesel": the same supplier, the same count
    [InlineData(null, "ent:kp", 6000.0, 1)] // "6,000 tonnes of diesel reached North Korea"
    [InlineData("ent:ru", null, 2500.0, 2)] // another count: another shipment
    [InlineData("ent:kp", null, 6000.0, 2)] // the recipient's side as supplier is no report of this shipment
    public void Merge_ReportLeavingOnePartyUnsaid_JoinsTheOneHappeningItFits(string? actor, string? target, double amount, int expected)
    {
        var events = EventMerger.Merge([Fuel("doc:en", "ent:ru", "ent:kp", 6000), Fuel("doc:de", actor, target, amount)], Sides);
        Assert.Equal(expected, events.Count);
        var full = Assert.Single(events, e => e.Evidence.Any(x => x.Document == "doc:en"));
        Assert.Equal(("ent:ru", "ent:kp"), (full.Actor, full.Target));
    }

    [Fact]
    public void Merge_ReportLeavingOnePartyUnsaidThatFitsTwoHappenings_JoinsNeither()
    {
        var entities = new Dictionary<string, DossierEntity>(Sides) { ["ent:cn"] = new("ent:cn", "Country", "China", [], "cn", [], []) };
        var events = EventMerger.Merge([Fuel("doc:a", "ent:ru", "ent:kp", 6000), Fuel("doc:b", "ent:ru", "ent:cn", 6000), Fuel("doc:c", "ent:ru", null, 6000)], entities);
        Assert.Equal(3, events.Count);
    }

    [Fact]
    public void Merge_TwoPartialReportsOfOneHappening_BothJoinIt()
    {
        var events = EventMerger.Merge([Fuel("doc:en", "ent:ru", "ent:kp", 6000), Fuel("doc:de", null, "ent:kp", 6000), Fuel("doc:fr", "ent:ru", null, 6000)], Sides);
        var one = Assert.Single(events);
        Assert.Equal(3, one.Evidence.Select(e => e.Document).Distinct().Count());
    }

    private static EventCandidate Refusal(string document, string? target, string? date) =>
        new(document, 0, "REJECT", null, "ent:ru", target, [], date is null ? null : new EventDate(date, date), null, "reported", null,
            [new EvidenceSpan(document, 0, 20, "blocked")], null)
        {
            Reported = new DateOnly(2025, 5, 20),
        };

    [Theory]
    [InlineData("2025-05-19", "2025-05-19", 1)] // "Der russische Vertreter habe … am Montag blockiert" and "Russia on Monday blocked a U.S. proposal"
    [InlineData("2025-05-19", "2025-05-16", 2)] // another day: another refusal
    [InlineData(null, "2025-05-19", 2)] // undated: nothing anchors it
    public void Merge_RefusalWithItsTargetUnsaid_JoinsTheRefusalOfThatVeryDay(string? partialDate, string fullDate, int expected)
    {
        var entities = new Dictionary<string, DossierEntity>(Sides) { ["ent:us"] = new("ent:us", "Country", "United States", [], "us", [], []) };
        var events = EventMerger.Merge([Refusal("doc:en", "ent:us", fullDate), Refusal("doc:de", null, partialDate)], entities);
        Assert.Equal(expected, events.Count);
    }
}
