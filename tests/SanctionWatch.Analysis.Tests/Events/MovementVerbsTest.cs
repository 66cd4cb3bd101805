using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Verbs that tell goods or people moving without a supplier as subject — arrivals, goods reaching a country (people
/// reaching a place advance, they are not supplied), exports, "has given" — and
/// meetings told with a separable verb; the date of a wire report's dateline is the report's, not the event's.
/// Sentences written for these tests, about other countries than the evaluation sets.
/// </summary>
public sealed class MovementVerbsTest
{
    [Theory]
    [InlineData("de", "Rund 300 iranische Bauarbeiter sind am Montag mit einem Charterflug in Damaskus eingetroffen.", "ir", "sy", "labour")]
    [InlineData("en", "About 200 Iranian workers arrived in Syria by ship on Monday, the ministry said.", "ir", "sy", "labour")]
    [InlineData("en", "Forty tonnes of medicine from Iran arrived in Damascus on Friday.", "ir", "sy", "other")]
    [InlineData("de", "Belarus hat im Mai rund 5.000 Tonnen Weizen nach Syrien ausgeführt.", "by", "sy", "food")]
    [InlineData("en", "Iran has given Syria six combat drones, officials said.", "ir", "sy", "arms")]
    public void Analyze_GoodsOrPeopleMoved_FlowFromOriginToTheCountryReached(string language, string text, string supplier, string recipient, string category)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, e.Actor));
        Assert.Equal(recipient, Country(analysis, e.Target));
        Assert.Contains(e.Items, i => i.Category == category);
    }

    [Theory]
    [InlineData("de", "Der Gast ist am Abend in Damaskus angekommen.")]
    [InlineData("de", "Die Delegation ist pünktlich zum Gipfel eingetroffen.")]
    [InlineData("en", "The minister arrived in Damascus late on Monday.")]
    [InlineData("de", "Die Firma hat die Bauarbeiten wie geplant ausgeführt.")]
    public void Analyze_ArrivalOrExecutionWithoutGoods_IsNoTransfer(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Theory]
    [InlineData("en", "Iranian drones have been reaching Syria by ship since spring, port records suggest.")]
    [InlineData("de", "Iranische Drohnen erreichen Syrien seit dem Frühjahr per Schiff.")]
    [InlineData("en", "Iranian wheat has been reaching Syria since spring.")]
    public void Analyze_GoodsReachingACountry_FlowFromTheirOriginToIt(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "Syrian troops reached the outskirts of Idlib on Monday.")]
    [InlineData("en", "Iranian missiles have reached Israel, the army said.")]
    [InlineData("de", "Iranische Raketen haben Israel erreicht.")]
    [InlineData("de", "Syrien und Iran haben eine Einigung über den Bau erreicht.")]
    [InlineData("en", "The talks between Iran and Syria reached a deadlock over fuel prices.")]
    public void Analyze_ReachWithoutGoods_IsNoTransfer(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_MinistersMetWithSeparableVerb_IsAMeeting()
    {
        const string text = "Der iranische Außenminister Abbas Araghchi ist in Damaskus mit seinem Amtskollegen Asaad al-Shaibani zusammengetroffen.";
        var analysis = Analyze("de", text);
        var meeting = Assert.Single(analysis.Events, e => e.Type == "CONSULT");
        Assert.Equal("Abbas Araghchi", Name(analysis, meeting.Actor));
        Assert.Equal("sy", Country(analysis, meeting.Target)); // the host, not the minister's own country
    }

    [Fact]
    public void Analyze_WireDatelineDate_IsNotTheEventsDate()
    {
        const string text = "TEHRAN, June 12 (Reuters) - Iran exported about 3,000 tonnes of cement to Syria in April, customs data showed.";
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("2025-04", e.Date?.Value);
    }

    [Fact]
    public void Analyze_GoodsThatGotToACountry_CameFromTheirOrigin()
    {
        const string text = "Seoul (Yonhap) - Über den Grenzbahnhof Chassan sind nach Erkenntnissen des Geheimdienstes rund 5.000 iranische Drohnen nach Russland gelangt.";
        var analysis = Analyze("de", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, transfer.Actor));
        Assert.Equal("ru", Country(analysis, transfer.Target));
        Assert.Equal(5000, Assert.Single(transfer.Items).Quantity?.Amount);
    }

    [Fact]
    public void Analyze_GoodsThatGotThroughACountry_ReachedTheCountryAfterIt()
    {
        var analysis = Analyze("de", "Nach Angaben aus Kiew gelangten die iranischen Raketen über Belarus in die Ukraine.");
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ua", Country(analysis, transfer.Target));
    }

    [Theory]
    [InlineData("Belarus hat rund 900 russische Soldaten in das Gebiet Gomel verlegt.")]
    [InlineData("Belarus hat nach Angaben des litauischen Geheimdienstes rund 900 russische Soldaten in das Gebiet Gomel verlegt.")]
    public void Analyze_StateMovingAnotherStatesTroopsOnItsSoil_HostsThem(string text)
    {
        // The object stands before the German participle; the host received the troops, their state sent them.
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ru", Country(analysis, e.Actor));
        Assert.Equal("by", Country(analysis, e.Target));
    }
}
