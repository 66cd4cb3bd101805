using System.Text;
using SanctionWatch.Ingest.Feeds;

namespace SanctionWatch.Ingest.Tests.Feeds;

public sealed class FeedParserTest
{
    [Fact]
    public void Parse_Latin1BytesDeclaredInTheXml_DecodesUmlauts()
    {
        const string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>Gipfel in Pjöngjang</title><link>https://news.example/a</link><description>Putin reiste nach Pjöngjang.</description></item></channel></rss>";
        var warnings = new List<IngestWarning>();

        var documents = FeedParser.Parse(Encoding.Latin1.GetBytes(xml), "https://news.example/feed", "https://news.example/feed", warnings.Add);

        var document = Assert.Single(documents);
        Assert.Empty(warnings);
        Assert.Equal("Gipfel in Pjöngjang", document.Title);
        Assert.Contains("Pjöngjang", document.Text, StringComparison.Ordinal);
        Assert.Equal("https://news.example/a", document.Source);
    }

    [Fact]
    public void Parse_ContentEncodedAndNoLink_PrefersFullContentStripsHtmlAndNumbersTheSource()
    {
        const string xml = """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
            <item><title>A</title><description>Teaser only.</description>
            <content:encoded><![CDATA[<p>Full <b>article</b> text.</p><script>alert(1)</script><p>Second paragraph.</p>]]></content:encoded>
            <pubDate>Tue, 12 Sep 2023 08:00:00 GMT</pubDate></item></channel></rss>
            """;

        var document = Assert.Single(FeedParser.Parse(xml, "origin", "https://feed.example/rss", _ => { }));

        Assert.Equal("https://feed.example/rss#1", document.Source);
        Assert.Contains("Full article text.", document.Text, StringComparison.Ordinal);
        Assert.Contains("Second paragraph.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
        Assert.Equal("2023-09-12", document.Published);
    }

    [Fact]
    public void Parse_EntityExpansionBomb_IsRefusedWithOneWarning()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><item><title>&lol2;</title><description>x</description></item></channel></rss>
            """;
        var warnings = new List<IngestWarning>();

        var documents = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), "https://evil.example/", "https://evil.example/", warnings.Add);

        Assert.Empty(documents);
        var warning = Assert.Single(warnings);
        Assert.Contains("DTD", warning.Message, StringComparison.Ordinal);
        Assert.Equal("https://evil.example/", warning.Path);
    }
}
