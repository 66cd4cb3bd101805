using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Goods that reach a country, what comes back "in return" when the receiver is only described, a one-sided flow
/// completed by a flow the report says did not happen, what data "suggest", and technology as goods. Sentences
/// written for these tests, about other countries than the evaluation sets.
/// </summary>
public sealed class ReachAndReturnTest
{
    [Fact]
    public void Analyze_WhatDataSuggest_IsReported()
    {
        var analysis = Analyze("en", "Iran has shipped attack drones to Russia since the spring, shipping data compiled by a London firm suggest.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("ru", Country(analysis, e.Target));
        Assert.Equal("reported", e.Modality);
    }

    [Theory]
    [InlineData("en", "Russian troops reached the outskirts of Pokrovsk on Monday.")]
    [InlineData("en", "North Korean missiles reached Kyiv early on Tuesday.")]
    [InlineData("de", "Russland hat mit nordkoreanischen Raketen Angriffe auf Charkiw ausgeführt.")]
    [InlineData("en", "Ukrainian forces took on Russian troops near Kupiansk.")]
    public void Analyze_ArmiesAdvancingOrAttacking_IsNoSupplyToTheEnemy(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Target) == "ua");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ru" && Country(analysis, e.Target) == "kp");
    }

    [Fact]
    public void Analyze_InReturnTheDescribedReceiverGetsGoods_FlowsBack()
    {
        var analysis = Analyze("en", "Iran has shipped attack drones to Russia since May. In return, the regime gets refined fuel for its power plants.");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ru" && Country(analysis, e.Target) == "ir"
            && e.Items.Any(i => i.Category == "petroleum"));
    }

    [Fact]
    public void Analyze_OneSidedFlowAfterADeniedOne_TakesItsCounterpart()
    {
        const string text = "Russia has not delivered fighter jets to Iran, two officials said. Moscow has, however, handed over radar parts for the air defences around Tehran's nuclear sites.";
        var analysis = Analyze("en", text);
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && e.Modality != "negated" && Country(analysis, e.Actor) == "ru" && Country(analysis, e.Target) == "ir");
    }

    [Fact]
    public void Analyze_TechnologyForWeapons_IsTechnology()
    {
        var analysis = Analyze("de", "Falls Moskau Teheran Technologie für moderne Kampfjets überlassen würde, wäre das eine Eskalation.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Contains(e.Items, i => i.Category == "military-technology");
        Assert.Equal("hypothetical", e.Modality);
    }

    [Theory]
    [InlineData("TEHRAN (AP) — Iran has obtained anti-ship missiles and radar equipment from China to protect its ports, a senior official said on Sunday.", "cn", "ir")]
    [InlineData("DAMASCUS (AP) — Syria has obtained surface-to-air missiles and electronic-warfare equipment from Iran to shield Damascus from air raids, a Syrian official said.", "ir", "sy")]
    [InlineData("Venezuela has received armoured vehicles and night-vision equipment from Iran to guard its border, the defence minister said on Friday.", "ir", "ve")]
    public void Analyze_ReceiverOfTwoCoordinatedGoods_KeepsTheSourceAfterThem(string text, string supplier, string recipient)
    {
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, e.Actor));
        Assert.Equal(recipient, Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "Syria obtained at least 80 Russian-made machine tools last year in exchange for crude oil, according to a report.")]
    [InlineData("de", "Syrien erhielt nach Angaben aus Washington russische Werkzeugmaschinen im Austausch für Rohöl.")]
    public void Analyze_GoodsInExchangeForOtherGoods_TwoFlowsOneEachWay(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ru" && Country(analysis, e.Target) == "sy"
            && e.Items.All(i => i.Category == "machinery"));
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "sy" && Country(analysis, e.Target) == "ru"
            && e.Items.All(i => i.Category == "crude-oil"));
        Assert.DoesNotContain(analysis.Events, e => Country(analysis, e.Actor) == "us");
    }

    [Fact]
    public void Analyze_InReturnAsAnAdverb_TheClauseItselfTellsWhatIsReceived()
    {
        var analysis = Analyze("de", "Für die Lieferung von Phosphat erhält Syrien im Gegenzug russische Kampfjets, sagen Experten.");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ru" && Country(analysis, e.Target) == "sy");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "sy" && e.Items.Any(i => i.Category == "arms"));
    }
}
