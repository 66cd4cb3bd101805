using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Who did what the noun or gerund names: two sides named together before a shipment noun give it no direction, whom a verb
/// thanks or blames "for doing" did it, and a possessor is the doer of its noun with the name after it acted on. Reversed
/// arrows all; the sentences were written for these tests, about other parties than the evaluation sets.
/// </summary>
public sealed class WhoDidItTest
{
    [Theory]
    [InlineData("de", "Weder Havanna noch Caracas haben die Öllieferungen je offiziell bestätigt.")]
    [InlineData("en", "Neither Havana nor Caracas has ever confirmed the oil shipments.")]
    [InlineData("en", "Cuba and Venezuela have expanded their oil shipments.")]
    public void Analyze_TwoSidesNamedTogetherBeforeTheShipments_GiveThemNoDirection(string language, string text)
    {
        // Neither side alone either: one of the two as the supplier ("Caracas → ?") is as much a guess.
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && (e.Actor is not null || e.Target is not null));
    }

    [Fact]
    public void Analyze_OneSupplierNamedWithItsShipments_StaysTheSupplier()
    {
        var analysis = Analyze("en", "Venezuela has expanded its oil shipments to Cuba.");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ve" && Country(analysis, e.Target) == "cu");
    }

    [Theory]
    [InlineData("Lukashenko thanked Russia for delivering the fighter jets to Belarus.", "ru")]
    [InlineData("Minsk praised Moscow for sending fighter jets to Belarus.", "ru")]
    [InlineData("Iran was praised by Moscow for supplying drones to Russia.", "ir")]
    public void Analyze_WhomTheVerbThanksForDoingIt_DidIt(string text, string supplier)
    {
        var analysis = Analyze("en", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, transfer.Actor));
        Assert.NotEqual(supplier, Country(analysis, transfer.Target));
    }

    [Theory]
    [InlineData("In response to Ethiopia's invasion of Eritrea, Canada has imposed sanctions on 40 officials.", "et", "er")]
    [InlineData("Moscow's delivery of jets to Minsk began in May.", "ru", "by")]
    public void Analyze_PossessorOfTheNoun_IsItsDoer(string text, string actor, string target)
    {
        var analysis = Analyze("en", text);
        Assert.Contains(analysis.Events, e => Country(analysis, e.Actor) == actor && Country(analysis, e.Target) == target);
        Assert.DoesNotContain(analysis.Events, e => Country(analysis, e.Actor) == target && Country(analysis, e.Target) == actor);
    }

    [Fact]
    public void Analyze_VisitNounAfterAnArrival_HasTheArrivingSide()
    {
        var analysis = Analyze("en", "The Chinese delegation arrived in Hanoi on Tuesday for a two-day visit.");
        Assert.Contains(analysis.Events, e => e.Type == "CONSULT" && Country(analysis, e.Actor) == "cn" && Country(analysis, e.Target) == "vn");
    }

    [Fact]
    public void Analyze_MeetingNounUnderASpeech_TakesNoSpeakerAsAParty()
    {
        var analysis = Analyze("en", "Xi Jinping delivered a long speech on grain policy at a plenary meeting of the party's Central Committee.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "CONSULT" && e.Actor is not null && e.Target is not null);
    }

    [Theory]
    [InlineData("de", "Kuba hat Venezuela im März Öl geliefert. Weder Havanna noch Caracas haben die Öllieferungen offiziell bestätigt.")]
    [InlineData("en", "Cuba shipped oil to Venezuela in March. Neither Havana nor Caracas has confirmed the oil shipments.")]
    public void Analyze_TwoNamedTogether_TakeTheDirectionTheDocumentTells(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "cu" && Country(analysis, e.Target) == "ve"
            && e.Evidence.Any(span => span.Of(text).Contains("Öllieferungen", StringComparison.Ordinal) || span.Of(text).Contains("oil shipments", StringComparison.Ordinal)));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ve" && Country(analysis, e.Target) == "cu");
    }
}
