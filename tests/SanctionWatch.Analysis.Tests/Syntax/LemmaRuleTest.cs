using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Tests.Syntax;

public sealed class LemmaRuleTest
{
    [Theory]
    [InlineData("Sanktionen", "Sanktion", "Verhandlungen", "Verhandlung")]
    [InlineData("shipped", "ship", "stopped", "stop")]
    [InlineData("Companies", "company", "Batteries", "battery")]
    public void Between_AppliedToAnotherWord_GivesItsLemma(string form, string lemma, string other, string otherLemma)
    {
        var rule = LemmaRule.Between(form, lemma);

        Assert.Equal(lemma, rule.Apply(form));
        Assert.Equal(otherLemma, rule.Apply(other));
    }

    [Fact]
    public void Lemmatizer_UnknownWord_UsesLongestSuffixRuleOfItsTag()
    {
        var rules = new Dictionary<string, LemmaRule>(StringComparer.Ordinal)
        {
            ["NOUN\t"] = new(false, 0, string.Empty),
            ["NOUN\ten"] = new(false, 1, string.Empty),
            ["NOUN\tionen"] = new(false, 2, string.Empty),
        };
        var lemmatizer = new Lemmatizer(new Dictionary<string, string>(StringComparer.Ordinal) { ["NOUN\tHäuser"] = "Haus" }, rules);

        Assert.Equal("Haus", lemmatizer.Lemma("Häuser", "NOUN"));
        Assert.Equal("Resolution", lemmatizer.Lemma("Resolutionen", "NOUN"));
        Assert.Equal("Kiste", lemmatizer.Lemma("Kisten", "NOUN"));
        Assert.Equal("Öl", lemmatizer.Lemma("Öl", "NOUN"));
    }
}
