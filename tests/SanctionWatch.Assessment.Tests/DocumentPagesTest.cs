using SanctionWatch.Model.Documents;

namespace SanctionWatch.Assessment.Tests;

public sealed class DocumentPagesTest
{
    private const string Report = "1. The Panel met.\n\n2. It found a ship.\fcontinued here.\n\n3. Annex 4 lists it.\f\fLast page.";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(38, 1)] // the form feed itself still closes page 1
    [InlineData(39, 2)]
    [InlineData(77, 3)] // the empty page of a scanned image
    [InlineData(78, 4)]
    public void PageOf_OffsetsAroundFormFeeds_CountPagesFromOne(int offset, int page)
    {
        var pages = DocumentPages.Of(Report);

        Assert.Equal(38, Report.IndexOf('\f', StringComparison.Ordinal));
        Assert.Equal(page, pages.PageOf(offset));
        Assert.Equal(4, pages.Count);
    }

    [Theory]
    [InlineData(3, "1")]
    [InlineData(22, "2")]
    [InlineData(40, "2")] // a paragraph running on to the next page keeps its number
    [InlineData(60, "3")]
    public void ParagraphOf_NumberedParagraphs_GiveTheNumberOfTheOneAnOffsetIsIn(int offset, string paragraph) =>
        Assert.Equal(paragraph, DocumentPages.Of(Report).ParagraphOf(offset));

    [Fact]
    public void Of_TextWithoutFormFeeds_HasNoPagesNorParagraphs()
    {
        var pages = DocumentPages.Of("1. Not a report.\n\n2. A news list.");

        Assert.False(pages.IsPaged);
        Assert.Null(pages.PageOf(5));
        Assert.Null(pages.ParagraphOf(20));
    }

    [Theory]
    [InlineData("Final report of the Panel of Experts (S/2024/215)", "45", 23, "S/2024/215, para. 45, p. 23")]
    [InlineData("Letter dated 1 March", null, 7, "p. 7")]
    [InlineData(null, "12", null, "para. 12")]
    [InlineData("S/2024/215", null, null, null)]
    public void Citation_Of_JoinsSymbolParagraphAndPage(string? title, string? paragraph, int? page, string? expected) =>
        Assert.Equal(expected, Citation.Of(title, paragraph, page));
}
