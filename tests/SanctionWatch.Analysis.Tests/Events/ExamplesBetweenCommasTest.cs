using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A list of examples between commas (", including …,", ", darunter …,") does not end the clause: the recipient after it is
/// still the verb's, and the makes or names inside it describe the goods, they are no parties; countries and places listed
/// there still are. A ship's country stands before hyphenated words of its kind. Sentences written for these tests.
/// </summary>
public sealed class ExamplesBetweenCommasTest
{
    [Theory]
    [InlineData("en", "Iran has sold drones, including Shahed-136 and Mohajer-6 models, to Sudan.")]
    [InlineData("de", "Iran hat Waffen, darunter Drohnen und Panzerfäuste, an den Sudan verkauft.")]
    public void Analyze_RecipientAfterExamples_IsTheTarget(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sd", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_MakesNamedAmongTheExamples_AreNoParties()
    {
        const string text = "Sudan has bought 40 pickup trucks, including Toyota Hilux models, from Iran.";
        var analysis = Analyze("en", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sd", Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_ShipOfACountryWithWordsOfItsKindBetween_TakesThatCountry()
    {
        const string text = "Sudan received 30 trucks aboard the Iranian roll-on/roll-off ship Kish Breeze last week.";
        var analysis = Analyze("en", text);
        Assert.Contains(analysis.Mentions, m => m.Text == "Kish Breeze" && m.Country == "ir");
    }

    [Fact]
    public void Analyze_PlacesListedAsExamples_AreStillTheSidesHit()
    {
        var analysis = Analyze("en", "Iranian drones struck several towns, including Erbil and Sulaymaniyah, on Sunday.");
        Assert.Contains(analysis.Events, e => e.Type == "ASSAULT" && Country(analysis, e.Actor) == "ir" && Country(analysis, e.Target) == "iq");
    }

    [Fact]
    public void Analyze_ShipNamedAfterAnActOfACountry_TakesNoFlagFromIt()
    {
        // "Iran seized the tanker X": the seizing state is no flag of the ship.
        var analysis = Analyze("en", "Iran seized the tanker Stena Horizon on Friday.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "Stena Horizon" && m.Country == "ir");
    }
}
