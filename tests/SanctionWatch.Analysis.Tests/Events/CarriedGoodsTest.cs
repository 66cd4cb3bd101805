using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A state that brings in another country's goods or people received them from that country; goods flown somewhere moved
/// there, flying a fleet moves nothing; a firm after "über"/"through" is the way money came, never its recipient; rocket
/// systems are launchers. Sentences written for these tests, about other countries and invented firms.
/// </summary>
public sealed class CarriedGoodsTest
{
    [Theory]
    [InlineData("en", "Syria has brought about 2,000 Iranian fighters into its Deir ez-Zor province, monitors said.")]
    [InlineData("en", "Syria brings in Iranian fighters to guard the eastern border")]
    public void Analyze_StateBringingInAnotherCountrysPeople_ReceivedThemFromThatCountry(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_CarrierOfAnotherCountrysGoodsToACountry_TheGoodsCountrySuppliedIt()
    {
        var analysis = Analyze("en", "Washington sanctioned three tankers for carrying Iranian oil to Syria.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_CarrierOfAnotherCountrysGoodsToAPortOfNoKnownCountry_IsNoRecipient()
    {
        var analysis = Analyze("en", "Washington sanctioned three tankers for carrying Iranian oil to the port of Baniyas.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Target) == "us");
    }

    [Theory]
    [InlineData("en", "Iran has flown about 20 tonnes of drone parts to Syria, officials said.", true)]
    [InlineData("de", "Iran hat rund 20 Tonnen Drohnenteile nach Syrien geflogen.", true)]
    [InlineData("en", "Syrian Arab Airlines flies a fleet of ageing Airbus aircraft.", false)]
    [InlineData("en", "Iran threatened to respond if Israel flew drones near its border again.", false)]
    public void Analyze_GoodsFlownToACountry_MovedThereButFlyingAFleetMovesNothing(string language, string text, bool moved)
    {
        var analysis = Analyze(language, text);
        Assert.Equal(moved, analysis.Events.Any(e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == "sy"));
        if (!moved)
        {
            Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
        }
    }

    [Fact]
    public void Analyze_RecipientWithTheFirmItGotMoneyThrough_IsNotReversed()
    {
        var analysis = Analyze("de", "Eine syrische Handelsfirma soll über die Teheraner Kryptobörse Sarv rund 12 Millionen US-Dollar erhalten haben.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Sarv", Name(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_MultipleLaunchRocketSystems_AreArmsNotMissiles()
    {
        var analysis = Analyze("en", "About 30 Iranian multiple launch rocket systems were shipped to Syria, officials said.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Contains(e.Items, i => i.Category == "arms");
        Assert.DoesNotContain(e.Items, i => i.Category == "missiles");
    }

    [Theory]
    [InlineData("en", "About 30 Iranian drones were shipped to Syria aboard the cargo ship Sahand No. 3, officials said.")]
    [InlineData("en", "Iran shipped about 30 drones to Syria aboard the Sahand No 3, officials said.")]
    public void Analyze_NumberSignInAShipsName_IsNoNegation(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.NotEqual("negated", e.Modality);
    }
}
