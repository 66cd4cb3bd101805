using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// "übernehmen" and "holen" receive, "rotated into" sends, "placed under an asset freeze" lists, and a ship's flag is no
/// party whatever the tagger took it for. Sentences written for these tests, about other countries than the evaluation sets.
/// </summary>
public sealed class MoreReceiptVerbsTest
{
    [Fact]
    public void Analyze_TankerTookOverOilFromAnotherShip_ReceivesIt()
    {
        var analysis = Analyze("de", "Ein syrischer Tanker soll rund 20.000 Barrel Rohöl von einem iranischen Schiff übernommen haben.");
        var flow = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, flow.Actor));
        Assert.Equal("sy", Country(analysis, flow.Target));
    }

    [Fact]
    public void Analyze_WorkersFetched_AreReceivedByWhoFetchedThem()
    {
        var analysis = Analyze("de", "Russland hat nach Angaben aus Regierungskreisen rund 500 syrische Arbeitskräfte nach Tatarstan geholt.");
        var flow = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("sy", Country(analysis, flow.Actor));
        Assert.Equal("ru", Country(analysis, flow.Target));
    }

    [Fact]
    public void Analyze_SoldiersRotatedIntoACountry_AreSentThere()
    {
        var analysis = Analyze("en", "About 2,000 Iranian soldiers have been rotated into Syria, officials said.");
        var flow = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, flow.Actor));
        Assert.Equal("sy", Country(analysis, flow.Target));
    }

    [Fact]
    public void Analyze_PlacedUnderAnAssetFreeze_IsAListing()
    {
        var analysis = Analyze("en", "Levant Star Shipping has been placed under an asset freeze by Canada, the ministry said.");
        var listing = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("ca", Country(analysis, listing.Actor));
        Assert.Equal("Levant Star Shipping", Name(analysis, listing.Target));
    }

    [Fact]
    public void Analyze_FlagOfTheGivingShip_IsNoSupplier()
    {
        var analysis = Analyze("de", "Der syrische Tanker „Qadmus 3“ hat auf hoher See Diesel von dem unter der Flagge Sierra Leones fahrenden Tanker „Blue Heron“ übernommen.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "sl");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Name(analysis, e.Actor) == "Blue Heron");
    }
}
