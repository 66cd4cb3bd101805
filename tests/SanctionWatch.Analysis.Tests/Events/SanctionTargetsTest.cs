using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Whom a sanction names: the object of "blacklisted", the names after "sanctions on the … company", every
/// coordinated target, and never the speaker of a relative clause's "it said" nor, for a participle that describes it
/// ("a trader accused of"), a speaker at all. Sentences written for these tests.
/// </summary>
public sealed class SanctionTargetsTest
{
    [Theory]
    [InlineData("en", "LONDON, May 2 (Reuters) - The U.S. Treasury on Friday blacklisted Orion Maritime, a Greek shipping firm it said had carried Iranian oil to Syria.", "US Treasury", "Orion Maritime")]
    [InlineData("en", "The U.S. Treasury sanctioned Orion Maritime, a firm it accused of shipping drones to Russia.", "US Treasury", "Orion Maritime")]
    public void Analyze_BlacklistedCompanyDescribedByARelativeClause_IsTheTarget(string language, string text, string actor, string target)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal(actor, Name(analysis, e.Actor));
        Assert.Equal(target, Name(analysis, e.Target));
    }

    [Fact]
    public void Analyze_SanctionsOnACompanyAndItsShip_OneSanctionForEach()
    {
        const string text = "The U.S. Treasury on Monday imposed sanctions on the Dubai-based trading company Falcon Gulf and its tanker Sea Breeze over oil deliveries to Syria.";
        var analysis = Analyze("en", text);
        var targets = analysis.Events.Where(e => e.Type == "SANCTION").Select(e => Name(analysis, e.Target)).ToList();
        Assert.Contains("Falcon Gulf", targets);
        Assert.Contains("Sea Breeze", targets);
        Assert.All(analysis.Events.Where(e => e.Type == "SANCTION"), e => Assert.Equal("US Treasury", Name(analysis, e.Actor)));
        Assert.Equal(2, analysis.Events.Count(e => e.Type == "SANCTION"));
    }

    [Theory]
    [InlineData("en", "Russia seized the tanker Eventin and Germany protested on Monday.", "COERCE")]
    [InlineData("de", "Die Regierung erklärte, dass Iran Hamas Waffen liefere.", "TRANSFER")]
    public void Analyze_NameAfterAndOrAnOrganisation_IsNoSecondTargetOrLostSupplier(string language, string text, string type)
    {
        var analysis = Analyze(language, text);
        var events = analysis.Events.Where(e => e.Type == type).ToList();
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => Country(analysis, e.Target) == "Germany" || Name(analysis, e.Target) == "Germany");
        Assert.DoesNotContain(events, e => Name(analysis, e.Actor) == "Hamas");
    }

    [Theory]
    [InlineData("en", "Iran has shipped attack drones to the regime in Damascus, officials said.", "Iran", "Syria")]
    [InlineData("de", "Iran hat nach Angaben von Diplomaten Drohnen an das Regime in Damaskus geliefert.", "Iran", "Syria")]
    public void Analyze_RecipientNamedByItsRulers_IsTheRecipient(string language, string text, string supplier, string recipient)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, e.Actor));
        Assert.Equal(recipient, Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "Canada imposed sanctions on two Iranian generals and a Syrian shipping company on Friday.")]
    [InlineData("de", "Frankreich hat Sanktionen gegen drei iranische Offiziere und eine syrische Reederei verhängt.")]
    public void Analyze_SanctionsOnPartiesNamedByTheirCountry_OneSanctionForEachCountry(string language, string text)
    {
        var analysis = Analyze(language, text);
        var targets = analysis.Events.Where(e => e.Type == "SANCTION").Select(e => Country(analysis, e.Target)).ToList();
        Assert.Equal(["Iran", "Syria"], targets.Order());
    }

    [Fact]
    public void Analyze_GermanCompoundOfAStatesBody_IsThatState()
    {
        var analysis = Analyze("de", "Die US-Regierung hat Sanktionen gegen zwei iranische Firmen verhängt.");
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("us", analysis.Mentions[e.Actor!.Mention].Country);
        Assert.Equal("Iran", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_GermanCompoundOfACountryAndAnExpert_IsNoParty()
    {
        var analysis = Analyze("de", "Der Nordkorea-Experte Lee sagte, die Lage sei ernst.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "Nordkorea");
    }

    private static string? Country(DocumentAnalysis analysis, ArgumentRef? argument) => CountryName(ShortTexts.Country(analysis, argument));

    private static string? CountryName(string? code) => code switch { "ir" => "Iran", "sy" => "Syria", null => null, _ => code };

    [Fact]
    public void Analyze_TargetDescribedByAParticipleOfAccusing_IsTheTargetNotTheSpeaker()
    {
        const string text = "Canada imposed an asset freeze on Orontes Shipping, a Syrian trader accused of smuggling Iranian fuel.";
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("ca", Country(analysis, e.Actor));
        Assert.Equal("Orontes Shipping", Name(analysis, e.Target));
    }

    [Theory]
    [InlineData("de", "Berlin (dpa) - Die EU hat Sanktionen gegen den russischen Konzern Ural Freight Systems und dessen Chef verhängt.", "Ural Freight Systems")]
    [InlineData("en", "LONDON (Reuters) - Britain imposed sanctions on the Russian trading house Volga Maritime on Tuesday.", "Volga Maritime")]
    public void Analyze_CountryAdjectiveAndNounBeforeAName_TheNameIsTheTarget(string language, string text, string target)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal(target, Name(analysis, e.Target));
    }

    [Theory]
    [InlineData("Nach ukrainischen Schätzungen soll Nordkorea Russland bislang mehr als 100 ballistische Raketen überlassen haben.")]
    [InlineData("Laut amerikanischen Angaben hat Nordkorea Russland im Herbst Granaten geliefert.")]
    public void Analyze_AttributionAdjectiveBeforeTheSupplier_DoesNotMarkTheSupplierAsSource(string text)
    {
        // An adjective of the attribution ("Nach ukrainischen Schätzungen") with a verb after its noun: the name after the
        // verb is the subject, not a name the adjective's preposition governs; the direction stays North Korea → Russia.
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("kp", Country(analysis, e.Actor));
        Assert.Equal("ru", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_PassiveSanctionAfterAPhraseOfCause_TheAgentSanctions()
    {
        // The phrase of cause ends before the verb's agent: the government after it sanctions, the drones' maker in it does
        // not, and the agent of the passive supplies no drones.
        const string text = "Ottawa (dpa) - Wegen seiner Rolle bei der Lieferung iranischer Drohnen ist der Geschäftsmann Karim Haddad von der kanadischen Regierung mit Sanktionen belegt worden.";
        var analysis = Analyze("de", text);
        var sanction = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("ca", Country(analysis, sanction.Actor));
        Assert.Equal("Karim Haddad", Name(analysis, sanction.Target));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ca");
    }

    [Theory]
    [InlineData("en", "BRUSSELS (Reuters) - The European Union has added Kavir Lines, an Iranian shipping company, to its sanctions list.")]
    [InlineData("de", "Brüssel (dpa) - Die EU hat die Reederei Kavir Lines, ein Unternehmen aus Bandar Abbas, auf ihre Sanktionsliste gesetzt.")]
    public void Analyze_TargetWithAnApposition_TheListingReachesPastIt(string language, string text)
    {
        // The measure ("to its sanctions list") stands after the apposition's commas; the clause goes on past them.
        var analysis = Analyze(language, text);
        var sanction = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("European Union", Name(analysis, sanction.Actor));
        Assert.Equal("Kavir Lines", Name(analysis, sanction.Target));
    }
}
