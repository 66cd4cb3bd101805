using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Tests.Pipeline;

/// <summary>A person named after a country's title, or a ship after a country's ship noun, gets that country; a name with no title before it, or a title cut off by punctuation, does not.</summary>
public sealed class AffiliationPipeTest
{
    [Theory]
    [InlineData("en", "Chilean President Gabriel Boric met reporters in Lima on Monday.", "Gabriel Boric", "cl")]
    [InlineData("en", "Morocco's King Mohammed VI opened the session.", "Mohammed VI", "ma")]
    [InlineData("de", "Perus Außenminister Elmer Schialer reiste am Montag nach Santiago.", "Elmer Schialer", "pe")]
    public void Analyze_PersonAfterACountrysTitle_GetsThatCountry(string language, string text, string name, string country)
    {
        var analysis = Analyze(language, text);
        var person = Assert.Single(analysis.Mentions, m => m.Schema == SchemaNames.Person && m.Text.Contains(name, StringComparison.Ordinal));
        Assert.Equal(country, person.Country);
    }

    [Theory]
    [InlineData("en", "The talks in Chile ended. Gabriel Boric said nothing.", "Gabriel Boric")]
    [InlineData("en", "Chilean writer Isabel Allende signed books in Lima.", "Isabel Allende")]
    [InlineData("en", "U.S. aid to Peru was announced by President Tomas Keller on Monday.", "Tomas Keller")]
    public void Analyze_NoTitleBetween_LeavesTheCountryOpen(string language, string text, string name)
    {
        var analysis = Analyze(language, text);
        var person = Assert.Single(analysis.Mentions, m => m.Schema == SchemaNames.Person && m.Text.Contains(name, StringComparison.Ordinal));
        Assert.Null(person.Country);
    }

    [Theory]
    [InlineData("de", "Der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, reiste nach Teheran.")]
    [InlineData("en", "Russia's Security Council secretary Sergei Shoigu travelled to Tehran.")]
    public void Analyze_SecurityCouncilOfACountry_IsNotTheUnitedNations(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Mentions, m => m.Name == "UN Security Council");
    }

    [Theory]
    [InlineData("de", "Der UN-Sicherheitsrat tagte am Montag in New York.")]
    [InlineData("en", "The U.N. Security Council met on Monday in New York.")]
    public void Analyze_TheUnitedNationsSecurityCouncil_StaysLinked(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Mentions, m => m.Name == "UN Security Council");
    }

    [Theory]
    [InlineData("en", "The Iranian tanker Sea Lantern 3 unloaded fuel at the Syrian port of Baniyas.", "Sea Lantern", "ir")]
    [InlineData("de", "Der iranische Frachter „Blue Caspian“ legte am Montag in Latakia an.", "Blue Caspian", "ir")]
    public void Analyze_ShipAfterACountrysShipNoun_GetsThatCountry(string language, string text, string name, string country)
    {
        var analysis = Analyze(language, text);
        var ship = Assert.Single(analysis.Mentions, m => m.Schema == SchemaNames.Vessel && m.Text.Contains(name, StringComparison.Ordinal));
        Assert.Equal(country, ship.Country);
    }

    [Fact]
    public void Analyze_ShipWithNoCountryBeforeItsNoun_LeavesTheCountryOpen()
    {
        var analysis = Analyze("en", "Iran said on Monday that the tanker Sea Lantern 3 had unloaded fuel in Baniyas.");
        var ship = Assert.Single(analysis.Mentions, m => m.Schema == SchemaNames.Vessel);
        Assert.Null(ship.Country);
    }

    [Theory]
    [InlineData("en", "The EU froze the assets of Levante Flot, a shipping company based in Latakia.", "Levante Flot")]
    [InlineData("de", "Betroffen ist Orontes Marin, eine Reederei aus Latakia.", "Orontes Marin")]
    public void Analyze_NameDescribedAsACompany_IsACompany(string language, string text, string name)
    {
        var analysis = Analyze(language, text);
        Assert.Equal(SchemaNames.Company, Assert.Single(analysis.Mentions, m => m.Text == name).Schema);
    }
}
