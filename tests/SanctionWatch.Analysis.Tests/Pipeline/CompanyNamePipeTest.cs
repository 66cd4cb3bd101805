using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Tests.Pipeline;

/// <summary>
/// Company names told by a kind of company before them or a company word ending them, kept whole where the tagger would
/// split them at a word it knows as a place or a person. Names invented for these tests.
/// </summary>
public sealed class CompanyNamePipeTest
{
    [Theory]
    [InlineData("de", "Die Reederei Baltic Star Lines brachte Öl nach Syrien.", "Baltic Star Lines")]
    [InlineData("de", "Nach Angaben der Behörden lieferte die Firma Amur Trade Ersatzteile an Syrien.", "Amur Trade")]
    [InlineData("en", "The shipping firm Caspian Freight carried oil to Syria.", "Caspian Freight")]
    [InlineData("en", "The accounts were held by Dalny Credit Bank, the ministry said.", "Dalny Credit Bank")]
    [InlineData("en", "Dalny Credit Bank held the accounts.", "Dalny Credit Bank")]
    [InlineData("de", "Betroffen ist das Hongkonger Unternehmen Crescent Tide Shipping.", "Crescent Tide Shipping")]
    [InlineData("en", "Japan froze the assets of the logistics firm Tumen Shipping.", "Tumen Shipping")]
    [InlineData("de", "Die EU hat die russische Regionalbank Amurski Kredit mit Sanktionen belegt.", "Amurski Kredit")]
    [InlineData("en", "The EU blacklisted Amursky Kredit, a small lender in Khabarovsk.", "Amursky Kredit")]
    [InlineData("de", "Großbritannien hat die Vermögen von Baikal Logistik eingefroren.", "Baikal Logistik")]
    [InlineData("de", "Betroffen ist auch Orlan Handelsgesellschaft aus Wladiwostok.", "Orlan Handelsgesellschaft")]
    public void Analyze_DescribedOrHeadedCompany_IsOneCompanyMention(string language, string text, string name)
    {
        var analysis = Analyze(language, text);
        var company = Assert.Single(analysis.Mentions, m => m.Text == name);
        Assert.Equal(SchemaNames.Company, company.Schema);
        Assert.DoesNotContain(analysis.Mentions, m => m.Start > company.Start && m.End <= company.End);
    }

    [Theory]
    [InlineData("en", "Canada sanctioned the trader Karim Haddad on Friday.", "Karim Haddad")]
    [InlineData("en", "Russian Railways signed the deal with Syria.", "Russia")]
    public void Analyze_PersonAfterATraderOrACountryWithOneWord_IsNoCompany(string language, string text, string name)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Mentions, m => m.Schema == SchemaNames.Company && (m.Text.Contains(name.Split(' ')[0], StringComparison.Ordinal) || m.Name == name));
    }

    [Theory]
    [InlineData("en", "The Free Trade Agreement was signed in Minsk.")]
    [InlineData("de", "Die Firma Waffen nach Syrien zu liefern, war verboten.")]
    public void Analyze_NoCompanyWords_AddsNoCompany(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Mentions, m => m.Schema == SchemaNames.Company && m.Source == "pattern");
    }

    [Fact]
    public void Analyze_CommonNounAfterAnAdjective_IsNoPartOfTheName()
    {
        var analysis = Analyze("de", "Das US-Finanzministerium hat das in Minsk ansässige Handelshaus Amber Gate Trading auf seine Sanktionsliste gesetzt.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.Contains("Handelshaus", StringComparison.Ordinal));
    }
}
