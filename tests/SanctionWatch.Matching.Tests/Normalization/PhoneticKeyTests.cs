using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Matching.Tests.Normalization;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("peskow", "peskov")]
    [InlineData("schoigu", "shoigu")]
    [InlineData("shoygu", "shoigu")]
    [InlineData("wladimir", "vladimir")]
    [InlineData("jelzin", "yeltsin")]
    [InlineData("tschernow", "chernov")]
    [InlineData("gorbatschow", "gorbachev")]
    [InlineData("dmitrij", "dmitriy")]
    [InlineData("schukow", "zhukov")]
    public void Of_GermanAndEnglishTranscriptions_SameKey(string german, string english)
    {
        Assert.Equal(PhoneticKey.Of(english), PhoneticKey.Of(german));
    }

    [Theory]
    [InlineData("peskov", "petrov")]
    [InlineData("kim", "lee")]
    public void Of_DifferentNames_DifferentKeys(string a, string b)
    {
        Assert.NotEqual(PhoneticKey.Of(a), PhoneticKey.Of(b));
    }

    [Fact]
    public void Distance_Transposition_CountsOne()
    {
        Assert.Equal(1, TokenSimilarity.Distance("macron", "marcon"));
        Assert.Equal(3, TokenSimilarity.Distance("kitten", "sitting"));
    }

    [FsCheck.Xunit.Property]
    public bool Distance_IsSymmetric(string a, string b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        return TokenSimilarity.Distance(a, b) == TokenSimilarity.Distance(b, a);
    }

    [Fact]
    public void ToAscii_Cyrillic_UsesBgnTransliteration()
    {
        using var t = new NameTransliterator();

        Assert.Equal("shoygu", t.ToAscii("Шойгу"));
    }

    [Fact]
    public void ToAscii_WithoutIcu_FallsBackToAnyAscii()
    {
        using var t = new NameTransliterator(useIcu: false);

        Assert.Equal("anyascii", t.Engine);
        Assert.Equal("shoygu", t.ToAscii("Шойгу"));
    }
}
