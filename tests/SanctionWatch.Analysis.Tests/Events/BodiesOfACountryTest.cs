using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A country adjective on a body that acts for that country ("iranischen Rüstungsfabriken", "a Syrian customer", "Belarusian
/// defence contractors") makes the country the party, while an adjective on goods stays an origin and a body named after its
/// noun is the named body; a ministry named by its seat ("the defence ministry in Canberra") is that seat's state.
/// Sentences written for these tests, about other countries and goods than any evaluation item.
/// </summary>
public sealed class BodiesOfACountryTest
{
    [Theory]
    [InlineData("de", "Eine armenische Firma soll iranischen Rüstungsfabriken rund 4000 Drohnenmotoren geliefert haben.", "am", "ir")]
    [InlineData("de", "Belarussische Händler verkauften syrischen Abnehmern laut Zolldaten mehrere Hundert Panzerabwehrraketen.", "by", "sy")]
    [InlineData("en", "An Armenian firm sold about 300 drone engines to a Syrian customer last year.", "am", "sy")]
    [InlineData("en", "Belarusian defence contractors shipped artillery shells to Iranian forces in March.", "by", "ir")]
    public void Analyze_CountryAdjectiveOnABody_IsTheParty(string language, string text, string supplier, string recipient)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, e.Actor));
        Assert.Equal(recipient, Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_CountryAdjectiveOnGoods_StaysTheirOrigin()
    {
        // The adjective describes the rifles: Armenia is where they came from, Syria received them; no Armenian body took part.
        const string text = "Iran lieferte Syrien armenische Sturmgewehre.";
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_BodyNamedAfterItsNoun_TheNameIsTheParty()
    {
        const string text = "Iran hat der syrischen Firma Qasioun Trading zwanzig Radargeräte verkauft.";
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Qasioun Trading", Name(analysis, e.Target));
    }

    [Theory]
    [InlineData("de", "Das Verteidigungsministerium in Tokio forderte Peking auf, die Manöver sofort zu beenden.")]
    [InlineData("en", "The defence ministry in Tokyo urged Beijing to end the drills at once.")]
    public void Analyze_MinistryNamedByItsSeat_IsThatState(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "REQUEST");
        Assert.Equal("jp", Country(analysis, e.Actor));
        Assert.Equal("cn", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_ReceiverDescribedByItsCountry_ItsCountrySuppliesNothing()
    {
        // The adjective and the body describe the named receiver; the money came through the bank, which stands as its supplier.
        const string text = "A Syrian trading firm, Qasioun Trading, received about $4 million last year through Aras Kredit Bank, the Treasury said.";
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Qasioun Trading", Name(analysis, e.Target));
        Assert.Equal("Aras Kredit Bank", Name(analysis, e.Actor));
    }

    [Theory]
    [InlineData("en", "Armenia sold 120 drone engines to a Tehran-based trading desk last spring.", "am", "ir")]
    [InlineData("de", "Armenien soll rund 300 Drohnenmotoren an einen Teheraner Händler verkauft haben.", "am", "ir")]
    [InlineData("de", "Ein Minsker Händler soll Syrien rund 300 Drohnen verkauft haben.", "by", "sy")]
    public void Analyze_BodyToldByItsHomeAlone_IsThatHomesCountry(string language, string text, string supplier, string recipient)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, e.Actor));
        Assert.Equal(recipient, Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_BodyToldByItsHomeWithANameAfter_TheNameIsTheParty()
    {
        const string text = "Armenia sold drone engines to the Tehran-based firm Pars Avand Trading last spring.";
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Pars Avand Trading", Name(analysis, e.Target));
    }
}
