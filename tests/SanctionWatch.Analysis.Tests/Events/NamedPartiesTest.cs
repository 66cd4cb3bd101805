using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A name wins over the adjective that qualifies it ("gegen die iranische Reederei X", "an den syrischen Tanker „Y“"),
/// an event noun's own adjective is its doer and no party of the verb around it, and an attack told with its target
/// only takes the attacker the report names nearby — never one of the target's side. Sentences written for these tests.
/// </summary>
public sealed class NamedPartiesTest
{
    [Theory]
    [InlineData("Die britische Regierung hat Sanktionen gegen die iranische Reederei Sahand Lines verhängt.", "SANCTION", "Sahand Lines")]
    [InlineData("Der Tanker „Golden Reef“ hat vor Zypern Öl an den syrischen Tanker „Arwad Star“ übergeben.", "TRANSFER", "Arwad Star")]
    public void Analyze_AdjectiveBeforeAMarkedName_TheNameIsTheTarget(string text, string type, string target)
    {
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == type);
        Assert.Equal(target, Name(analysis, e.Target));
    }

    [Fact]
    public void Analyze_PassiveInsideAnAttackNoun_TheAdjectiveAttacksThePlace()
    {
        const string text = "Bei einem israelischen Luftangriff auf Beirut sind am Montag drei Menschen getötet worden.";
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("il", Country(analysis, e.Actor));
        Assert.Equal("lb", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_AttackToldWithItsTargetOnly_TakesTheAttackerNamedNearby()
    {
        const string text = "Two Iranian-made drones slammed into a fuel depot in Erbil on Sunday, officials said. The governor said the Turkish strike was the third this month.";
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "ASSAULT" && e.Target is not null);
        Assert.Equal("tr", Country(analysis, e.Actor));
        Assert.Equal("iq", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_AttackerOfTheTargetsOwnSide_IsNotTaken()
    {
        const string text = "A drone hit a power plant in Kharkiv on Sunday. Later that day Ukrainian forces attacked Belgorod.";
        var analysis = Analyze("en", text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Actor) == "ua" && Country(analysis, e.Target) == "ua");
    }

    [Fact]
    public void Analyze_SpeakerTalkingOfAttacks_IsNoAttacker()
    {
        const string text = "Bürgermeister Ihor Terechow sprach von einem der schwersten Angriffe seit Wochen.";
        var analysis = Analyze("de", text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ASSAULT" && Name(analysis, e.Actor) == "Ihor Terechow");
    }

    [Theory]
    [InlineData("de", "Der Sekretär des iranischen Sicherheitsrats, Ali Laridschani, ist in Moskau von Präsident Wladimir Putin empfangen worden.", "Ali Laridschani")]
    [InlineData("en", "President Vladimir Putin held talks with Ali Larijani, secretary of Iran's Security Council, in Moscow on Tuesday.", "Ali Larijani")]
    public void Analyze_BodyInAPersonsTitle_ThePersonIsTheParty(string language, string text, string person)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "CONSULT");
        Assert.Contains(person, new[] { Name(analysis, e.Actor), Name(analysis, e.Target) });
        Assert.DoesNotContain(analysis.Events, x => Name(analysis, x.Actor) is { } a && a.Contains("Sicherheitsrat", StringComparison.Ordinal)
            || Name(analysis, x.Target) is { } t && (t.Contains("Sicherheitsrat", StringComparison.Ordinal) || t.Contains("Security Council", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyze_SourceNamedAfterACommonNoun_IsNoParty()
    {
        var analysis = Analyze("de", "Rund 300 syrische Bauarbeiter arbeiten nach Angaben des ukrainischen Geheimdienstes HUR inzwischen auf der Krim.");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "sy");
        Assert.DoesNotContain(analysis.Events, e => e.Actor is { } a && analysis.Mentions[a.Mention].Text == "HUR" || e.Target is { } t && analysis.Mentions[t.Mention].Text == "HUR");
    }
}
