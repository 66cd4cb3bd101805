using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// The place an attack strikes, where German puts it before the participle: a bare name the parser takes for an oblique,
/// a city named after its kind ("die Großstadt X") that the parser takes for a second subject, and the subject of a
/// passive. Sentences written for these tests.
/// </summary>
public sealed class AttackedPlacesTest
{
    [Theory]
    [InlineData("Russland hat Charkiw am Morgen angegriffen.")]
    [InlineData("Russland hat die ostukrainische Großstadt Charkiw mit Drohnen angegriffen.")]
    [InlineData("Die Millionenstadt Charkiw ist am Morgen von Russland mit Gleitbomben beschossen worden.")]
    public void Analyze_PlaceBeforeTheParticiple_IsTheTarget(string text)
    {
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("ru", Country(analysis, e.Actor));
        Assert.Equal("ua", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_PlaceWhereTheAttackerStood_IsNoTarget()
    {
        var analysis = Analyze("de", "Russland hat von Belgorod aus ukrainische Stellungen angegriffen.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ASSAULT" && Name(analysis, e.Target) == "Belgorod");
    }

    [Theory]
    [InlineData("Syrian troops fired Iranian short-range rockets at Idlib on Sunday.")]
    [InlineData("Syrian troops fired Iranian rockets at Idlib on Sunday.")]
    public void Analyze_WeaponsAdjectiveAfterTheVerb_IsNoSideHit(string text)
    {
        // Iran made the rockets; Idlib, in Syria, was hit. The maker is neither attacker nor target.
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("sy", Country(analysis, e.Actor));
        Assert.NotEqual("ir", Country(analysis, e.Target));
        Assert.Equal("Idlib", Name(analysis, e.Target));
    }

    [Fact]
    public void Analyze_WeaponsStruckAfterTheVerb_AreTheSideHit()
    {
        // No place is aimed at: the Iranian drones hit are Iran's.
        var analysis = Analyze("en", "Israeli jets struck two Iranian drones over the Golan on Sunday.");
        Assert.Contains(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Target) == "ir");
    }

    [Theory]
    [InlineData("en", "Parts of a drone were recovered in Mykolaiv, where a Russian drone strike injured six people overnight.")]
    [InlineData("en", "Mykolaiv was struck by a Russian attack that wounded six people.")]
    [InlineData("de", "Die Trümmer wurden in Mykolajiw geborgen, wo ein russischer Drohnenangriff sechs Menschen verletzte.")]
    public void Analyze_PlaceTheAttackClauseDescribes_IsTheTarget(string language, string text)
    {
        // The place stands outside the attack's own clause: before a relative "where", or as the subject of a passive the attack is the agent of.
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Actor) == "ru" && Country(analysis, e.Target) == "ua");
    }

    [Theory]
    [InlineData("en", "The envoys met in Vienna, where Russian diplomats condemned a Ukrainian drone attack.")]
    [InlineData("de", "Die Gesandten trafen sich in Wien, wo russische Diplomaten einen ukrainischen Drohnenangriff verurteilten.")]
    public void Analyze_PlaceWhereAnAttackIsOnlySpokenOf_IsNoTarget(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Target) == "at");
    }
}
