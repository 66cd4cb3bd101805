using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A meeting or agreement whose doers are told as one body of two states ("the central banks of Cuba and Vietnam", "Iranian
/// and Syrian officials") has both states as its sides, not one side and a gap. The sentences were written for these tests,
/// about other states than the evaluation sets.
/// </summary>
public sealed class MutualPartnersTest
{
    [Theory]
    [InlineData("en", "The central banks of Cuba and Vietnam have agreed to link their card networks.", "AGREE", "cu", "vn")]
    [InlineData("en", "Iranian and Syrian officials met in Damascus on Monday.", "CONSULT", "ir", "sy")]
    [InlineData("en", "Cuban, Vietnamese trade chiefs sign rice deal", "AGREE", "cu", "vn")]
    [InlineData("de", "Die Außenminister Kubas und Vietnams vereinbarten eine engere Zusammenarbeit.", "AGREE", "cu", "vn")]
    public void Analyze_BodyOfTwoStates_HasBothAsSides(string language, string text, string type, string one, string other)
    {
        var analysis = Analyze(language, text);
        var act = Assert.Single(analysis.Events, e => e.Type == type);
        Assert.Equal(new[] { one, other }.Order(), new[] { Country(analysis, act.Actor), Country(analysis, act.Target) }.Order());
    }

    [Theory]
    [InlineData("en", "Bruno Rodríguez, Cuba's foreign minister, met officials in Hanoi.")]
    [InlineData("en", "The central banks of Cuba and the Cuban province of Holguín agreed on new rules.")]
    public void Analyze_AppositionOrPartOfOneState_IsNoSecondSide(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "CONSULT" && e.Actor is not null && e.Target is not null
            && Country(analysis, e.Actor) == Country(analysis, e.Target));
    }
}
