using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// How far a claim reaches, who an accusation in a relative clause is about, a word of a name that is no cue, and an
/// apposition saying who a person is. Sentences written for these tests.
/// </summary>
public sealed class ClaimsAndAppositionsTest
{
    [Fact]
    public void Analyze_SanctionOnAFirmItAccused_IsAssertedAndTheAccusationIsAboutTheFirm()
    {
        // "accused" describes the firm: only the shipping it tells is a claim; the sanction is told as done, by the
        // sentence itself ("States" in "United States" is no verb of saying).
        const string text = "The United States on Tuesday sanctioned Falcon Gulf, a trading firm it accused of shipping Iranian drones to Russia.";
        var analysis = Analyze("en", text);
        var sanction = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("asserted", sanction.Modality);
        var accusation = Assert.Single(analysis.Events, e => e.Type == "ACCUSE");
        Assert.Equal("us", Country(analysis, accusation.Actor));
        Assert.Equal("Falcon Gulf", Name(analysis, accusation.Target));
        Assert.Equal("asserted", accusation.Modality);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("alleged", transfer.Modality);
    }

    [Fact]
    public void Analyze_AccusationByWhich_ThePronounIsTheMainSubject()
    {
        const string text = "Japan imposed sanctions on the shipping firm Amur Trans Line, which it accuses of carrying North Korean shells to Russia.";
        var analysis = Analyze("en", text);
        var accusation = Assert.Single(analysis.Events, e => e.Type == "ACCUSE");
        Assert.Equal("jp", Country(analysis, accusation.Actor));
        Assert.Equal("Amur Trans Line", Name(analysis, accusation.Target));
    }

    [Fact]
    public void Analyze_Accusation_IsToldAsMade()
    {
        var analysis = Analyze("en", "MOSCOW (AP) - Maria Zakharova, a spokeswoman for the Russian Foreign Ministry, accused Japan of hostility.");
        var accusation = Assert.Single(analysis.Events, e => e.Type == "ACCUSE");
        Assert.Equal("asserted", accusation.Modality);
        Assert.Equal("jp", Country(analysis, accusation.Target));
    }

    [Fact]
    public void Analyze_PersonInAnApposition_IsNoParty()
    {
        const string text = "SEOUL (AP) - Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, threatened on Sunday to respond with force if the United States flew bombers near the peninsula.";
        var analysis = Analyze("en", text);
        var threat = Assert.Single(analysis.Events, e => e.Type == "THREATEN");
        Assert.Equal("Kim Yo Jong", Name(analysis, threat.Actor));
        Assert.Equal("us", Country(analysis, threat.Target));
    }
}
