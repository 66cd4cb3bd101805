using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary>SSRF through <c>feeds poll</c>: internal addresses are refused, also when a feed redirects to one.</summary>
public sealed class FeedAddressCommandTest
{
    [Fact]
    public void Poll_LoopbackFeed_IsRefusedWithoutConnecting()
    {
        using var inside = new LoopbackHttpServer(_ => new LoopbackResponse(200, "<rss version=\"2.0\"><channel><title>secret</title></channel></rss>"));
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "feeds", "add", new Uri(inside.Address, "feed").ToString(), "--db", db).ExitCode);

        var poll = CliRunner.Run(temp.Path, "feeds", "poll", "--db", db, "--delay", "0");

        Assert.Contains("127.0.0.1 is a loopback address; feeds may reach only public addresses", poll.Stderr + poll.Stdout, StringComparison.Ordinal);
        Assert.Empty(inside.Requests);
    }

    [Fact]
    public void Poll_AllowedFeedHostRedirectingToLoopback_StopsAtTheRedirect()
    {
        using var inside = new LoopbackHttpServer(_ => new LoopbackResponse(200, "<rss version=\"2.0\"><channel><title>secret</title></channel></rss>"));
        // The redirect names the internal server by another name than the allowed one.
        var target = new Uri($"http://localhost:{inside.Address.Port}/admin/feed");
        using var feed = new LoopbackHttpServer(_ => new LoopbackResponse(302, "", "text/plain", new Dictionary<string, string> { ["Location"] = target.ToString() }));
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        // The feed's own host is allowed by name (an operator's internal feed server); where it redirects is not.
        string url = new Uri(feed.Address, "feed").ToString();
        Assert.Equal(0, CliRunner.Run(temp.Path, "feeds", "add", url, "--db", db).ExitCode);

        var poll = CliRunner.Run(temp.Path, "feeds", "poll", "--db", db, "--delay", "0", "--allow-feed-host", "127.0.0.1");

        Assert.True(feed.Requests.Count == 1, poll.ToString());
        Assert.Empty(inside.Requests);
        Assert.Contains("localhost is a loopback", poll.Stderr + poll.Stdout, StringComparison.Ordinal);
    }
}
