namespace SanctionWatch.Analysis.Tests;

public sealed class SortedSearchTest
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 3)]
    [InlineData(10, 4)]
    public void FirstAtOrAfter_Key_IsTheFirstItemNotBeforeIt(int key, int expected)
    {
        (int Start, string Name)[] items = [(3, "a"), (7, "b"), (7, "c"), (9, "d")];
        Assert.Equal(expected, SortedSearch.FirstAtOrAfter(items, key, static i => i.Start));
    }
}
