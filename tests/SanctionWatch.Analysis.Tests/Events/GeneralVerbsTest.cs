using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>Common English verbs of asking, withdrawing, agreeing, banning and investigating give their event type, and a threat or refusal with an infinitive is about whom that act would hit. Sentences written for these tests.</summary>
public sealed class GeneralVerbsTest
{
    [Theory]
    [InlineData("Chile sought talks with Peru on the fishing dispute.", "REQUEST", "cl")]
    [InlineData("Peru pulled out its ambassador from Chile on Monday.", "RETREAT", "pe")]
    [InlineData("Peru banned Chilean fishing boats from its waters.", "COERCE", "pe")]
    [InlineData("Chilean prosecutors investigated Peruvian officials over the contract.", "ACCUSE", "cl")]
    public void Analyze_GeneralVerb_GivesItsTypeAndDoer(string text, string type, string actor)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-06-12", text, null));
        Assert.Contains(analysis.Events, e => e.Type == type && e.Actor is { } a && analysis.Mentions[a.Mention].Country == actor);
    }

    [Theory]
    [InlineData("Chilean copper exports rose as demand for electric cars in Peru kept growing.")]
    [InlineData("Peru rejected the request of the Chilean fishing company on Monday.")]
    public void Analyze_DemandOrRequestAsANoun_IsNoRequest(string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-06-12", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("The European Union approved new sanctions against Chile on Monday.")]
    [InlineData("Peru accepted the ruling of the court in The Hague.")]
    public void Analyze_ApprovingOrAcceptingSomething_IsNoAgreementBetweenParties(string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-06-12", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "AGREE");
    }

    [Theory]
    [InlineData("en", "Turkey threatened to impose tariffs on Greek olive oil.", "THREATEN", "tr", "gr")]
    [InlineData("en", "Peru refused to meet the Chilean delegation in Lima.", "REJECT", "pe", "cl")]
    public void Analyze_ThreatOrRefusalWithAnInfinitive_IsAboutWhomTheActWouldHit(string language, string text, string type, string actor, string target)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == type);
        Assert.Equal(actor, Country(analysis, e.Actor));
        Assert.Equal(target, Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("Iran hat der Europäischen Union mit harten Gegenmaßnahmen gedroht.", "European Union")]
    [InlineData("Der Generalstab der iranischen Armee hat Israel mit entschlossenen Gegenmaßnahmen gedroht.", "Israel")]
    public void Analyze_GermanThreatToADative_IsAThreatAgainstIt(string text, string target)
    {
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "THREATEN");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal(target, Name(analysis, e.Target));
    }
}
