using System.Diagnostics;
using SanctionWatch.Ingest.Readers;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests.Readers;

public sealed class HtmlReaderTest
{
    private const string Article = """
        <!DOCTYPE html>
        <html><head>
        <title>Site | Kim visits Russia</title>
        <meta property="og:title" content="Kim visits Russia">
        <meta property="article:published_time" content="2023-09-12T08:30:00+09:00">
        <link rel="canonical" href="https://news.example.org/kim-russia">
        <script>var stolen = "SCRIPT-TEXT";</script>
        <style>.x { color: red }</style>
        </head>
        <body onload="alert('HANDLER-TEXT')">
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article>
        <h1>Kim visits Russia</h1>
        <p>North Korea's leader Kim Jong Un arrived in Russia on Tuesday aboard his armoured train, the Kremlin said,
        and a meeting with President Vladimir Putin is expected in the Russian Far East later this week.</p>
        <p onclick="alert('HANDLER-TEXT')">Analysts expect talks on arms deliveries, satellite technology and food aid,
        which would break United Nations sanctions that Russia itself voted for in the Security Council.</p>
        <noscript>NOSCRIPT-TEXT</noscript>
        <script>document.write("SCRIPT-TEXT")</script>
        <p>The visit is Kim's first trip abroad since the pandemic, and officials in Seoul and Washington are watching
        closely for any sign of a weapons agreement between the two isolated governments.</p>
        </article>
        <footer>Copyright</footer>
        </body></html>
        """;

    private static RawDocument ReadOne(string html, string name = "page.html")
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, html);
        return Assert.Single(new HtmlReader().Read(path, _ => { }));
    }

    [Fact]
    public void Read_ArticlePage_GivesArticleParagraphsTitleDateAndUrl()
    {
        var document = ReadOne(Article);

        Assert.Equal("Kim visits Russia", document.Title);
        Assert.Equal("2023-09-12", document.Published);
        Assert.Equal("https://news.example.org/kim-russia", document.Url);
        Assert.Equal("page.html", document.Source);
        Assert.Contains("North Korea's leader Kim Jong Un arrived in Russia on Tuesday aboard his armoured train", document.Text, StringComparison.Ordinal);
        Assert.Contains("Security Council.\n\nThe visit is Kim's first trip", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScriptsStylesNoscriptAndHandlers_GiveNoText()
    {
        var document = ReadOne(Article);

        Assert.DoesNotContain("SCRIPT-TEXT", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HANDLER-TEXT", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NOSCRIPT-TEXT", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color: red", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonLdDate_IsUsedWhenNoMetaDate()
    {
        var document = ReadOne("""
            <html><head><title>T</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-06-19T10:00:00Z"}]}</script>
            </head><body><p>Short text.</p></body></html>
            """);

        Assert.Equal("2024-06-19", document.Published);
        Assert.Equal("T", document.Title);
        Assert.Equal("Short text.", document.Text);
    }

    [Fact]
    public void Read_TimeElement_GivesDate()
    {
        var document = ReadOne("<html><body><p>Text <time datetime=\"2024-06\">June</time>.</p></body></html>");

        Assert.Equal("2024-06", document.Published);
    }

    [Fact]
    public void Read_HiddenAndTemplateContent_IsDropped()
    {
        var document = ReadOne("<html><body><p>Visible.</p><div hidden>HIDDEN</div><p style=\"display: none\">HIDDEN</p><template>HIDDEN</template></body></html>");

        Assert.Equal("Visible.", document.Text);
    }

    [Fact]
    public void Read_PageNestedHundredsDeep_IsReadWithoutStackOverflow()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 900)) + "Deep text." + "</body></html>";

        var document = ReadOne(html);

        Assert.Equal("Deep text.", document.Text);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<b>")]
    [InlineData("<span><i>")]
    public void Read_PageNestedThousandsDeep_IsRefusedFast(string opener)
    {
        using var folder = new TempFolder();
        var path = folder.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat(opener, 200_000)) + "Deep text.</body></html>");
        var warnings = new Warnings();
        var watch = Stopwatch.StartNew();

        Assert.Empty(new HtmlReader().Read(path, warnings.Add));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Contains("more than 1000 deep", warnings.Single("deep.html").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyFlatParagraphsAndUnclosedListItems_AreNotMistakenForNesting()
    {
        var html = "<html><body><ul>" + string.Concat(Enumerable.Repeat("<li>item <br><img src=x>", 3000)) + "</ul>"
            + string.Concat(Enumerable.Repeat("<p>Para.", 3000)) + "<script>if (a<b) { x('<div>'); }</script></body></html>";

        var document = ReadOne(html);

        Assert.Contains("item", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageWithoutText_Warns()
    {
        using var folder = new TempFolder();
        var path = folder.Write("blank.html", "<html><head><script>x()</script></head><body> </body></html>");
        var warnings = new Warnings();

        Assert.Empty(new HtmlReader().Read(path, warnings.Add));

        Assert.Contains("no text", warnings.Single("blank.html").Message, StringComparison.Ordinal);
    }
}
