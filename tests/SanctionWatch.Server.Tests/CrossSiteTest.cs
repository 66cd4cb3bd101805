using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

/// <summary>Attacks on the server as it runs by default (no key, loopback): CSRF, DNS rebinding and binding beyond loopback.</summary>
public sealed class CrossSiteTest(OpenServer open) : IClassFixture<OpenServer>
{
    [Fact]
    public async Task PostDocument_TextPlainFromForeignOrigin_IsForbiddenAndStoresNothing()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        int before = await DocumentCount(http, token);

        // A "simple" request: a page elsewhere can send it without a CORS preflight.
        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = new StringContent("Forged article about sanctions on Rosneft.", Encoding.UTF8, "text/plain"),
        };
        forged.Headers.Add("Origin", "http://evil.example");
        using var answer = await http.SendAsync(forged, token);
        using var fetchSite = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = new StringContent("Another forged article.", Encoding.UTF8, "text/plain"),
        };
        fetchSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var second = await http.SendAsync(fetchSite, token);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("another site", await answer.Content.ReadAsStringAsync(token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal(before, await DocumentCount(http, token));
    }

    [Fact]
    public async Task PostDocument_FromTheServersOwnOrigin_IsStored()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = JsonContent.Create(new { text = "The EU froze the assets of a shipping firm in Hamburg on Monday." }),
        };
        request.Headers.Add("Origin", open.Server.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var answer = await http.SendAsync(request, token);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync(token));
    }

    [Fact]
    public async Task PostDocument_SameOriginFormWithOpaqueOrigin_IsStoredButOpaqueOriginAloneIsNot()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        int before = await DocumentCount(http, token);

        // What a browser sends for its own page's form under a strict referrer setting: Origin "null".
        using var own = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = JsonContent.Create(new { text = "Japan listed two tankers that carried refined oil to Nampo." }),
        };
        own.Headers.Add("Origin", "null");
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var ownAnswer = await http.SendAsync(own, token);

        // Without Sec-Fetch-Site an opaque Origin could be any site (a sandboxed frame elsewhere): refused.
        using var opaque = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = JsonContent.Create(new { text = "Forged report from a sandboxed frame." }),
        };
        opaque.Headers.Add("Origin", "null");
        using var opaqueAnswer = await http.SendAsync(opaque, token);

        Assert.True(ownAnswer.IsSuccessStatusCode, await ownAnswer.Content.ReadAsStringAsync(token));
        Assert.Equal(HttpStatusCode.Forbidden, opaqueAnswer.StatusCode);
        Assert.Equal(before + 1, await DocumentCount(http, token));
    }

    [Fact]
    public async Task PollFeeds_FromForeignOrigin_IsForbidden()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/feeds/poll", UriKind.Relative));
        request.Headers.Add("Origin", "http://evil.example");
        using var answer = await http.SendAsync(request, token);
        using var referer = new HttpRequestMessage(HttpMethod.Post, new Uri("api/feeds/poll", UriKind.Relative));
        referer.Headers.Referrer = new Uri("http://evil.example/page");
        using var second = await http.SendAsync(referer, token);
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
    }

    [Fact]
    public async Task Dossier_AskedUnderAForeignHostName_IsRefused()
    {
        using var http = open.Server.Client();
        var token = TestContext.Current.CancellationToken;
        // After DNS rebinding, evil.example points at 127.0.0.1 and the browser sends Host: evil.example.
        using var rebound = new HttpRequestMessage(HttpMethod.Get, new Uri("api/dossier", UriKind.Relative));
        rebound.Headers.Host = "evil.example:" + open.Server.BaseAddress!.Port;
        using var answer = await http.SendAsync(rebound, token);
        using var own = new HttpRequestMessage(HttpMethod.Get, new Uri("api/dossier", UriKind.Relative));
        own.Headers.Host = "localhost:" + open.Server.BaseAddress!.Port;
        using var ok = await http.SendAsync(own, token);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("host name", await answer.Content.ReadAsStringAsync(token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Serve_OnAllInterfacesWithoutKey_RefusesToStart()
    {
        Assert.SkipWhen(SharedData.Folder is null, "the shared data folder is absent");
        using var temp = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = temp.Path };
        foreach (string a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "sanctionwatch.dll"), "serve", "--db", temp.File("s.db"), "--urls", "http://0.0.0.0:0" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("SANCTIONWATCH_API_KEY");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        bool exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "serve listened on every interface without a key");
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("refusing to listen on http://0.0.0.0:0 without --api-key", await stderr, StringComparison.Ordinal);
    }

    private static async Task<int> DocumentCount(HttpClient http, CancellationToken token) =>
        JsonNode.Parse(await http.GetStringAsync(new Uri("api/documents", UriKind.Relative), token))!.AsArray().Count;
}
