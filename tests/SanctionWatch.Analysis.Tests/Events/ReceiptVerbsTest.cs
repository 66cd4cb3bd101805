using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Verbs of receipt around a supply noun ("took delivery of", "accepted a shipment", "in Empfang genommen") make their subject
/// the recipient, and a state that stations another state's troops or workers on its soil hosts them: the arrow runs from
/// the state that sent them. Sentences written for these tests, about other countries than the evaluation sets.
/// </summary>
public sealed class ReceiptVerbsTest
{
    [Theory]
    [InlineData("en", "Syria took delivery of 40 drones from Belarus last month.")]
    [InlineData("en", "Syria has taken delivery of the first batch of Belarusian drones.")]
    [InlineData("en", "Syria accepted a shipment of 40 drones from Belarus in March.")]
    [InlineData("en", "The Syrian army took possession of 40 Belarusian drones last month.")]
    [InlineData("en", "Syria received a delivery of 40 drones from Belarus last month.")]
    [InlineData("de", "Syrien hat im März eine Lieferung von 40 Drohnen aus Belarus in Empfang genommen.")]
    [InlineData("de", "Syrien nahm im März 40 Drohnen aus Belarus in Empfang.")]
    [InlineData("de", "Syrien nahm im März die Lieferung belarussischer Drohnen entgegen.")]
    public void Analyze_SubjectOfAVerbOfReceipt_IsTheRecipient(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("by", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "CONSULT"); // "Empfang" is no reception here
    }

    [Theory]
    [InlineData("en", "Belarus took over the delivery of Iranian drones to Syria last month.", "by")]
    [InlineData("de", "Belarus nahm die Lieferungen von Drohnen an Syrien im Mai wieder auf.", "by")]
    public void Analyze_TakingVerbInAnotherSense_LeavesTheSupplier(string language, string text, string supplier)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Target) == supplier);
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Target) == "sy");
    }

    [Theory]
    [InlineData("en", "Belarus has stationed about 500 Syrian workers at a plant near Minsk, officials said.", "sy", "by")]
    [InlineData("en", "Iran has stationed some 300 Iraqi soldiers at a base in its Khuzestan province.", "iq", "ir")]
    [InlineData("en", "Iran deployed 300 Iranian soldiers to Syria last year.", "ir", "sy")]
    public void Analyze_StateStationsAnotherStatesPeople_ItHostsThem(string language, string text, string supplier, string recipient)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, e.Actor));
        Assert.Equal(recipient, Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_PeopleOfAPurposeClause_AreNotHosted()
    {
        // Written against a reversed arrow: "its soldiers" are sent; the "Iranian forces" they would fight beside send nobody.
        var analysis = Analyze("en", "Armenia will not send its soldiers to fight alongside Iranian forces, the president said.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir");
    }

    [Fact]
    public void Analyze_SubjectRelativeAfterAName_TheNameSends()
    {
        var analysis = Analyze("en", "The minister drew a contrast with Iran, which has deployed thousands of fighters to Syria's Idlib province.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }
}
