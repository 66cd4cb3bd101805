using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Where an event happened and what it struck: the place an attack is aimed at ("Angriff auf die Stadt X") is its target even
/// when the sentence goes on with another country's adjective; where its weapons were made ("einer in X gebauten Rakete") or
/// launched from is no location of it. The sentences were written for these tests, about other places than the evaluation sets.
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

    [Theory]
    [InlineData("Russland griff die Stadt Sumy mit einer in Iran gebauten Drohne an.")]
    [InlineData("Russland griff mit einer in Iran gebauten Drohne die Stadt Sumy an.")]
    public void Analyze_PlaceWhereTheWeaponWasMade_IsNoPlaceOfTheAttack(string text)
    {
        var analysis = Analyze("de", text);
        var attack = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("ua", Country(analysis, attack.Target));
        Assert.True(attack.Location is null || analysis.Mentions[attack.Location.Value].Country == "ua");
    }

    [Fact]
    public void Analyze_GoodsMadeInACountryThatReachedAnother_CameFromTheMaker()
    {
        var analysis = Analyze("de", "Ein in Italien gebautes Luxusauto ist offenbar nach Nordkorea gelangt.");
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("it", Country(analysis, transfer.Actor));
        Assert.Equal("kp", Country(analysis, transfer.Target));
    }

    [Fact]
    public void Analyze_OwnerOfThePlaceWhereGoodsChangedHands_IsNoParty()
    {
        var analysis = Analyze("en", "A tanker received 5,000 tonnes of diesel from a Chinese tanker near Vietnam's Con Dao Islands.");
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("cn", Country(analysis, transfer.Actor));
        Assert.Null(transfer.Target);
    }

    [Theory]
    [InlineData("Cuba sent troops to Venezuela's Zulia region.", "ve")]
    [InlineData("Rifles were shipped from Cuba's Mariel port to Venezuela.", "ve")]
    public void Analyze_OwnerOfAPlaceGoodsGoToOrComeFrom_StaysAParty(string text, string target)
    {
        var analysis = Analyze("en", text);
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("cu", Country(analysis, transfer.Actor));
        Assert.Equal(target, Country(analysis, transfer.Target));
    }
}
