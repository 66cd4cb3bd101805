using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

public sealed class ApiTest(ServerProcess server) : IClassFixture<ServerProcess>
{
    private static readonly Uri Documents = new("api/documents", UriKind.Relative);

    [Fact]
    public async Task Dossier_AfterAnalyzeOfSeeds_ValidatesAgainstTheContract()
    {
        using var http = server.Client();
        string json = await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), TestContext.Current.CancellationToken);
        var schema = await JsonSchema.FromFileAsync(SharedData.PathOf("contracts", "dossier.schema.json"), TestContext.Current.CancellationToken);

        var errors = schema.Validate(json);

        Assert.Empty(errors);
        Assert.True(JsonNode.Parse(json)!["documents"]!.AsArray().Count >= 5);
    }

    [Fact]
    public async Task Match_DimitriPeskow_ReturnsPeskovFirstInYenteShape()
    {
        using var http = server.Client();
        using var body = new StringContent("""{"queries": {"q1": {"schema": "Person", "properties": {"name": ["Dimitri Peskow"]}}}}""", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri("match/default", UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var q1 = root["responses"]!["q1"]!;
        Assert.Equal(200, (int)q1["status"]!);
        var first = q1["results"]![0]!;
        Assert.StartsWith("PESKOV, Dmitriy", (string)first["caption"]!, StringComparison.Ordinal);
        Assert.True((bool)first["match"]!);
        Assert.True((bool)first["target"]!);
        Assert.NotEmpty(first["properties"]!["name"]!.AsArray());
        Assert.NotEmpty(first["explanations"]!.AsObject());
        Assert.Equal("eq", (string)q1["total"]!["relation"]!);
        Assert.False(string.IsNullOrEmpty((string?)root["algorithm"]!["name"]));
        Assert.NotNull(root["matcher"]!["name_match"]!["description"]);
        Assert.Equal(5, (int)root["limit"]!);
    }

    [Fact]
    public async Task Match_MoreThanHundredQueries_IsRejectedAsYenteDoes()
    {
        using var http = server.Client();
        var queries = new JsonObject();
        for (int i = 0; i < 101; i++)
        {
            queries["q" + i] = new JsonObject { ["schema"] = "Person", ["properties"] = new JsonObject { ["name"] = new JsonArray("Kim") } };
        }

        using var body = new StringContent(new JsonObject { ["queries"] = queries }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("match/default", UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many queries in one batch (limit: 100)", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_UnknownDataset_IsNotFound()
    {
        using var http = server.Client();
        using var body = new StringContent("""{"queries": {}}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("match/no-such-list", UriKind.Relative), body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostDocument_WithoutKey_IsUnauthorized_AndWithWrongKey_Forbidden()
    {
        using var http = server.Client();
        using var noKey = new StringContent("Kim Jong Un visited Vladivostok.", Encoding.UTF8, "text/plain");
        using var first = await http.PostAsync(Documents, noKey, TestContext.Current.CancellationToken);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, Documents) { Content = new StringContent("Kim Jong Un visited Vladivostok.", Encoding.UTF8, "text/plain") };
        wrong.Headers.Add("X-API-Key", "wrong");
        using var second = await http.SendAsync(wrong, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Equal("application/problem+json", first.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostDocument_WithScriptAndImage_IsStoredAndShownAsText()
    {
        using var http = server.Client();
        const string Text = "Kim Jong Un met Vladimir Putin in Moscow. <script>alert('x')</script> <img src=x onerror=alert(1)> was in the article.";
        using var request = new HttpRequestMessage(HttpMethod.Post, Documents)
        {
            Content = new StringContent(new JsonObject { ["text"] = Text, ["title"] = "<b>Title</b>" }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        using var posted = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        string id = (string)JsonNode.Parse(await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["id"]!;

        using var page = await http.GetAsync(new Uri("documents/" + Uri.EscapeDataString(id), UriKind.Relative), TestContext.Current.CancellationToken);
        string html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Title&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("class=\"ent ent-Person\"", html, StringComparison.Ordinal);
        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Putin\" OR text:*")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("NEAR(a b) AND -x ^ {title}:")]
    public async Task Search_WithQuerySyntax_AnswersWithoutError(string q)
    {
        using var http = server.Client();
        using var response = await http.GetAsync(new Uri("api/search?q=" + Uri.EscapeDataString(q), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var count = await http.GetAsync(new Uri("api/documents", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(JsonNode.Parse(await count.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray().Count >= 5);
    }

    [Fact]
    public async Task Search_Putin_FindsSeedsWithHighlights()
    {
        using var http = server.Client();
        var root = JsonNode.Parse(await http.GetStringAsync(new Uri("api/search?q=Putin", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var results = root["results"]!.AsArray();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Contains("Putin", r!["highlights"]!.AsArray().Select(h => (string)h!)));
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheMatchEndpoint()
    {
        using var http = server.Client();
        string json = await http.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.NotNull(JsonNode.Parse(json)!["paths"]!["/match/{dataset}"]);
    }

    [Fact]
    public async Task Pages_DashboardAndScreening_Render()
    {
        using var http = server.Client();
        string dashboard = await http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        string screen = await http.GetStringAsync(new Uri("screen?q=Dimitri+Peskow&schema=Person", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("documents</li>", dashboard, StringComparison.Ordinal);
        Assert.Contains("PESKOV, Dmitriy", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_YenteEntityById_ReturnsTheListEntry()
    {
        using var http = server.Client();
        var node = JsonNode.Parse(await http.GetStringAsync(new Uri("search/default?q=Peskov&schema=Person", UriKind.Relative), TestContext.Current.CancellationToken))!;
        string id = (string)node["results"]![0]!["id"]!;
        var entity = JsonNode.Parse(await http.GetStringAsync(new Uri("entities/" + Uri.EscapeDataString(id), UriKind.Relative), TestContext.Current.CancellationToken))!;
        Assert.Equal(id, (string)entity["id"]!);
        Assert.Equal("Person", (string)entity["schema"]!);
        _ = new MediaTypeHeaderValue("application/json");
    }
}
