using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Tests.Pipeline;

/// <summary>
/// A company no list knows takes the country the words around its name give it: a country or a place before it, past
/// kinds of company and a possessive; an apposition; where it sits. Words that do not describe it give it nothing.
/// Sentences written for these tests, about other countries and invented firms.
/// </summary>
public sealed class CompanyHomePipeTest
{
    [Theory]
    [InlineData("en", "Kazakhstan's Altyn Credit Bank wired the money in March.", "Altyn Credit Bank", "kz")]
    [InlineData("en", "Dubai-based Sandline Freight LLC chartered the vessel.", "Sandline Freight", "ae")]
    [InlineData("en", "The cash went through Meridian Pay Ltd, a Minsk-based payment firm, the report said.", "Meridian Pay", "by")]
    [InlineData("en", "Officials named Golden Reed Trading, a Laotian exporter, as the buyer.", "Golden Reed Trading", "la")]
    [InlineData("en", "An Almaty bank, Steppe Capital Bank, handled the transfers.", "Steppe Capital Bank", "kz")]
    [InlineData("de", "Die Hongkonger Reederei Sea Crest Lines charterte das Schiff.", "Sea Crest Lines", "hk")]
    [InlineData("de", "Die kasachische Regionalbank Altyn-Bank überwies das Geld im März.", "Altyn-Bank", "kz")]
    [InlineData("de", "Das Geld lief über die Firma Nordlicht Handel GmbH mit Sitz in Minsk.", "Nordlicht Handel", "by")]
    public void Analyze_CompanyDescribedByItsHome_TakesThatCountry(string language, string text, string name, string country)
    {
        var analysis = Analyze(language, text);
        var company = Assert.Single(analysis.Mentions, m => m.Schema is SchemaNames.Company or SchemaNames.Organization && m.Text.Contains(name, StringComparison.Ordinal));
        Assert.Equal(country, company.Country);
    }

    [Fact]
    public void Analyze_PlaceGluedToTheName_LeavesTheName()
    {
        var analysis = Analyze("en", "Almaty-based Steppe Capital Bank handled the transfers.");
        var company = Assert.Single(analysis.Mentions, m => m.Schema is SchemaNames.Company or SchemaNames.Organization);
        Assert.Equal("Steppe Capital Bank", company.Text);
        Assert.Equal("kz", company.Country);
    }

    [Theory]
    [InlineData("en", "Sanctions on Kazakhstan hurt Steppe Capital Bank, its chairman said.", "Steppe Capital Bank")]
    [InlineData("en", "Meridian Pay Ltd, which opened an office in Minsk last year, declined to comment.", "Meridian Pay")]
    [InlineData("de", "Nach dem Treffen in Minsk erklärte die Firma Nordlicht Handel GmbH, sie liefere nichts.", "Nordlicht Handel")]
    [InlineData("de", "Empfänger sei die Firma Nordlicht Handel GmbH, die Holz nach Japan verkaufe.", "Nordlicht Handel")]
    public void Analyze_PlaceThatDoesNotDescribeTheCompany_GivesItNoCountry(string language, string text, string name)
    {
        var analysis = Analyze(language, text);
        var company = Assert.Single(analysis.Mentions, m => m.Schema is SchemaNames.Company or SchemaNames.Organization && m.Text.Contains(name, StringComparison.Ordinal));
        Assert.Null(company.Country);
    }
}
