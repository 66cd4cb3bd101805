using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Who protests or accuses is no party to the help it names; a possessor before a nominal event is its doer; two states
/// before the verb both supply; the army supplied "with" goods is the recipient; a reporter's request for comment and a
/// ball game's "delivered a homer", a quake that strikes and a warning that is lifted are no events. Sentences written for these tests, about other countries.
/// </summary>
public sealed class JudgedNounsAndPairsTest
{
    [Fact]
    public void Analyze_ProtestOverAnotherStatesAssistance_TheAssistingStateSupplies()
    {
        var analysis = Analyze("en", "Israel lodged a protest with Iran on Monday over what it called Tehran's \"decisive\" assistance in a Syrian drone programme.");
        Assert.DoesNotContain(analysis.Events, e => e.Type is "TRANSFER" or "AID" && Country(analysis, e.Actor) == "il");
        Assert.Contains(analysis.Events, e => e.Type is "TRANSFER" or "AID" && Country(analysis, e.Actor) == "ir");
    }

    [Fact]
    public void Analyze_AccusersOfHelp_AreNoSuppliers()
    {
        var analysis = Analyze("de", "Ankara und Athen werfen Teheran Hilfe für Syriens Drohnenprogramm vor");
        Assert.DoesNotContain(analysis.Events, e => e.Type is "TRANSFER" or "AID" && Country(analysis, e.Actor) is "tr" or "gr");
        Assert.Contains(analysis.Events, e => e.Type == "ACCUSE" && Country(analysis, e.Target) == "ir");
    }

    [Fact]
    public void Analyze_TwoStatesBeforeTheVerb_AreNotSupplierAndRecipient()
    {
        var analysis = Analyze("de", "Iran und Belarus haben die syrische Armee im vergangenen Jahr mit Drohnen versorgt.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == "by");
    }

    [Fact]
    public void Analyze_ArmySuppliedWithGoods_IsTheRecipient()
    {
        var analysis = Analyze("en", "Iran supplied the Syrian army with drones last year.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "The Tehran Trading Company did not reply to emails seeking comment.")]
    [InlineData("de", "Die Botschaft Syriens wurde um eine Stellungnahme gebeten.")]
    [InlineData("en", "Mehdi Taremi delivered a two-run homer as Iran beat Syria.")]
    public void Analyze_RequestForCommentOrABallGame_IsNoEvent(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type is "REQUEST" or "TRANSFER");
    }

    [Theory]
    [InlineData("en", "A strong earthquake struck off the Turkish coast on Monday.", "ASSAULT")]
    [InlineData("en", "Quake strikes off Crete, tsunami warning lifted", "ASSAULT")]
    [InlineData("de", "Ein schweres Erdbeben traf am Montag die türkische Küste.", "ASSAULT")]
    [InlineData("en", "A tsunami advisory issued for the Greek coast was lifted after two hours.", "CONCEDE")]
    public void Analyze_ForceOfNatureOrALiftedWarning_IsNoAct(string language, string text, string type)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("en", "Turkey struck Kurdish positions in Syria on Monday.", "ASSAULT")]
    [InlineData("en", "Greece lifted sanctions on Turkey on Monday.", "CONCEDE")]
    public void Analyze_StateThatStrikesOrLifts_StillActs(string language, string text, string type)
    {
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Events, e => e.Type == type);
    }

    [Fact]
    public void Analyze_DeliveryNamedAsTheCauseOfASummons_IsNotTheSummonersDelivery()
    {
        var analysis = Analyze("de", "Wegen der Lieferung iranischer Drohnen an Syrien hat das türkische Außenministerium den iranischen Botschafter einbestellt.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "tr");
    }

    [Fact]
    public void Analyze_ParticipleWithItsOwnAgentBeforeItsNoun_IsNotDeliveredByTheClausesNames()
    {
        var analysis = Analyze("de", "Nach dem Beschuss der Stadt mit von Iran gelieferten Drohnen hat Präsident Erdoğan Griechenland um Hilfe gebeten.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "tr");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir");
    }

    [Fact]
    public void Analyze_ParticipleWithoutAnAgentBeforeItsNoun_KeepsTheClausesParties()
    {
        var analysis = Analyze("de", "Der Experte geht davon aus, dass Iran Syrien weitere Drohnen zusagen werde, zusätzlich zu den bereits gelieferten 500 Drohnen.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && e.Actor is not null && e.Target is not null && Country(analysis, e.Actor) == Country(analysis, e.Target));
    }
}
