using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SanctionWatch.Server.Tests;

public sealed class WatchApiTest(ServerProcess server) : IClassFixture<ServerProcess>
{
    private static readonly Uri Watches = new("api/watches", UriKind.Relative);
    private static readonly Uri Alerts = new("api/alerts", UriKind.Relative);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonArray> GetArray(HttpClient http, string path) =>
        JsonNode.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray();

    [Fact]
    public async Task PostWatch_WithoutKeyOrWithBadValues_IsRefused()
    {
        using var http = server.Client();
        var ct = TestContext.Current.CancellationToken;

        using var anonymous = await http.PostAsync(Watches, Json("""{"kind": "entity", "value": "Kim Jong Un"}"""), ct);
        using var badKind = new HttpRequestMessage(HttpMethod.Post, Watches) { Content = Json("""{"kind": "planet", "value": "Mars"}""") };
        badKind.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        using var badKindResponse = await http.SendAsync(badKind, ct);
        using var ack = await http.PostAsync(new Uri("api/alerts/ack", UriKind.Relative), Json("""{"all": true}"""), ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badKindResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, ack.StatusCode);
        Assert.DoesNotContain(await GetArray(http, "api/watches"), w => (string)w!["value"]! == "Mars");
    }

    [Fact]
    public async Task PostDocument_AboutAWatchedEntity_RaisesAnAlertShownByTheApiAndTheDashboard()
    {
        using var http = server.Client();
        var ct = TestContext.Current.CancellationToken;
        http.DefaultRequestHeaders.Add("X-API-Key", ServerProcess.ApiKey);

        // Peskov is in the seeds and on the OFAC list: with backfill his listing is reported at once.
        using var watch = await http.PostAsync(Watches, Json("""{"kind": "entity", "value": "Dmitry Peskov", "backfill": true}"""), ct);
        Assert.Equal(HttpStatusCode.Created, watch.StatusCode);
        long watchId = (long)JsonNode.Parse(await watch.Content.ReadAsStringAsync(ct))!["id"]!;
        var backfilled = (await GetArray(http, "api/alerts")).Where(a => (long)a!["watch"]!["id"]! == watchId).ToList();
        Assert.Contains(backfilled, a => (string)a!["kind"]! == "listing" && ((string)a["message"]!).Contains("PESKOV", StringComparison.Ordinal));
        Assert.Contains(backfilled, a => (string)a!["kind"]! == "evidence");

        // A watch without backfill stays quiet about what is known.
        using var quiet = await http.PostAsync(Watches, Json("""{"kind": "entity", "value": "Kim Jong Un"}"""), ct);
        long quietId = (long)JsonNode.Parse(await quiet.Content.ReadAsStringAsync(ct))!["id"]!;
        Assert.DoesNotContain(await GetArray(http, "api/alerts"), a => (long)a!["watch"]!["id"]! == quietId);

        string article = "Kremlsprecher Dmitri Peskow sagte am Montag in Moskau, Kim Jong Un werde im Herbst erneut nach Russland reisen. "
            + "Peskow wollte keine Einzelheiten über mögliche Waffenlieferungen nennen.";
        using var posted = await http.PostAsync(new Uri("api/documents", UriKind.Relative), Json(new JsonObject { ["text"] = article, ["title"] = "Peskow zu Kims Reise" }.ToJsonString()), ct);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync(ct));
        string documentId = (string)JsonNode.Parse(await posted.Content.ReadAsStringAsync(ct))!["id"]!;

        var unread = await GetArray(http, "api/alerts?unread=true");
        var fresh = Assert.Single(unread, a => (long)a!["watch"]!["id"]! == watchId && (string?)a["document"] == documentId);
        Assert.Equal("evidence", (string)fresh!["kind"]!);
        Assert.Contains(unread, a => (long)a!["watch"]!["id"]! == quietId && (string?)a["document"] == documentId);
        int start = (int)fresh["start"]!, end = (int)fresh["end"]!;
        Assert.True(start >= 0 && end > start && end <= article.Length);

        string dashboard = await http.GetStringAsync(new Uri("/", UriKind.Relative), ct);
        Assert.Contains("Recent alerts", dashboard, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Peskow zu Kims Reise"), dashboard, StringComparison.Ordinal);

        using var ack = await http.PostAsync(new Uri("api/alerts/ack", UriKind.Relative), Json("""{"all": true}"""), ct);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Empty(await GetArray(http, "api/alerts?unread=true"));

        using var removed = await http.DeleteAsync(new Uri($"api/watches/{quietId}", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(await GetArray(http, "api/watches"), w => (long)w!["id"]! == quietId);
    }
}
