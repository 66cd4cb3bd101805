using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A date times the word that governs it: the day a source spoke is not the day the shipment it tells of happened, and an
/// earlier shipment named in a phrase of the sentence keeps its own date and count. The sentences were written for these
/// tests, about other goods and parties than the evaluation sets.
/// </summary>
public sealed class DatesOfTheirWordTest
{
    [Theory]
    [InlineData("en", "Iran has shipped about 400 drones to Russia in recent weeks, a Ukrainian general said Tuesday.")]
    [InlineData("en", "Belarus delivered 30 tanks to Russia, the ministry said on Friday.")]
    [InlineData("de", "Iran hat Russland rund 400 Drohnen geliefert, teilte das ukrainische Militär am Dienstag mit.")]
    [InlineData("de", "Belarus habe Russland 30 Panzer geliefert, sagte ein Sprecher am Freitag.")]
    public void Analyze_DateOfTheStatement_IsNotTheDateOfTheShipment(string language, string text)
    {
        var transfer = Assert.Single(Analyze(language, text).Events, e => e.Type == "TRANSFER");
        Assert.Null(transfer.Date);
    }

    [Theory]
    [InlineData("en", "Iran shipped about 400 drones to Russia on Tuesday, a Ukrainian general said.", "2025-06-10")]
    [InlineData("de", "Iran hat am Dienstag rund 400 Drohnen an Russland geliefert, sagte ein ukrainischer General.", "2025-06-10")]
    public void Analyze_DateOfTheShipmentItself_StaysWithIt(string language, string text, string expected)
    {
        var transfer = Assert.Single(Analyze(language, text).Events, e => e.Type == "TRANSFER");
        Assert.Equal(expected, transfer.Date?.Value);
    }

    [Fact]
    public void Analyze_EarlierShipmentNamedAfterTheNews_KeepsItsDateAndNotTheNewCount()
    {
        const string text = "Belarus has sent about 60 more trucks loaded with fuel to Russia, officials said, two weeks after a larger delivery in May.";
        var transfers = Analyze("en", text).Events.Where(e => e.Type == "TRANSFER").ToList();
        var counted = transfers.Where(e => e.Items.Any(i => i.Quantity?.Amount == 60)).ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, e => Assert.Null(e.Date));
        var earlier = Assert.Single(transfers, e => e.Date is not null);
        Assert.Equal("2025-05", earlier.Date!.Value);
        Assert.DoesNotContain(earlier.Items, i => i.Quantity is not null);
    }

    [Theory]
    [InlineData("en", "A Laotian trading firm received about 1.5 billion kip from a Chinese bank, officials said.")]
    [InlineData("en", "Iran sold 2.3 million barrels of crude to Syria, the report said.")]
    public void Analyze_DecimalAmount_IsNoDayAndMonth(string language, string text)
    {
        // "1.5 billion" and "2.3 million" read as 1 May and 2 March would date the transfer and keep it from its other reports.
        var transfer = Assert.Single(Analyze(language, text).Events, e => e.Type == "TRANSFER");
        Assert.Null(transfer.Date);
    }
}
