namespace SanctionWatch.Analysis.Tests;

public sealed class CoveringSpansTest
{
    [Fact]
    public void Covers_RangeInsideAnEarlierLongerSpan_IsCovered()
    {
        // The span starting nearest before 12 (10–14) does not reach 18; the earlier 0–20 does.
        var spans = new CoveringSpans([(10, 14), (0, 20), (30, 40)]);
        Assert.True(spans.Covers(12, 18));
    }

    [Theory]
    [InlineData(30, 40, true)]
    [InlineData(31, 39, true)]
    [InlineData(29, 35, false)]
    [InlineData(35, 41, false)]
    [InlineData(21, 25, false)]
    public void Covers_Boundaries_AreInclusive(int start, int end, bool covered) =>
        Assert.Equal(covered, new CoveringSpans([(0, 20), (30, 40)]).Covers(start, end));

    [Fact]
    public void Covers_NoSpans_IsFalse() => Assert.False(new CoveringSpans([]).Covers(0, 1));
}
