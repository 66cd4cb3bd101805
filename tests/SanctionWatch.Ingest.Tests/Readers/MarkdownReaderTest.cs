using SanctionWatch.Ingest.Readers;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests.Readers;

public sealed class MarkdownReaderTest
{
    private static RawDocument ReadOne(string markdown, Warnings? warnings = null)
    {
        using var folder = new TempFolder();
        var path = folder.Write("doc.md", markdown);
        return Assert.Single(new MarkdownReader().Read(path, (warnings ?? new Warnings()).Add));
    }

    [Fact]
    public void Read_FrontMatter_GivesTitleDateAndUrl()
    {
        var document = ReadOne("""
            ---
            date: '2025-02-07'
            published_time: 2025-02-07 19:00:08-05:00
            source_url: https://example.org/statement/
            title: "United States-Japan Joint Leaders\u2019 Statement"
            ---
            Body text.
            """);

        Assert.Equal("2025-02-07", document.Published);
        Assert.Equal("United States-Japan Joint Leaders\u2019 Statement", document.Title);
        Assert.Equal("https://example.org/statement/", document.Url);
        Assert.Equal("Body text.", document.Text);
    }

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-06", "2024-06")]
    [InlineData("2024-06-19T08:00:00Z", "2024-06-19")]
    public void Read_FrontMatterDatePrecision_IsKept(string date, string expected)
    {
        var document = ReadOne($"---\ndate: {date}\n---\nText.\n");

        Assert.Equal(expected, document.Published);
    }

    [Fact]
    public void Read_InvalidFrontMatterDate_WarnsAndLeavesDateEmpty()
    {
        var warnings = new Warnings();

        var document = ReadOne("---\ndate: soon\n---\nText.\n", warnings);

        Assert.Null(document.Published);
        Assert.Contains("not a date", warnings.Single("doc.md").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SoftWrappedLines_AreJoinedWithOneSpaceAndParagraphsByBlankLine()
    {
        var document = ReadOne("First line of a\nparagraph that wraps.\n   \nSecond paragraph.\n");

        Assert.Equal("First line of a paragraph that wraps.\n\nSecond paragraph.", document.Text);
    }

    [Fact]
    public void Read_EmphasisUnderlineAndHardBreak_AreStripped()
    {
        var document = ReadOne("**<u>U.S.-Japan Cooperation for Peace</u>**  \n The two _leaders_ met.   \n   \n");

        Assert.Equal("U.S.-Japan Cooperation for Peace\nThe two leaders met.", document.Text);
    }

    [Fact]
    public void Read_LinksAndImages_KeepLinkTextAndDropImages()
    {
        var document = ReadOne("See [the statement](https://example.org/a_(b) \"Title\") and ![chart](c.png) here <https://example.org/x>.");

        Assert.Equal("See the statement and here https://example.org/x.", document.Text);
    }

    [Fact]
    public void Read_ReferenceLinks_KeepTextAndDropDefinitions()
    {
        var document = ReadOne("See [the report][1] now.\n\n[1]: https://example.org/report \"Report\"\n");

        Assert.Equal("See the report now.", document.Text);
    }

    [Fact]
    public void Read_HeadingsListsQuotesAndCode_BecomeSeparateParagraphs()
    {
        var document = ReadOne("""
            # Title #

            > Quoted line
            > continues.

            -   First item
                continues
            1.  Numbered item

            ```
            code *kept*
            ```
            """);

        Assert.Equal("Title\n\nQuoted line continues.\n\nFirst item continues\n\nNumbered item\n\ncode *kept*", document.Text);
    }

    [Fact]
    public void Read_WrappedLineStartingWithNumber_StaysInParagraph()
    {
        var document = ReadOne("The meeting on September\n25. Notably, it was long.\n");

        Assert.Equal("The meeting on September 25. Notably, it was long.", document.Text);
    }

    [Fact]
    public void Read_EscapesEntitiesAndStruckWords_GiveTheCorrectedText()
    {
        var document = ReadOne("It’s not an <s>action</s> \\[accident\\] \\*really\\* &amp; 21<sup>st</sup> century&nbsp;now.");

        Assert.Equal("It’s not an [accident] *really* & 21st century now.", document.Text);
    }

    [Fact]
    public void Read_SpacedDoubleAsterisk_IsStillMarkup()
    {
        var document = ReadOne("**MARKET STABILITY: ** The two leaders agreed.\n");

        Assert.Equal("MARKET STABILITY: The two leaders agreed.", document.Text);
    }

    [Fact]
    public void Read_IntrawordUnderscoreAndLoneAsterisk_AreText()
    {
        var document = ReadOne("file_name_here and 5 * 3\n");

        Assert.Equal("file_name_here and 5 * 3", document.Text);
    }

    [Fact]
    public void Read_InlineScript_IsDropped()
    {
        var document = ReadOne("Before <script>alert('x')</script> after <img src=x onerror=alert(1)>.");

        Assert.Equal("Before after .", document.Text);
    }

    [Fact]
    public void Read_FrontMatterOnly_WarnsNoText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.md", "---\ntitle: x\n---\n   \n");
        var warnings = new Warnings();

        Assert.Empty(new MarkdownReader().Read(path, warnings.Add));

        Assert.Contains("no text", warnings.Single("empty.md").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenYaml_WarnsAndStillReadsBody()
    {
        var warnings = new Warnings();

        var document = ReadOne("---\ntitle: [unclosed\n---\nBody.\n", warnings);

        Assert.Equal("Body.", document.Text);
        Assert.Contains("YAML", warnings.Single("doc.md").Message, StringComparison.Ordinal);
    }
}
