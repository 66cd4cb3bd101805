using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Fuel handed from one ship to another in German wire style: the verb of handing over, a subject the parser misplaces,
/// and a date after the ship noun that is no ship's name. Ships and numbers invented for these tests.
/// </summary>
public sealed class ShipToShipTest
{
    [Fact]
    public void Analyze_TankerHandedFuelToAnotherTanker_TheShipsAreTheParties()
    {
        // The parser takes "Kumsong 3" (after "an den") for the subject: a marked name is never one, the surface decides.
        const string text = "Seoul (Yonhap) - Im Japanischen Meer hat der unter panamaischer Flagge fahrende Tanker „Sea Lark“ (IMO 9387425) nach Angaben der Marine rund 2.000 Tonnen Benzin an den nordkoreanischen Tanker „Kumsong 3“ abgegeben.";
        var analysis = Analyze("de", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Sea Lark", Name(analysis, transfer.Actor));
        Assert.Equal("Kumsong 3", Name(analysis, transfer.Target));
        Assert.Equal(2000, Assert.Single(transfer.Items).Quantity?.Amount);
    }

    [Fact]
    public void Analyze_DateAfterAShipNoun_IsNoShip()
    {
        var analysis = Analyze("de", "Vor der Küste soll ein Tanker Anfang Januar rund 4.500 Tonnen Diesel an ein nordkoreanisches Schiff abgegeben haben.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Schema == SchemaNames.Vessel && m.Text.StartsWith("Anfang", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && e.Actor is not null && analysis.Mentions[e.Actor.Mention].Text.Contains("Januar", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_StatementGivenOrShotsFired_IsNoTransfer()
    {
        var analysis = Analyze("de", "Der Sprecher des Ministeriums in Minsk gab am Montag eine Erklärung ab, die Polizei gab Warnschüsse ab.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_TransferBetweenTwoTankers_TheShipsAreThePartiesAndTheFlagIsTheFirstShipsCountry()
    {
        // The ministry that released photographs is no party; the flag glued to "flagged" gives the ship its country.
        const string text = "Japan's Defense Ministry on Friday released photographs of what it described as a probable ship-to-ship transfer between the Russian-flagged tanker Polar Finch and the North Korean tanker Ryonggang 2 in the Sea of Japan.";
        var analysis = Analyze("en", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Polar Finch", Name(analysis, transfer.Actor));
        Assert.Equal("Ryonggang 2", Name(analysis, transfer.Target));
        Assert.Equal("alleged", transfer.Modality);
        Assert.Equal("ru", analysis.Mentions.First(m => m.Text == "Polar Finch").Country);
    }

    [Fact]
    public void Analyze_FlagGluedToAShipsName_StaysInTheName()
    {
        var analysis = Analyze("en", "The North Korean tanker Sae Byol 7 received refined petroleum from the Belize-flagged Hai Shun 18 (IMO 9055498) in the East China Sea.");
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Contains("Hai Shun 18", Name(analysis, transfer.Actor), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The North Korean tanker Sae Byol 7 received refined petroleum from another tanker in the East China Sea.")]
    [InlineData("de", "Der nordkoreanische Tanker „Sae Byol 7“ hat im Ostchinesischen Meer Diesel von einem anderen Schiff übernommen.")]
    public void Analyze_ASeaNamedAfterACountry_IsNoCountry(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Mentions, m => m.Schema == SchemaNames.Country && m.Country == "cn");
    }

    [Fact]
    public void Analyze_PhotographsShowingATankerPumping_TheTankerPumps()
    {
        const string text = "Japan on Wednesday released photographs it said showed the Russian-flagged tanker Polar Finch pumping an estimated 2,500 tons of diesel into the North Korean tanker Ryonggang 2 in the Sea of Japan.";
        var analysis = Analyze("en", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Polar Finch", Name(analysis, transfer.Actor));
        Assert.Equal("Ryonggang 2", Name(analysis, transfer.Target));
    }

    [Fact]
    public void Analyze_QuotedShipNamesInsideTheClause_KeepItsHedgeAndItsDirection()
    {
        // The quotes around the ships' names do not end the clause that "soll … haben" frames; "in den Tanker" says where to.
        const string text = "Der russische Tanker „Polar Finch“ soll rund 2.500 Tonnen Diesel in den nordkoreanischen Tanker „Ryonggang 2“ umgepumpt haben.";
        var analysis = Analyze("de", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Polar Finch", Name(analysis, transfer.Actor));
        Assert.Equal("Ryonggang 2", Name(analysis, transfer.Target));
        Assert.Equal("alleged", transfer.Modality);
    }

    [Fact]
    public void Analyze_FlagAfterTheFlagNoun_IsNoParty()
    {
        const string text = "Tokio (Kyodo) - Der unter der Flagge Sierra Leones fahrende Tanker „Marisol Star“ (IMO 9482134) soll im Gelben Meer rund 2.300 Tonnen Heizöl an den nordkoreanischen Tanker „Sinhung 9“ abgegeben haben.";
        var analysis = Analyze("de", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Marisol Star", Name(analysis, transfer.Actor));
        Assert.Equal("Sinhung 9", Name(analysis, transfer.Target));
    }

    [Theory]
    [InlineData("de", "Seoul (dpa) - Ein weiterer russischer Tanker hat nach Angaben des Geheimdienstes Treibstoff nach Nordkorea gebracht.", true)]
    [InlineData("en", "SEOUL (AP) - Another Russian tanker has delivered fuel to North Korea, the spy agency said.", true)]
    [InlineData("en", "SEOUL (AP) - A Russian tanker has delivered fuel to North Korea, the spy agency said.", false)]
    public void Analyze_AnotherShipment_IsMarkedAsAnotherOccasion(string language, string text, bool another)
    {
        var transfer = Assert.Single(Analyze(language, text).Events, e => e.Type == "TRANSFER");
        Assert.Equal(another, transfer.Another);
    }
}
