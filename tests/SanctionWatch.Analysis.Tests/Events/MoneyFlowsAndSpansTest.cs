using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Money as the subject of a flow ("flossen … an", "flowed to") moves from the bank it passed through to whom it reached;
/// a goods word that names makers ("missile makers") is no goods; the money's word is its unit; two dates that bound a
/// span are one date as precise as both share. Sentences written for these tests, about other countries and invented firms.
/// </summary>
public sealed class MoneyFlowsAndSpansTest
{
    [Theory]
    [InlineData("de", "Über die kasachische Altyn-Bank sollen rund 8 Millionen Euro an iranische Rüstungsfirmen geflossen sein.")]
    [InlineData("en", "About $6 million flowed to Iranian drone makers through Altyn Credit Bank of Almaty last year.")]
    public void Analyze_MoneyFlowingThroughABank_IsSuppliedByTheBank(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.StartsWith("Altyn", Name(analysis, e.Actor), StringComparison.Ordinal);
        Assert.Equal("ir", Country(analysis, e.Target));
        Assert.All(e.Items, i => Assert.Equal("finance", i.Category));
    }

    [Theory]
    [InlineData("en", "Information flowed to Tehran through diplomatic channels.")]
    [InlineData("de", "Die Gespräche flossen in den Bericht des Ministeriums ein.")]
    public void Analyze_SomethingOtherThanMoneyFlowing_IsNoTransfer(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_SumNamedInTheMoneysWord_HasThatUnit()
    {
        var analysis = Analyze("de", "Die Sepah Bank soll rund 15 Millionen Dollar an Syrien überwiesen haben.");
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        var money = Assert.Single(e.Items, i => i.Category == "finance");
        Assert.Equal(15_000_000, money.Quantity?.Amount);
        Assert.Equal("usd", money.Quantity?.Unit);
    }

    [Theory]
    [InlineData("de", "Iran lieferte zwischen Februar und April Drohnen an Syrien.", "2025")]
    [InlineData("de", "Von Februar bis April lieferte Iran Drohnen an Syrien.", "2025")]
    [InlineData("en", "Iran shipped drones to Syria from February to April.", "2025")]
    [InlineData("en", "Iran shipped drones to Syria between May 2023 and March 2024.", null)]
    [InlineData("en", "Iran has shipped drones to Syria since March.", "2025")]
    [InlineData("de", "Iran liefert seit März 2023 Drohnen an Syrien.", null)]
    public void Analyze_SpanBetweenTwoDates_IsOneDateAsPreciseAsBothShare(string language, string text, string? expected)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.NotNull(e.Date);
        Assert.Equal(expected, e.Date.Value);
    }

    [Theory]
    [InlineData("en", "Iran shipped drones to Syria in May.", "2025-05")]
    [InlineData("de", "Iran lieferte im Mai Drohnen an Syrien.", "2025-05")]
    [InlineData("en", "Iran shipped drones to Syria over the past year.", null)]
    public void Analyze_ShortMonthAndRecentYear_AreReadAsWritten(string language, string text, string? expected)
    {
        var analysis = Analyze(language, text);
        Assert.Equal(expected, Assert.Single(analysis.Events, e => e.Type == "TRANSFER").Date?.Value);
    }

    [Theory]
    [InlineData("de", "Der Oberst Park Jun wurde von Kanada mit Sanktionen belegt.")]
    [InlineData("en", "May Iran ship drones to Syria? Officials would not say.")]
    public void Analyze_MonthHomographOrAbbreviationAlone_IsNoDate(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.All(analysis.Events, e => Assert.Null(e.Date));
    }
}
