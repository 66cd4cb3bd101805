using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A refusal is aimed at whom the refused act would reach or who made the refused offer or demand, and the refused act
/// itself did not happen. Sentences written for these tests.
/// </summary>
public sealed class RefusalsTest
{
    [Theory]
    [InlineData("Belarus has refused to send troops to Syria, officials said.", "sy")]
    [InlineData("Minsk refused to meet the Polish delegation on Monday.", "pl")]
    [InlineData("Lukashenko rejected an offer from Warsaw for direct talks.", "pl")]
    [InlineData("The Kremlin dismissed a demand from Japan to release the trawler.", "jp")]
    public void Analyze_Refusal_IsAimedAtWhomTheActWouldReach(string text, string target)
    {
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "REJECT");
        Assert.Equal(target, Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("Belarus has refused to send troops to Syria, officials said.")]
    [InlineData("Lukashenko rejected an offer from Warsaw for direct talks.")]
    public void Analyze_RefusedAct_IsNoEvent(string text)
    {
        var analysis = Analyze("en", text);
        Assert.All(analysis.Events, e => Assert.Equal("REJECT", e.Type));
    }

    [Fact]
    public void Analyze_DemandThatAnotherActs_IsARequestToIt()
    {
        var analysis = Analyze("en", "Moscow on Tuesday demanded that Japan lift its sanctions on Russian banks.");
        var e = Assert.Single(analysis.Events, e => e.Type == "REQUEST");
        Assert.Equal("ru", Country(analysis, e.Actor));
        Assert.Equal("jp", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_RejectedReportOfShipments_LeavesTheShipmentsToTheDenial()
    {
        var analysis = Analyze("en", "Moscow rejected a report of fuel shipments to Syria as slander.");
        Assert.Contains(analysis.Events, e => e.Type == "REJECT" && Country(analysis, e.Actor) == "ru");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && e.Modality == "asserted");
    }

    [Fact]
    public void Analyze_RejectedAccusations_AreNoAccusationByTheRejecter()
    {
        var analysis = Analyze("en", "Minsk rejects the accusations.");
        Assert.Contains(analysis.Events, e => e.Type == "REJECT" && Country(analysis, e.Actor) == "by");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ACCUSE" && Country(analysis, e.Actor) == "by");
    }

    [Theory]
    [InlineData("en", "Ambassador Anatoly Borodin dismissed the protest on Tuesday.")]
    [InlineData("en", "Lukashenko rejected the protest as groundless.")]
    public void Analyze_RejectedProtest_IsNoProtestByTheRejecter(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Events, e => e.Type == "REJECT");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Analyze_RejectedForeignAccusations_AreNoAccusationByTheRejecter()
    {
        // The parser takes "polnische Vorwürfe" for the subject of "zurückgewiesen": still the rejected thing.
        var analysis = Analyze("de", "Minsk (dpa) - Belarus hat polnische Vorwürfe zurückgewiesen, es habe Russland Munition verkauft.");
        Assert.Contains(analysis.Events, e => e.Type == "REJECT" && Country(analysis, e.Actor) == "by");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ACCUSE" && Country(analysis, e.Actor) == "by");
    }

    [Theory]
    [InlineData("de", "Die Vorwürfe Polens wurden von Minsk umgehend zurückgewiesen.")]
    [InlineData("en", "The allegations were dismissed by Minsk as fabricated.")]
    public void Analyze_PassiveRejection_TheAgentRejects(string language, string text)
    {
        var analysis = Analyze(language, text);
        var rejection = Assert.Single(analysis.Events, e => e.Type == "REJECT");
        Assert.Equal("by", Country(analysis, rejection.Actor));
    }

    [Theory]
    [InlineData("de", "Iran und Syrien bestreiten Raketengeschäfte.")]
    [InlineData("de", "Iran und Syrien bestreiten die Vorwürfe.")]
    [InlineData("en", "Iran and Syria denied the report on Tuesday.")]
    public void Analyze_TwoStatesDenyingTogether_NeitherIsDenied(string language, string text)
    {
        // Both deny; a denial has no target here, least of all one of the deniers.
        var analysis = Analyze(language, text);
        var denials = analysis.Events.Where(e => e.Type == "REJECT").ToList();
        Assert.NotEmpty(denials);
        Assert.All(denials, e => Assert.Null(e.Target));
        Assert.Contains(denials, e => Country(analysis, e.Actor) == "ir");
    }

    [Theory]
    [InlineData("en", "Japan urged China on Sunday to halt the naval drills. Beijing rejected the demand on Monday.", "jp")]
    [InlineData("de", "Japan forderte China auf, die Manöver sofort zu beenden. Die chinesische Botschaft wies die Forderung zurück.", "jp")]
    public void Analyze_RefusalOfARequestJustMade_IsAimedAtTheRequester(string language, string text, string requester)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "REJECT");
        Assert.Equal("cn", Country(analysis, e.Actor));
        Assert.Equal(requester, Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_RefusalBySomeoneTheRequestDidNotAddress_TakesNoRequester()
    {
        const string text = "Japan urged China on Sunday to halt the naval drills. Russia rejected the criticism of its own exercises.";
        var analysis = Analyze("en", text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "REJECT" && Country(analysis, e.Target) == "jp");
    }

    [Fact]
    public void Analyze_FlowReadAsGoingToItsOwnSupplier_KeepsNoSuchTarget()
    {
        // The participle's reading made Belarus its own recipient; no one supplies itself.
        const string text = "Belarus has stepped up rail shipments of potash fertiliser to Syria, sending some 45,000 tonnes across the border between June and October, according to railway waybills obtained by Reuters.";
        var analysis = Analyze("en", text);
        Assert.DoesNotContain(analysis.Events, e => e.Actor is not null && e.Target is not null && Country(analysis, e.Actor) == Country(analysis, e.Target) && Name(analysis, e.Actor) == Name(analysis, e.Target));
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Target) == "sy");
    }
}
