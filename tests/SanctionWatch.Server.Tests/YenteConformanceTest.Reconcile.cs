using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SanctionWatch.Server.Tests;

/// <summary>The reconciliation API as OpenRefine uses it: manifest, queries (form and JSON), suggestions, extension, preview.</summary>
public abstract partial class YenteConformanceTest
{
    [Fact]
    public async Task Reconcile_Manifest_TellsOpenRefineWhereEverythingIs()
    {
        var root = await Get("reconcile/default");
        Assert.Contains("0.2", root["versions"]!.AsArray().Select(v => (string)v!));
        Assert.False(string.IsNullOrEmpty((string?)root["identifierSpace"]));
        Assert.False(string.IsNullOrEmpty((string?)root["schemaSpace"]));
        Assert.EndsWith("/reconcile/default", (string)root["suggest"]!["entity"]!["service_url"]!, StringComparison.Ordinal);
        Assert.Equal("/suggest/type", (string)root["suggest"]!["type"]!["service_path"]!);
        Assert.Equal("/extend/property", (string)root["extend"]!["propose_properties"]!["service_path"]!);
        Assert.Contains("{{id}}", (string)root["preview"]!["url"]!, StringComparison.Ordinal);
        Assert.Contains(root["defaultTypes"]!.AsArray(), t => (string)t!["id"]! == "Person");
    }

    [Fact]
    public async Task Reconcile_FormEncodedQueries_AreScoredWithTheirPropertyFilters()
    {
        var right = await Reconcile("""{"q0": {"query": "Ryang Tae Chol", "type": "Person", "limit": 3, "properties": [{"pid": "nationality", "v": "kp"}, {"pid": "birthDate", "v": "1969-01-07"}]}}""");
        var wrong = await Reconcile("""{"q0": {"query": "Ryang Tae Chol", "type": "Person", "limit": 3, "properties": [{"pid": "nationality", "v": "ru"}, {"pid": "birthDate", "v": "1990"}]}}""");

        var best = right["q0"]!["result"]![0]!;
        Assert.Equal("us-ofac-sdn:23512", (string)best["id"]!);
        Assert.Equal("Person", (string)best["type"]![0]!["id"]!);
        Assert.True((bool)best["match"]!);
        var other = wrong["q0"]!["result"]!.AsArray().First(r => (string)r!["id"]! == "us-ofac-sdn:23512")!;
        Assert.True((double)other["score"]! < (double)best["score"]!, "a conflicting country and birth date lower the score");
    }

    [Fact]
    public async Task Reconcile_JsonArrayOfQueries_IsAnsweredWithCandidates()
    {
        using var http = server.Client();
        using var body = new StringContent("""{"queries": [{"query": "Kim Jong Un", "type": "Person"}, {"query": "Ri Won Ho"}]}""", Encoding.UTF8, "application/json");
        using var answer = await http.PostAsync(new Uri("reconcile/sanctions", UriKind.Relative), body, Cancel);
        var root = JsonNode.Parse(await answer.Content.ReadAsStringAsync(Cancel))!;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("us-ofac-sdn:20157", (string)root["results"]![0]!["candidates"]![0]!["id"]!);
        Assert.Equal("un-sc:KPi.033", (string)root["results"]![1]!["candidates"]![0]!["id"]!);
    }

    [Fact]
    public async Task Reconcile_UnknownTypeOrBrokenJson_Is400WithDetail()
    {
        using var http = server.Client();
        using var type = await http.PostAsync(new Uri("reconcile/default", UriKind.Relative), Form("queries", """{"q0": {"query": "Kim", "type": "Banana"}}"""), Cancel);
        using var broken = await http.PostAsync(new Uri("reconcile/default", UriKind.Relative), Form("queries", "{\"q0\": "), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Contains("Banana", (string)JsonNode.Parse(await type.Content.ReadAsStringAsync(Cancel))!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.NotNull(JsonNode.Parse(await broken.Content.ReadAsStringAsync(Cancel))!["detail"]);
    }

    [Fact]
    public async Task Reconcile_BeyondMatchsWorkBudget_Is400BeforeScoring()
    {
        string longName = new('x', 301);
        var manyNames = new JsonArray(Enumerable.Range(0, 21).Select(i => (JsonNode)new JsonObject { ["pid"] = "alias", ["v"] = $"Kim {i}" }).ToArray());
        using var http = server.Client();
        using var tooLong = await http.PostAsync(new Uri("reconcile/default", UriKind.Relative), Form("queries", new JsonObject { ["q0"] = new JsonObject { ["query"] = longName } }.ToJsonString()), Cancel);
        using var tooMany = await http.PostAsync(new Uri("reconcile/default", UriKind.Relative),
            Form("queries", new JsonObject { ["q0"] = new JsonObject { ["query"] = "Kim", ["properties"] = manyNames } }.ToJsonString()), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 300 characters", (string)JsonNode.Parse(await tooLong.Content.ReadAsStringAsync(Cancel))!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("names per query", (string)JsonNode.Parse(await tooMany.Content.ReadAsStringAsync(Cancel))!["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_Suggestions_FindEntitiesTypesAndProperties()
    {
        var entities = await Get("reconcile/default/suggest/entity?prefix=KIM%20Jong&limit=5");
        var types = await Get("reconcile/default/suggest/type?prefix=Per");
        var properties = await Get("reconcile/default/suggest/property?prefix=birth");
        using var http = server.Client();
        using var noPrefix = await http.GetAsync(new Uri("reconcile/default/suggest/entity", UriKind.Relative), Cancel);

        Assert.Contains(entities["result"]!.AsArray(), e => (string)e!["id"]! == "us-ofac-sdn:20157");
        Assert.All(entities["result"]!.AsArray(), e => Assert.Contains("kim", ((string)e!["name"]!).ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Equal("Person", (string)types["result"]![0]!["id"]!);
        Assert.Contains(properties["result"]!.AsArray(), p => (string)p!["id"]! == "birthDate");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noPrefix.StatusCode);
    }

    [Fact]
    public async Task Reconcile_DataExtension_ProposesAndFillsCommonProperties()
    {
        var proposed = await Get("reconcile/default/extend/property?type=Person");
        var caption = await Reconcile("""{"ids": ["us-ofac-sdn:23512", "no-such-id"], "properties": [{"id": "birthDate"}, {"id": "nationality"}]}""", "extend");
        var raw = await Reconcile("""{"ids": ["us-ofac-sdn:23512"], "properties": [{"id": "nationality", "settings": {"render": "raw"}}]}""", "extend");
        using var http = server.Client();
        using var badType = await http.GetAsync(new Uri("reconcile/default/extend/property?type=Banana", UriKind.Relative), Cancel);

        Assert.Contains(proposed["properties"]!.AsArray(), p => (string)p!["id"]! == "birthDate");
        Assert.Equal("Person", (string)proposed["type"]!);
        Assert.Equal(["birthDate", "nationality"], caption["meta"]!.AsArray().Select(m => (string)m!["id"]!));
        Assert.Equal("1969-01-07", (string)caption["rows"]!["us-ofac-sdn:23512"]!["birthDate"]![0]!["str"]!);
        Assert.Equal("North Korea", (string)caption["rows"]!["us-ofac-sdn:23512"]!["nationality"]![0]!["str"]!);
        Assert.Equal("kp", (string)raw["rows"]!["us-ofac-sdn:23512"]!["nationality"]![0]!["str"]!);
        Assert.Empty(caption["rows"]!["no-such-id"]!.AsObject());
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
    }

    [Fact]
    public async Task Reconcile_Preview_IsAnEscapedCardOpenRefineMayFrame()
    {
        using var http = server.Client();
        using var answer = await http.GetAsync(new Uri("reconcile/default/preview?id=un-sc:KPi.033", UriKind.Relative), Cancel);
        string html = await answer.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("RI WON HO", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("frame-ancestors *", string.Join(' ', answer.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string field, string json) => new([new KeyValuePair<string, string>(field, json)]);

    private async Task<JsonNode> Reconcile(string json, string field = "queries")
    {
        using var http = server.Client();
        using var form = Form(field, json);
        using var answer = await http.PostAsync(new Uri("reconcile/default", UriKind.Relative), form, Cancel);
        string text = await answer.Content.ReadAsStringAsync(Cancel);
        Assert.True(answer.IsSuccessStatusCode, $"{(int)answer.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
