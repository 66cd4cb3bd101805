using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Words of an event that tell none here — a supply verb with an object of another sense, an event noun that only
/// describes ("poses a threat"), a warning that only tells ("warned that …"), a model designation taken for a name —
/// and a happening named after a preposition of cause, whose doer is whom the judging verb blames, never who judges.
/// Sentences written for these tests.
/// </summary>
public sealed class OtherSensesTest
{
    [Theory]
    [InlineData("en", "The striker delivered a hat-trick as Brazil beat Argentina 3-0 in Rio.")]
    [InlineData("de", "Die jüngsten Raketentests Irans liefern neue Hinweise auf die Reichweite der Waffen.")]
    [InlineData("en", "The foreign minister delivered a speech to the Iranian parliament on Monday.")]
    public void Analyze_SupplyVerbInAnotherSense_IsNoTransfer(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Theory]
    [InlineData("en", "The sale of Iranian drones to Russia poses a direct threat to European security, officials said.")]
    [InlineData("en", "French President Emmanuel Macron warned on Monday that Iran could send more drones to Russia.")]
    [InlineData("de", "Die französische Regierung hatte schon vor dem Gipfel gewarnt, Iran könnte Russland weitere Drohnen liefern.")]
    public void Analyze_DescriptionOrWarningThatOnlyTells_IsNoThreat(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void Analyze_WarningAddressedToAParty_IsAThreat()
    {
        var analysis = Analyze("en", "The French foreign minister warned Iran that further drone shipments would bring new sanctions.");
        var e = Assert.Single(analysis.Events, e => e.Type == "THREATEN");
        Assert.Equal("ir", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_ModelDesignation_IsNoParty()
    {
        var analysis = Analyze("de", "Die syrische Luftwaffe bekam im Winter sechs Kampfhubschrauber vom Typ Mi-17 aus russischen Beständen.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ru", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("de", "Die französische Regierung hat Iran wegen der Lieferung von Drohnen an Russland scharf kritisiert.")]
    [InlineData("en", "The French government sharply criticised Iran over the delivery of drones to Russia.")]
    public void Analyze_HappeningNamedAfterACauseWord_TheBlamedDidItAndIsWhomTheVerbActsOn(string language, string text)
    {
        var analysis = Analyze(language, text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, transfer.Actor));
        Assert.Equal("ru", Country(analysis, transfer.Target));
        var accusation = Assert.Single(analysis.Events, e => e.Type == "ACCUSE");
        Assert.Equal("fr", Country(analysis, accusation.Actor));
        Assert.Equal("ir", Country(analysis, accusation.Target));
    }

    [Fact]
    public void Analyze_SummonedToProtestATransfer_TheProtesterIsNoSupplier()
    {
        var analysis = Analyze("en", "France summoned the Iranian ambassador on Monday to protest what it called the illegal sale of drones to Russia.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "fr");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && e.Target is not null && Country(analysis, e.Target) != "ru");
    }

    [Theory]
    [InlineData("de", "Die französische Regierung hat sich besorgt über die wachsende Zusammenarbeit zwischen Teheran und Damaskus geäußert.")]
    [InlineData("en", "The French government voiced concern about the growing cooperation between Tehran and Damascus.")]
    public void Analyze_CooperationBetweenTwoNamedSides_IsBetweenThem(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "COOPERATE");
        Assert.Equal(["ir", "sy"], new[] { Country(analysis, e.Actor), Country(analysis, e.Target) }.Order());
    }

    [Theory]
    [InlineData("de", "Nach schweren Überschwemmungen hat Syrien Iran um Hilfslieferungen gebeten.")]
    [InlineData("en", "Syria asked Iran for military aid on Monday.")]
    public void Analyze_AidAskedFor_IsARequestAndNoDelivery(string language, string text)
    {
        var analysis = Analyze(language, text);
        var request = Assert.Single(analysis.Events, e => e.Type == "REQUEST");
        Assert.Equal("sy", Country(analysis, request.Actor));
        Assert.DoesNotContain(analysis.Events, e => e.Type is "AID" or "TRANSFER");
    }

    [Fact]
    public void Analyze_FightDeliveredInSport_IsNoTransfer()
    {
        var analysis = Analyze("de", "Syriens Ringer haben dem Gastgeber Iran in Teheran einen harten Kampf geliefert.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_GoodsMadeInACountry_AreNoParty()
    {
        var analysis = Analyze("en", "Syria obtained at least 80 Iranian-made CNC machine tools last year.");
        Assert.All(analysis.Events, e => Assert.DoesNotContain("-made", Name(analysis, e.Actor) ?? "", StringComparison.Ordinal));
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Target) == "sy");
    }

    [Theory]
    [InlineData("de", "Fahrzeuge dürfen nach den Resolutionen nicht an Syrien verkauft werden.")]
    [InlineData("en", "Transfers of fuel to Syrian vessels are banned under EU rules.")]
    [InlineData("en", "Under the embargo, no arms may be sold to Syria.")]
    public void Analyze_RuleAgainstATransfer_IsNoTransfer(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_NegatedTransferWithASupplier_StaysNegated()
    {
        var analysis = Analyze("de", "Iran hat keine Drohnen an Russland geliefert.");
        Assert.Equal("negated", Assert.Single(analysis.Events, e => e.Type == "TRANSFER").Modality);
    }

    [Fact]
    public void Analyze_ModelNamedAfterTyp_IsNoParty()
    {
        var analysis = Analyze("de", "Syrien hat mehr als 40 Geschütze vom Typ Krasnopol aus iranischen Beständen bekommen.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "The State Department called the car a blatant violation of the UN ban on supplying luxury goods to North Korea.")]
    [InlineData("de", "Das Verbot der Lieferung von Waffen an Nordkorea gilt seit 2006, erinnerte das Auswärtige Amt.")]
    public void Analyze_ActABanForbids_IsNoTransfer(string language, string text)
    {
        Assert.DoesNotContain(Analyze(language, text).Events, e => e.Type == "TRANSFER");
    }

    [Theory]
    [InlineData("de", "Die Europäische Union hatte den Verkauf von Hubschraubern an Syrien schon 2012 verboten.")]
    [InlineData("en", "The European Union banned the sale of helicopters to Syria in 2012.")]
    public void Analyze_ActAVerbOfProhibitionForbids_WhoBansSuppliesNothing(string language, string text)
    {
        Assert.DoesNotContain(Analyze(language, text).Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_MakeOfTheGoods_IsNoSupplier()
    {
        var analysis = Analyze("en", "Syria has acquired three dozen Mercedes and Volvo trucks through a dealer in Iran, officials said.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("sy", Country(analysis, e.Target));
        Assert.DoesNotContain(Name(analysis, e.Actor), new[] { "Mercedes", "Volvo" });
    }

    [Fact]
    public void Analyze_NewsAgencyCarryingAStatement_TakesNoPart()
    {
        var analysis = Analyze("en", "\"Laos has never sent a single worker to any plant in Vietnam,\" a spokesperson said in a statement carried by the news agency Xinhua.");
        Assert.DoesNotContain(analysis.Events, e => Name(analysis, e.Actor) == "Xinhua" || Name(analysis, e.Target) == "Xinhua");
    }

    [Fact]
    public void Analyze_IslandInAnEnglishPlaceName_IsNoIceland()
    {
        var analysis = Analyze("en", "The two leaders met for nearly four hours on Russky Island, Kremlin spokesman Dmitry Peskov told reporters.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Country == "is");
    }

    [Fact]
    public void Analyze_ImagesSupplyFoodForThought_IsNoTransfer()
    {
        var analysis = Analyze("de", "Seoul (dpa) - Neue Satellitenbilder von der Werft in Sinpo liefern Stoff für Spekulationen über ein weiteres nordkoreanisches U-Boot.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Theory]
    [InlineData("de", "Iran und Syrien wollen mit dem Manöver ihre Geschlossenheit demonstrieren.")]
    [InlineData("en", "Belarus and Russia demonstrated their resolve with a joint parade.")]
    public void Analyze_DemonstratingUnity_IsNoProtest(string language, string text)
    {
        Assert.DoesNotContain(Analyze(language, text).Events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Analyze_DemonstratingAgainstAState_IsAProtest()
    {
        var analysis = Analyze("de", "Tausende demonstrierten am Sonntag in Tiflis gegen Russland.");
        Assert.Contains(analysis.Events, e => e.Type == "PROTEST" && Country(analysis, e.Target) == "ru");
    }
}
