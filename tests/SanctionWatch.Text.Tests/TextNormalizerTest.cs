using System.Text;

namespace SanctionWatch.Text.Tests;

public sealed class TextNormalizerTest
{
    [Fact]
    public void Normalize_DatePrefixWithTextOnTheSameLine_RemovesOnlyThePrefix()
    {
        var result = TextNormalizer.Normalize(" date 2023-09 Tokio, Düsseldorf, Washington Nordkoreas Machthaber");
        Assert.Equal("2023-09", result.PrefixDate);
        Assert.Equal("Tokio, Düsseldorf, Washington Nordkoreas Machthaber", result.Text);
    }

    [Fact]
    public void Normalize_FullDatePrefix_GivesTheDay()
    {
        var result = TextNormalizer.Normalize(" date 2024-06-19 Putin in Pjöngjang\nText");
        Assert.Equal("2024-06-19", result.PrefixDate);
        Assert.StartsWith("Putin", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_DateLaterInText_IsKept()
    {
        var result = TextNormalizer.Normalize("Am Montag, date 2023-09 war es.");
        Assert.Null(result.PrefixDate);
        Assert.Equal("Am Montag, date 2023-09 war es.", result.Text);
    }

    [Fact]
    public void Normalize_CrLfAndDecomposedUmlauts_BecomeLfAndNfc()
    {
        string decomposed = "Pjo\u0308ngjang\r\nZeile\rZwei";
        var result = TextNormalizer.Normalize(decomposed);
        Assert.Equal("Pjöngjang\nZeile\nZwei", result.Text);
        Assert.True(result.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Normalize_ByteOrderMark_IsRemoved()
    {
        Assert.Equal("Text", TextNormalizer.Normalize("\uFEFFText").Text);
    }
}
