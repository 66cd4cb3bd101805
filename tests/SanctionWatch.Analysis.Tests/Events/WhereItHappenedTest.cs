using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Where an event happened and what it struck: the place an attack is aimed at ("Angriff auf die Stadt X") is its target even
/// when the sentence goes on with another country's adjective; where its weapons were made ("einer in X gebauten Rakete") or
/// launched from is no location of it; "north of X" places a transfer, it names no party. The sentences were written for
/// these tests, about other places than the evaluation sets.
/// </summary>
public sealed class WhereItHappenedTest
{
    [Fact]
    public void Analyze_AttackAimedAtACity_KeepsTheCityOverALaterAdjective()
    {
        var analysis = Analyze("de", "Nach dem russischen Drohnenangriff auf die Stadt Sumy haben ukrainische Feuerwehrleute drei Brände gelöscht.");
        var attack = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("ru", Country(analysis, attack.Actor));
        Assert.Equal("Sumy", analysis.Mentions[attack.Target!.Mention].Text);
    }

    [Fact]
    public void Analyze_PlaceWhereTheWeaponWasMade_IsNoLocationOfTheAttack()
    {
        var analysis = Analyze("de", "Russland griff die Stadt Sumy mit einer in Iran gebauten Drohne an.");
        var attack = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.True(attack.Location is null || analysis.Mentions[attack.Location.Value].Country == "ua");
    }

    [Fact]
    public void Analyze_PlaceNorthOfWhichGoodsChangedHands_IsNoRecipient()
    {
        var analysis = Analyze("en", "A tanker received 5,000 tonnes of diesel from a Chinese tanker northwest of the Philippines.");
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.NotEqual("ph", Country(analysis, transfer.Target));
    }
}
