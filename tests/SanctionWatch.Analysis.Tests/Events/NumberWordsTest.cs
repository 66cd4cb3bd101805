using SanctionWatch.Analysis.Events;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>Number words and their compounds, read from the built-in lexicons.</summary>
public sealed class NumberWordsTest
{
    [Theory]
    [InlineData("de", "drei", 3d)]
    [InlineData("de", "dreitausend", 3000d)]
    [InlineData("de", "zweihundertfünfzig", 250d)]
    [InlineData("de", "einundzwanzig", 21d)]
    [InlineData("de", "siebzehntausend", 17_000d)]
    [InlineData("de", "eintausendfünfhundert", 1500d)]
    [InlineData("en", "forty-two", 42d)]
    [InlineData("en", "ninety", 90d)]
    public void TryRead_NumberWordOrCompound_Value(string language, string word, double expected)
    {
        var words = EventLexicon.LoadBuiltIn(language)!.NumberWords;
        Assert.True(words.TryRead(word, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("de", "achtung")]
    [InlineData("de", "undzwanzig")]
    [InlineData("de", "zwanzigund")]
    [InlineData("de", "einer")]
    [InlineData("de", "hunderte")]
    [InlineData("en", "self-propelled")]
    [InlineData("en", "-ten")]
    [InlineData("en", "often")]
    public void TryRead_OrdinaryWord_NotANumber(string language, string word)
    {
        var words = EventLexicon.LoadBuiltIn(language)!.NumberWords;
        Assert.False(words.TryRead(word, out _));
    }
}
