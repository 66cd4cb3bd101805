using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

public sealed class FeedsAndListsApiTest(ServerProcess server) : IClassFixture<ServerProcess>
{
    [Fact]
    public async Task PostListDiff_Un2022AgainstLoaded2025_CountsAgreeWithTheFilesReferenceNumbers()
    {
        using var http = server.Client();
        var token = TestContext.Current.CancellationToken;
        string older = SharedData.PathOf("data", "sanctions", "un", "consolidated_2022-09-15.xml");
        string loaded = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");

        using var noKey = await http.PostAsync(new Uri("api/lists/diff?name=consolidated.xml", UriKind.Relative), new StringContent("<x/>"), token);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var answer = await Send(http, HttpMethod.Post, "api/lists/diff?name=consolidated.xml", new ByteArrayContent(await File.ReadAllBytesAsync(older, token)), token);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync(token));
        var diff = JsonNode.Parse(await answer.Content.ReadAsStringAsync(token))!;

        // The store holds 2025, the body is 2022: what 2022 has and 2025 lacks counts as added.
        var inFile = References(older);
        var inStore = References(loaded);
        Assert.Equal(inFile.Except(inStore).Count(), diff["added"]!.AsArray().Count);
        Assert.Equal(inStore.Except(inFile).Count(), diff["removed"]!.AsArray().Count);
        Assert.All(diff["added"]!.AsArray(), a => Assert.Contains((string)a!["reference"]!, inFile));
    }

    [Fact]
    public async Task PostListDiff_NoNameOrNotAList_IsAProblemNotACrash()
    {
        using var http = server.Client();
        var token = TestContext.Current.CancellationToken;
        using var noName = await Send(http, HttpMethod.Post, "api/lists/diff", new StringContent("<x/>"), token);
        using var broken = await Send(http, HttpMethod.Post, "api/lists/diff?name=l.xml", new StringContent("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), token);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.DoesNotContain("root:", await broken.Content.ReadAsStringAsync(token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_AddThenPollTwice_IngestsTheItemsOnceAndNeedsTheKey()
    {
        const string Marker = "Zentravoliks";
        string etag = "\"a1\"";
        string rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Test</title>
            <item><title>Shells by rail</title><link>http://127.0.0.1/items/1</link><pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate>
            <description>North Korea sent artillery shells to Russia by rail in November, the analyst {Marker} said.</description></item>
            </channel></rss>
            """;
        using var feed = new LoopbackHttpServer(request => request.Path == "/feed"
            ? request.Headers.GetValueOrDefault("If-None-Match") == etag
                ? new LoopbackResponse(304)
                : new LoopbackResponse(200, rss, "application/rss+xml", new Dictionary<string, string> { ["ETag"] = etag })
            : new LoopbackResponse(404, "no"));
        using var http = server.Client();
        var token = TestContext.Current.CancellationToken;
        var url = new Uri(feed.Address, "feed").ToString();

        using var noKey = await http.PostAsJsonAsync(new Uri("api/feeds", UriKind.Relative), new { url }, token);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var added = await Send(http, HttpMethod.Post, "api/feeds", JsonContent.Create(new { url }), token);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Empty(feed.Requests); // adding fetches nothing

        using var first = await Send(http, HttpMethod.Post, "api/feeds/poll?delay=0", null, token);
        var firstBody = JsonNode.Parse(await first.Content.ReadAsStringAsync(token))!;
        Assert.True(first.IsSuccessStatusCode, firstBody.ToJsonString());
        Assert.Single(firstBody["documents"]!.AsArray());
        Assert.Equal(1, (int)firstBody["analysed"]!);
        using var second = await Send(http, HttpMethod.Post, "api/feeds/poll?delay=0", null, token);
        var secondBody = JsonNode.Parse(await second.Content.ReadAsStringAsync(token))!;
        Assert.Empty(secondBody["documents"]!.AsArray());
        Assert.Equal("\"a1\"", feed.Requests.Last().Headers.GetValueOrDefault("If-None-Match"));

        var search = JsonNode.Parse(await http.GetStringAsync(new Uri("api/search?q=" + Marker, UriKind.Relative), token))!;
        Assert.Single(search["results"]!.AsArray());
        var feeds = JsonNode.Parse(await http.GetStringAsync(new Uri("api/feeds", UriKind.Relative), token))!.AsArray();
        Assert.Contains(feeds, f => (string?)f!["url"] == url && f["lastPolled"] is not null);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, HttpContent? content, CancellationToken token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        return await http.SendAsync(request, token);
    }

    private static HashSet<string> References(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader).Descendants("REFERENCE_NUMBER").Select(e => e.Value.Trim()).ToHashSet(StringComparer.Ordinal);
    }
}
