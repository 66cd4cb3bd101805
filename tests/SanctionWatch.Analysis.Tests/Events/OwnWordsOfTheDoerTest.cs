using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// The words that describe the doer are not another party: "der kubanische Außenminister X" is Cuba's minister, not a meeting
/// with Cuba; and "treffen", which hits, scores and decides as often as it meets, is a meeting only between two sides. The
/// sentences were written for these tests, about other people and states than the evaluation sets.
/// </summary>
public sealed class OwnWordsOfTheDoerTest
{
    [Theory]
    [InlineData("en", "The Cuban foreign minister Bruno Rodríguez accused Washington of hypocrisy.", "ACCUSE", "us")]
    [InlineData("de", "Der kubanische Außenminister Bruno Rodríguez warf Washington Heuchelei vor.", "ACCUSE", "us")]
    public void Analyze_DoersOwnAdjective_IsNotTheTarget(string language, string text, string type, string target)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == type);
        Assert.Equal(target, Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("Der brasilianische Stürmer Marcos Silva traf zweimal.")]
    [InlineData("Die Regierung in Havanna traf eine Entscheidung.")]
    [InlineData("Der kubanische Trainer Luis Pérez traf am Abend in Hanoi ein.")]
    public void Analyze_TreffenWithOneSide_IsNoMeeting(string text)
    {
        Assert.DoesNotContain(Analyze("de", text).Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void Analyze_TreffenWithTwoSides_IsAMeeting()
    {
        var analysis = Analyze("de", "Der kubanische Außenminister Bruno Rodríguez traf am Montag den chinesischen Präsidenten Xi Jinping.");
        var meeting = Assert.Single(analysis.Events, e => e.Type == "CONSULT");
        Assert.Equal("cn", Country(analysis, meeting.Target));
    }

    [Fact]
    public void Analyze_StateAndItsSeatOfPower_AreOneSide()
    {
        // "Spain's ambassador … Madrid's shipment": no event of Spain against Spain.
        var analysis = Analyze("en", "Cuba summoned Spain's ambassador to protest Madrid's shipment of rifles to Venezuela, the foreign ministry said.");
        Assert.DoesNotContain(analysis.Events, e => e.Actor is not null && e.Target is not null && Country(analysis, e.Actor) == Country(analysis, e.Target));
    }
}
