using System.Net;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class FeedsCommandsTest
{
    private static string Seed(string prefix) =>
        Directory.GetFiles(SharedData.PathOf("corpus", "seeds"), prefix + "_*.txt").Single();

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    // An RSS 2.0 item whose description is the article as HTML paragraphs, as news sites publish it.
    private static string RssItem(string path, int number)
    {
        string[] paragraphs = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string html = string.Concat(paragraphs.Select(p => "<p>" + Escape(p) + "</p>"));
        return $"<item><title>Article {number}</title><link>https://news.example/{number}</link><guid>https://news.example/{number}</guid>"
            + $"<pubDate>Tue, 12 Sep 2023 08:00:00 GMT</pubDate><description>{Escape(html)}</description></item>";
    }

    private static string Rss(params string[] items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test</title><link>https://news.example/</link><description>d</description>"
        + string.Concat(items) + "</channel></rss>";

    [Fact]
    public void Poll_RssThenUnchangedThenOneNewItem_IngestsEachItemOnceWithConditionalRequests()
    {
        string[] seeds = [Seed("000"), Seed("001"), Seed("003")];
        string rss = Rss(RssItem(seeds[0], 1), RssItem(seeds[1], 2));
        string etag = "\"v1\"";
        using var server = new LoopbackHttpServer(request =>
        {
            switch (request.Path)
            {
                case "/rss":
                    lock (seeds)
                    {
                        return request.Headers.GetValueOrDefault("If-None-Match") == etag
                            ? new LoopbackResponse(304)
                            : new LoopbackResponse(200, rss, "application/rss+xml", new Dictionary<string, string> { ["ETag"] = etag });
                    }

                default:
                    return new LoopbackResponse(404, "no");
            }
        });
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var add = CliRunner.Run(temp.Path, "feeds", "add", new Uri(server.Address, "rss").ToString(), "--db", db);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Empty(server.Requests); // adding fetches nothing

        var first = CliRunner.Run(temp.Path, "feeds", "poll", "--db", db, "--delay", "0", "--allow-private-feeds", "--analyze");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("2 item(s), 2 new", first.Stdout, StringComparison.Ordinal);
        var firstRequest = Assert.Single(server.Requests);
        Assert.Contains("SanctionWatch", firstRequest.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.False(firstRequest.Headers.ContainsKey("If-None-Match"));
        var dossier = CliRunner.Run(temp.Path, "dossier", "--db", db, "--out", temp.File("d1.json"));
        Assert.True(dossier.ExitCode == 0, dossier.ToString());
        var documents = JsonNode.Parse(File.ReadAllText(temp.File("d1.json")))!["documents"]!.AsArray();
        Assert.Equal(["https://news.example/1", "https://news.example/2"], documents.Select(d => (string)d!["source"]!).Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.Equal("2023-09-12", (string?)d!["published"]));
        Assert.All(documents, d => Assert.DoesNotContain("<p>", (string)d!["title"]!, StringComparison.Ordinal));

        var second = CliRunner.Run(temp.Path, "feeds", "poll", "--db", db, "--delay", "0", "--allow-private-feeds");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("not modified", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(etag, server.Requests.Last().Headers["If-None-Match"]);

        lock (seeds)
        {
            rss = Rss(RssItem(seeds[0], 1), RssItem(seeds[1], 2), RssItem(seeds[2], 3));
            etag = "\"v2\"";
        }

        var third = CliRunner.Run(temp.Path, "feeds", "poll", "--db", db, "--delay", "0", "--allow-private-feeds");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("3 item(s), 1 new", third.Stdout, StringComparison.Ordinal);
        var list = CliRunner.Run(temp.Path, "feeds", "list", "--db", db);
        Assert.Contains("1 new", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Poll_AtomAndHostileFeedsOnOneHost_ReadsAtomRefusesTheDtdAndWaitsBetweenRequests()
    {
        string atomText = File.ReadAllText(Seed("004"));
        using var server = new LoopbackHttpServer(request => request.Path switch
        {
            "/atom" => new LoopbackResponse(200, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2023-09-13T00:00:00Z</updated>
                <entry><title>Atom article</title><id>urn:a:1</id><link href="https://atom.example/1"/><updated>2023-09-13T00:00:00Z</updated>
                <content type="text">{Escape(atomText)}</content></entry></feed>
                """, "application/atom+xml"),
            "/evil" => new LoopbackResponse(200, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><item><title>x</title><description>&xxe;</description></item></channel></rss>
                """),
            _ => new LoopbackResponse(500, "broken"),
        });
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        foreach (string path in new[] { "evil", "broken", "atom" })
        {
            Assert.Equal(0, CliRunner.Run(temp.Path, "feeds", "add", new Uri(server.Address, path).ToString(), "--db", db).ExitCode);
        }

        var poll = CliRunner.Run(temp.Path, "feeds", "poll", "--db", db, "--delay", "1", "--allow-private-feeds");

        Assert.True(poll.ExitCode == 3, poll.ToString()); // partial: two feeds failed, the third was read
        Assert.Contains("DTD", poll.Stderr, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", poll.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", poll.Stdout + poll.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", poll.Stderr, StringComparison.Ordinal);
        Assert.Contains("atom: 1 item(s), 1 new", poll.Stdout, StringComparison.Ordinal);
        var times = server.Requests.Select(r => r.Received).ToList();
        Assert.Equal(3, times.Count);
        for (int i = 1; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromSeconds(0.9), $"requests {i - 1} and {i} were {(times[i] - times[i - 1]).TotalSeconds:0.00} s apart");
        }

        Assert.Equal(0, CliRunner.Run(temp.Path, "worker", "--once", "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, "dossier", "--db", db, "--out", temp.File("d.json")).ExitCode);
        var document = Assert.Single(JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!["documents"]!.AsArray());
        Assert.Equal("https://atom.example/1", (string)document!["source"]!);
        Assert.Equal("Atom article", (string?)document["title"]);
    }

    [Fact]
    public void FeedsAdd_NotAnHttpAddress_IsAUsageError()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(temp.Path, "feeds", "add", "file:///etc/passwd", "--db", temp.File("s.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an http or https address", result.Stderr, StringComparison.Ordinal);
    }
}
