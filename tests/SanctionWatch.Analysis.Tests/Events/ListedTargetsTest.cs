using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A sanction whose targets are named after it ("Betroffen sind …", "including …", "The sanctions also cover …"), and
/// sanctions told as a listing or an asset freeze ("auf die Sanktionsliste gesetzt", "froze the assets of"). Sentences
/// written for these tests.
/// </summary>
public sealed class ListedTargetsTest
{
    [Theory]
    [InlineData("de", "Großbritannien hat Sanktionen gegen zwei syrische Firmen verhängt. Betroffen sind die Reedereien Levante Shipping und Orontes Shipping.")]
    [InlineData("en", "Britain imposed sanctions on two Syrian firms on Monday. The measures cover the shipping companies Levante Shipping and Orontes Shipping.")]
    [InlineData("de", "Großbritannien hat Sanktionen gegen zwei syrische Firmen verhängt. Betroffen seien die Reedereien Levante Shipping und Orontes Shipping, teilte das Außenministerium mit.")]
    public void Analyze_TargetsNamedInTheNextSentence_OneSanctionForEach(string language, string text)
    {
        var analysis = Analyze(language, text);
        var sanctions = analysis.Events.Where(e => e.Type == "SANCTION").ToList();
        Assert.Equal(["Levante Shipping", "Orontes Shipping"], sanctions.Select(e => Name(analysis, e.Target)).Order().ToArray());
        Assert.All(sanctions, e => Assert.Equal("gb", Country(analysis, e.Actor)));
    }

    [Fact]
    public void Analyze_AssetFreezeIncludingANamedFirm_IsASanctionOnIt()
    {
        const string text = "Britain froze the assets of six companies it accused of shipping Iranian oil to Syria, including the Latakia-based trader Orontes Shipping.";
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("gb", Country(analysis, e.Actor));
        Assert.Equal("Orontes Shipping", Name(analysis, e.Target));
    }

    [Theory]
    [InlineData("de", "Das britische Außenministerium hat die syrische Reederei Orontes Shipping auf seine Sanktionsliste gesetzt.")]
    [InlineData("en", "Britain added the Syrian shipping company Orontes Shipping to its sanctions list on Monday.")]
    public void Analyze_PutOnASanctionsList_IsASanction(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("Orontes Shipping", Name(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "Syrian exports rose sharply last year, including shipments by Orontes Shipping to Lebanon.")]
    [InlineData("de", "Die Regierung setzt auf Gespräche mit der Reederei Orontes Shipping.")]
    [InlineData("en", "Britain imposed sanctions on Syria. Countries including France and Italy welcomed the step.")]
    [InlineData("de", "Die EU verhängte Sanktionen gegen Syrien. In der Nacht griff Israel Damaskus an. Betroffen war auch ein Lager der Firma Orontes Shipping.")]
    public void Analyze_ListingWordsWithNoSanctionOrOnlyCountries_AreNoSanctionOnACompany(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION" && Name(analysis, e.Target) is "Orontes Shipping" or "France" or "Italy");
    }

    [Theory]
    [InlineData("de", "Syrien setzte die Öllieferungen an den Libanon trotz der Sanktionen fort.")]
    [InlineData("de", "UN-Experten belegen Verstöße Syriens gegen die Sanktionen.")]
    [InlineData("en", "Damascus added Iranian engineers to its projects despite sanctions.")]
    public void Analyze_MeasureMentionedInPassing_MakesNoSanction(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION");
    }

    [Theory]
    [InlineData("de", "Kanada hat Sanktionen gegen drei Firmen verhängt. Auf der Liste stehen nach Angaben von Außenministerin Mélanie Joly die Reederei Levante Marine Lines, der Betrieb Orontes Aero Services sowie der Händler Karim Haddad.")]
    [InlineData("en", "Canada imposed sanctions on three firms on Friday. Listed were the shipping company Levante Marine Lines, Orontes Aero Services and the trader Karim Haddad, Foreign Minister Mélanie Joly told reporters.")]
    public void Analyze_ListNamedAfterASanction_EveryItemButTheSourceIsATarget(string language, string text)
    {
        var analysis = Analyze(language, text);
        var targets = analysis.Events.Where(e => e.Type == "SANCTION" && e.Target is not null).Select(e => Name(analysis, e.Target)).Order().ToArray();
        Assert.Equal(["Karim Haddad", "Levante Marine Lines", "Orontes Aero Services"], targets);
        Assert.All(analysis.Events.Where(e => e.Type == "SANCTION"), e => Assert.Equal("ca", Country(analysis, e.Actor)));
    }

    [Fact]
    public void Analyze_SomethingElseStandsBehindTheDeliveries_IsNoListing()
    {
        var analysis = Analyze("de", "Die EU hat Sanktionen gegen Syrien verhängt. Hinter den Lieferungen stehen Firmen wie Orontes Aero Services.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION" && Name(analysis, e.Target) == "Orontes Aero Services");
    }

    [Fact]
    public void Analyze_FreezeOnACompanyThatTheBlocSaysShipped_TargetsTheCompanyAndTheBlocShipsNothing()
    {
        const string text = "BRUSSELS (AFP) - European Union governments on Tuesday imposed an asset freeze on Levante Marine, a shipping company based in Latakia that the bloc says has ferried Iranian drones to Russian ports.";
        var analysis = Analyze("en", text);
        var sanction = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("Levante Marine", Name(analysis, sanction.Target));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Name(analysis, e.Actor) == "European Union");
    }
}
