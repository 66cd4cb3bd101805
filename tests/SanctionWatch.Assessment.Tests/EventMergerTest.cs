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
}
