using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// "X was added to Canada's sanctions list": whose list it is imposes the sanction, and it is never the one listed. The
/// sentences were written for these tests, about other states and firms than the evaluation sets.
/// </summary>
public sealed class ListOwnersTest
{
    [Theory]
    [InlineData("Havtrade Shipping was added to Canada's sanctions list on Monday.")]
    [InlineData("Havtrade Shipping, a Cuban freight forwarder accused of supplying Venezuela's army, was added to Canada's sanctions list on Monday.")]
    public void Analyze_NameAddedToAStatesList_IsSanctionedByThatState(string text)
    {
        var analysis = Analyze("en", text);
        var sanction = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("ca", Country(analysis, sanction.Actor));
        Assert.NotEqual("ca", Country(analysis, sanction.Target));
    }
}
