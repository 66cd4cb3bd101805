using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// What money pays for is no item of the payment, and a participle that describes goods ("shells sent to Syria") names its
/// own parties, not those of the clause around it. Sentences written for these tests, about other countries than the evaluation sets.
/// </summary>
public sealed class PaymentsAndParticiplesTest
{
    [Theory]
    [InlineData("de", "Die iranische Sepah Bank soll für syrische Rohöllieferungen mindestens 20 Millionen Dollar an Syrien überwiesen haben.")]
    [InlineData("en", "Sepah Bank wired at least $20 million to Syria for Syrian crude oil, officials said.")]
    public void Analyze_PaymentForGoods_CarriesOnlyTheMoney(string language, string text)
    {
        var analysis = Analyze(language, text);
        var payment = Assert.Single(analysis.Events, e => e.Type == "TRANSFER" && e.Items.Any(i => i.Category == "finance"));
        Assert.Equal("sy", Country(analysis, payment.Target));
        Assert.All(payment.Items, i => Assert.Equal("finance", i.Category));
        Assert.Equal(20_000_000, Assert.Single(payment.Items).Quantity?.Amount);
    }

    [Fact]
    public void Analyze_ParticipleDescribingGoods_IsNotSentByTheClausesSubject()
    {
        var analysis = Analyze("en", "Sepah Bank moved the money, officials said, to pay for rockets sent to Syria last year.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Name(analysis, e.Actor) == "Sepah Bank" && Country(analysis, e.Target) == "sy"
            && e.Items.Any(i => i.Category is "missiles" or "arms"));
    }

    [Fact]
    public void Analyze_ValueOfGoodsInDollars_IsNoPayment()
    {
        var analysis = Analyze("en", "Iran shipped $5 million worth of crude oil to Syria in May, officials said.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.DoesNotContain(e.Items, i => i.Category == "finance");
        Assert.Equal("ir", Country(analysis, e.Actor));
    }

    [Fact]
    public void Analyze_AgentOfAParticipleOnTheRecipient_IsNoSupplier()
    {
        // Written against a reversed arrow: the ministry controls the wallets the money went to; it sent nothing.
        var analysis = Analyze("en", "About $30 million was sent last year to wallets controlled by Syria's defence ministry, investigators said.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "sy");
    }

    [Theory]
    [InlineData("en", "Iran paid Syria $10 million for combat drones, officials said.")]
    [InlineData("de", "Iran soll Syrien für Kampfdrohnen mit Goldbarren im Wert von rund 10 Millionen Dollar bezahlt haben.")]
    public void Analyze_PaymentForGoods_TheGoodsFlowBackFromThePayee(string language, string text)
    {
        var analysis = Analyze(language, text);
        var payment = Assert.Single(analysis.Events, e => e.Type == "TRANSFER" && e.Items.Any(i => i.Category == "finance"));
        Assert.Equal("ir", Country(analysis, payment.Actor));
        Assert.Equal("sy", Country(analysis, payment.Target));
        var goods = Assert.Single(analysis.Events, e => e.Type == "TRANSFER" && e.Items.Any(i => i.Category == "arms"));
        Assert.Equal("sy", Country(analysis, goods.Actor));
        Assert.Equal("ir", Country(analysis, goods.Target));
        Assert.Null(Assert.Single(goods.Items).Quantity); // the sum paid is no count of drones
    }

    [Theory]
    [InlineData("en", "Iran's foreign minister paid a visit to Damascus on Monday.")]
    [InlineData("en", "Syria will pay a heavy price for its alliance with Iran, the minister said.")]
    public void Analyze_PayWithoutMoney_IsNoTransfer(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }
}
