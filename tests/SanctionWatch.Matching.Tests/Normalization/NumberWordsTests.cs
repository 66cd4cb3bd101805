using SanctionWatch.Matching.Normalization;

namespace SanctionWatch.Matching.Tests.Normalization;

public sealed class NumberWordsTests
{
    [Fact]
    public void Apply_TenAndUnit_JoinedIntoOneNumber()
    {
        var words = new List<string> { "brigade", "forty", "four" };

        NumberWords.Apply(words);

        Assert.Equal(["brigade", "44"], words);
    }

    [Fact]
    public void Apply_TenAndDigit_JoinedIntoOneNumber()
    {
        var words = new List<string> { "brigade", "fourty", "4" };

        NumberWords.Apply(words);

        Assert.Equal(["brigade", "44"], words);
    }

    [Fact]
    public void Apply_OrdinalWord_ReadAsItsNumber()
    {
        var words = new List<string> { "first", "international", "bank" };

        NumberWords.Apply(words);

        Assert.Equal(["1", "international", "bank"], words);
    }

    [Fact]
    public void Apply_OneWordName_LeftAlone()
    {
        var words = new List<string> { "seven" };

        NumberWords.Apply(words);

        Assert.Equal(["seven"], words);
    }

    [Fact]
    public void SplitWords_DigitOrdinal_KeepsItsNumber()
    {
        Assert.Equal(["1", "international", "bank"], NameNormalizer.SplitWords("1st International Bank"));
    }
}
