using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Parties that stand next to an event without taking part in it: the list named in the clause of a blocked proposal (its
/// author is the side refused), the one a measure is over ("has been under an embargo"), and who observed a shipment.
/// The sentences were written for these tests, about other parties than the evaluation sets.
/// </summary>
public sealed class OwnersAndWitnessesTest
{
    [Theory]
    [InlineData("Russia blocked a British proposal to add five vessels to the U.N. sanctions list.", "ru", "gb")]
    [InlineData("China blocked a Japanese proposal to add two firms to the U.N. sanctions list.", "cn", "jp")]
    public void Analyze_BlockedProposal_IsRefusedToItsAuthorNotToTheListInIt(string text, string actor, string author)
    {
        var analysis = Analyze("en", text);
        var refusal = Assert.Single(analysis.Events, e => e.Type == "REJECT");
        Assert.Equal(actor, Country(analysis, refusal.Actor));
        Assert.Equal(author, Country(analysis, refusal.Target));
    }

    [Fact]
    public void Analyze_CountryUnderAnEmbargo_IsItsTarget()
    {
        var analysis = Analyze("en", "Cuba has been under a U.S. trade embargo since 1962.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION" && Country(analysis, e.Actor) == "cu");
        Assert.Contains(analysis.Events, e => e.Type == "SANCTION" && Country(analysis, e.Actor) == "us" && Country(analysis, e.Target) == "cu");
    }

    [Fact]
    public void Analyze_WhoDetectedAShipment_IsNoPartyToIt()
    {
        var analysis = Analyze("en", "Turkey's navy detected a shipment of rockets to Libya.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "tr");
    }

    [Fact]
    public void Analyze_AttackNounAsSubjectWithItsAdjective_StaysForTheDocument()
    {
        // One side only, but the document's other sentences may complete the happening it names.
        var analysis = Analyze("en", "The mayor said the Israeli strike was the heaviest in weeks.");
        Assert.Contains(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Actor) == "il");
    }

    [Theory]
    [InlineData("de", "Präsident Emmanuel Macron forderte die Verbündeten Frankreichs auf, mehr Munition zu liefern.")]
    [InlineData("en", "President Emmanuel Macron urged France's allies to send more ammunition.")]
    public void Analyze_StateWhoseAlliesAreAsked_IsNotAsked(string language, string text)
    {
        // Its allies are; the state itself takes no part as their possessor.
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => Country(analysis, e.Target) == "fr");
    }

    [Fact]
    public void Analyze_NameTheTreeGivesAnotherVerb_IsNotItsRecipient()
    {
        // (With "should Belarus supply Russia with more shells" the parser tags "supply" an adverb: no verb, nothing to read.)
        var analysis = Analyze("en", "Japan would consider sending arms to Ukraine should Iran provide Russia with more drones, an official said.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == "ua");
    }

    [Fact]
    public void Analyze_NumberTheTaggerTakesForAVerb_OpensNoClause()
    {
        // "two hundred" tagged a verb with the goods as its object: the supplier after them is still the receipt's.
        var analysis = Analyze("en", "Syria received around two hundred tonnes of rocket fuel components from Iran in 2024, according to a report.");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == "sy");
    }
}
