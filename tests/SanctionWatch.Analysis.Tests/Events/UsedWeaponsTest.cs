using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Goods a party used or fired that another country made ("Iranian-made drones", "Drohnen iranischer Bauart"): the maker
/// supplied the user, and is neither the attacker nor the side attacked. Sentences written for these tests, about other
/// countries and weapons than the evaluation sets.
/// </summary>
public sealed class UsedWeaponsTest
{
    [Theory]
    [InlineData("en", "Syrian forces shelled Idlib with Iranian-made rockets on Sunday, a monitoring group said.", "sy")]
    [InlineData("en", "Russia used Iranian drones in its attacks on Odesa, Ukrainian officials said.", "ru")]
    [InlineData("de", "Die russische Armee setzte nach Angaben aus Kiew Drohnen iranischer Bauart gegen Odessa ein.", "ru")]
    [InlineData("de", "Russland setzte bei dem Angriff auf Odessa Marschflugkörper aus iranischer Produktion ein.", "ru")]
    [InlineData("de", "Bei dem Angriff auf Odessa verwendete Russland Drohnen iranischer Herstellung, teilte die Luftwaffe mit.", "ru")]
    public void Analyze_ForeignMadeWeaponsUsed_MakerSuppliedTheUser(string language, string text, string user)
    {
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == user);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == user);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ASSAULT" && (Country(analysis, e.Actor) == "ir" || Country(analysis, e.Target) == "ir"));
    }

    [Theory]
    [InlineData("en", "Two Iranian-made drones slammed into an apartment block in Odesa overnight.")]
    [InlineData("de", "Zwei Drohnen iranischer Bauart schlugen in der Nacht in ein Wohnhaus in Odessa ein.")]
    public void Analyze_ForeignMadeWeaponsStrike_MakerIsNoAttacker(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ASSAULT" && (Country(analysis, e.Actor) == "ir" || Country(analysis, e.Target) == "ir"));
    }

    [Theory]
    [InlineData("en", "Belarus bought 40 Chinese-made CNC lathes last year, customs records show.", "cn", "by")]
    [InlineData("en", "Iran obtained a dozen Russian-built fighter jets in the spring.", "ru", "ir")]
    public void Analyze_ReceivedForeignMadeGoods_MakerSupplied(string language, string text, string supplier, string recipient)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, e.Actor));
        Assert.Equal(recipient, Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "Ukrainian troops destroyed a Russian-made tank near Kupiansk.")]
    [InlineData("en", "The company used the money to buy a new office in Minsk.")]
    [InlineData("en", "Belarus used the summit to praise its Russian partners.")]
    [InlineData("de", "Die Regierung nutzte das Treffen, um russische Investoren zu werben.")]
    [InlineData("de", "Russland setzte nach eigenen Angaben Kampfflugzeuge gegen ukrainische Stellungen ein.")]
    public void Analyze_UseWithoutAForeignMaker_IsNoTransfer(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_UsedAsAnAdjective_KeepsTheSellerOfTheGoods()
    {
        var analysis = Analyze("en", "Belarusian dealers sold some 300 used trucks to Iran last year.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("by", Country(analysis, e.Actor));
        Assert.Equal("ir", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_ForeignMadeGoods_NoNameAfterTheMakerIsAParty()
    {
        var analysis = Analyze("en", "Belarus bought 40 Chinese-made CNC lathes last year.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "CNC");
    }

    [Fact]
    public void Analyze_CityHitWithForeignMadeMissiles_IsAnAttackOnItAndASupply()
    {
        var analysis = Analyze("en", "Russia hit the northern city of Odesa with Iranian-made drones overnight, regional officials said on Monday.");
        Assert.Contains(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Actor) == "ru" && Name(analysis, e.Target) is not null);
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == "ru");
    }

    [Fact]
    public void Analyze_WeaponThatStruckWasOneSupplied_TheRecipientFiredIt()
    {
        const string text = "The drone that struck a power plant in Kherson on Friday was one of dozens that Iran shipped to Russia last year, officials said.";
        var analysis = Analyze("en", text);
        Assert.Contains(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Actor) == "ru");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == "ru" && e.Items.Count > 0);
    }
}
