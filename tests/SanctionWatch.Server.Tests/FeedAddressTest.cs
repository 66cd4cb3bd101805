using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

/// <summary>Feeds are addresses from users: by default a poll reaches no loopback, private, link-local or metadata address (SSRF).</summary>
public sealed class FeedAddressTest(OpenServer open) : IClassFixture<OpenServer>
{
    [Fact]
    public async Task Poll_InternalAddresses_AreRefusedWithoutConnecting()
    {
        using var inside = new LoopbackHttpServer(_ => new LoopbackResponse(200, "<rss version=\"2.0\"><channel><title>secret</title></channel></rss>", "application/rss+xml"));
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        int port = inside.Address.Port;
        var targets = new Dictionary<string, string>
        {
            [$"http://127.0.0.1:{port}/feed"] = "a loopback address",
            [$"http://localhost:{port}/feed"] = "loopback",
            [$"http://[::1]:{port}/feed"] = "a loopback or unspecified address",
            [$"http://[::ffff:127.0.0.1]:{port}/feed"] = "a loopback address",
            ["http://10.1.2.3/feed"] = "a private address",
            ["http://192.168.0.1/feed"] = "a private address",
            ["http://169.254.169.254/latest/meta-data/"] = "a cloud metadata address",
            ["http://[fd00:ec2::254]/latest/meta-data/"] = "a private (unique-local) address",
        };
        foreach (string url in targets.Keys)
        {
            using var added = await http.PostAsJsonAsync(new Uri("api/feeds", UriKind.Relative), new { url }, token);
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync(token));
        }

        using var poll = await http.PostAsync(new Uri("api/feeds/poll?delay=0", UriKind.Relative), null, token);
        var body = JsonNode.Parse(await poll.Content.ReadAsStringAsync(token))!;
        Assert.True(poll.IsSuccessStatusCode, body.ToJsonString());
        foreach (var feed in body["feeds"]!.AsArray())
        {
            string url = (string)feed!["url"]!;
            string error = (string?)feed["error"] ?? "(fetched)";
            string expected = targets.First(t => new Uri(t.Key).AbsoluteUri == url).Value;
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.Contains("--allow-private-feeds", error, StringComparison.Ordinal);
        }

        Assert.Equal(targets.Count, body["feeds"]!.AsArray().Count);
        Assert.Empty(inside.Requests);
    }
}
