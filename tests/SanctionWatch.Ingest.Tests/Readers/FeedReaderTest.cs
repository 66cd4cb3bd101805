using System.Diagnostics;
using SanctionWatch.Ingest.Readers;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests.Readers;

public sealed class FeedReaderTest
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Example News</title>
            <item>
              <title>Putin in Pjöngjang</title>
              <link>https://example.org/a</link>
              <pubDate>Wed, 19 Jun 2024 04:00:00 +0900</pubDate>
              <description>Teaser only.</description>
              <content:encoded><![CDATA[<p>Erster Absatz über <b>Nordkorea</b>.</p><script>alert('x')</script><p>Zweiter Absatz.</p>]]></content:encoded>
            </item>
            <item>
              <title>Second</title>
              <guid isPermaLink="false">id-2</guid>
              <description>&lt;p&gt;Only a description &amp;amp; more.&lt;/p&gt;</description>
            </item>
            <item><title>No text</title><link>https://example.org/c</link></item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example</title>
          <entry>
            <title type="html">Kim &lt;em&gt;visits&lt;/em&gt;</title>
            <link rel="alternate" href="https://example.org/atom-1"/>
            <published>2023-09-12T10:00:00Z</published>
            <updated>2023-09-13T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Plain</title>
            <updated>2023-09-14</updated>
            <summary>Summary text.</summary>
          </entry>
          <entry>
            <title>Inline</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Read_Rss_GivesOneDocumentPerItemWithContentLinkAndDate()
    {
        using var folder = new TempFolder();
        var path = folder.Write("news.rss", Rss);
        var warnings = new Warnings();

        var documents = new FeedReader().Read(path, warnings.Add).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal(new RawDocument("https://example.org/a", "Putin in Pjöngjang", "2024-06-19", "Erster Absatz über Nordkorea.\n\nZweiter Absatz.", "https://example.org/a"), documents[0]);
        Assert.Equal(new RawDocument("news.rss#2", "Second", null, "Only a description & more.", null), documents[1]);
        var warning = warnings.Single("news.rss");
        Assert.Contains("item 3 has no text", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(warning.Line);
    }

    [Fact]
    public void Read_Atom_GivesEntriesWithHtmlTitleAndPublishedBeforeUpdated()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.atom", Atom);

        var documents = new FeedReader().Read(path, _ => { }).ToList();

        Assert.Equal(3, documents.Count);
        Assert.Equal(new RawDocument("https://example.org/atom-1", "Kim visits", "2023-09-12", "Atom body.", "https://example.org/atom-1"), documents[0]);
        Assert.Equal(new RawDocument("feed.atom#2", "Plain", "2023-09-14", "Summary text.", null), documents[1]);
        Assert.Equal("One.\n\nTwo.", documents[2].Text);
    }

    [Fact]
    public void Read_AtomEntryWithOutOfLineContent_FallsBackToSummary()
    {
        using var folder = new TempFolder();
        var path = folder.Write("src.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>
            <content type="text/html" src="https://example.org/full"/><summary>The summary.</summary></entry></feed>
            """);

        var document = Assert.Single(new FeedReader().Read(path, _ => { }));

        Assert.Equal("The summary.", document.Text);
    }

    [Fact]
    public void Read_Rss1Rdf_GivesItems()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rdf.xml", """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>C</title></channel>
              <item><title>Eins</title><link>https://example.org/1</link><description>Text eins.</description><dc:date>2024-06-19</dc:date></item>
            </rdf:RDF>
            """);

        var document = Assert.Single(new FeedReader().Read(path, _ => { }));

        Assert.Equal(new RawDocument("https://example.org/1", "Eins", "2024-06-19", "Text eins.", "https://example.org/1"), document);
    }

    [Fact]
    public void Read_ExternalEntityToPasswd_IsRefusedWithoutReadingIt()
    {
        using var folder = new TempFolder();
        var path = folder.Write("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><item><title>x</title><description>&xxe;</description></item></channel></rss>
            """);
        var warnings = new Warnings();

        var documents = new FeedReader().Read(path, warnings.Add).ToList();

        Assert.Empty(documents);
        Assert.DoesNotContain(documents, d => d.Text.Contains("root:", StringComparison.Ordinal));
        Assert.Contains("DTD", warnings.Single("xxe.xml").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BillionLaughs_IsRefusedFast()
    {
        using var folder = new TempFolder();
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n"));
        var path = folder.Write("lol.rss", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY lol0 "lol"> {entities} ]>
            <rss version="2.0"><channel><item><description>&lol9;</description></item></channel></rss>
            """);
        var warnings = new Warnings();
        var watch = Stopwatch.StartNew();

        var documents = new FeedReader().Read(path, warnings.Add).ToList();

        // Issue 9 asks for under 5 seconds; refusing the DTD takes milliseconds.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Empty(documents);
        Assert.Contains("DTD", warnings.Single("lol.rss").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ItemWithDeeplyNestedHtml_IsSkippedAndOthersRead()
    {
        using var folder = new TempFolder();
        var deep = System.Security.SecurityElement.Escape(string.Concat(Enumerable.Repeat("<div>", 5000)) + "x");
        var path = folder.Write("deep.rss", $"<rss version=\"2.0\"><channel><item><description>{deep}</description></item><item><description>Fine.</description></item></channel></rss>");
        var warnings = new Warnings();

        var document = Assert.Single(new FeedReader().Read(path, warnings.Add));

        Assert.Equal("Fine.", document.Text);
        Assert.Contains("feed item 1", warnings.Single("deep.rss").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_XmlThatIsNotAFeed_Warns()
    {
        using var folder = new TempFolder();
        var path = folder.Write("list.xml", "<sanctions><entry/></sanctions>");
        var warnings = new Warnings();

        Assert.Empty(new FeedReader().Read(path, warnings.Add));

        Assert.Contains("not an RSS or Atom feed", warnings.Single("list.xml").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedXml_WarnsWithLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rss", "<rss version=\"2.0\">\n<channel>\n<item></channel></rss>");
        var warnings = new Warnings();

        Assert.Empty(new FeedReader().Read(path, warnings.Add));

        var warning = warnings.Single("broken.rss");
        Assert.Contains("not well-formed XML", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, warning.Line);
    }
}
