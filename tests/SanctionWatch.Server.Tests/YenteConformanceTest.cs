using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SanctionWatch.Server.Tests;

/// <summary>
/// What a yente client sends and expects, against the real server over UN and OFAC: /match, /search, /entities,
/// /catalog, /algorithms, /readyz and /openapi.json (the reconciliation API is in the Reconcile part). Every check
/// runs on a SQLite store and on a PostgreSQL one (<see cref="YenteConformanceOnSqliteTest"/>, <see cref="YenteConformanceOnPostgresTest"/>).
/// </summary>
public abstract partial class YenteConformanceTest(ServerProcess server)
{
    private const string KimJongUn = "us-ofac-sdn:20157";
    private const string RiWonHo = "un-sc:KPi.033";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Match_LogicV2OnUsOfacSdn_AnswersInYenteShapeBestFirst()
    {
        var (status, root, batch) = await Post("match/us_ofac_sdn?algorithm=logic-v2", Query("Kim Jong Un", ("birthDate", "1984-01-08"), ("nationality", "kp")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("1", batch);
        var q1 = root["responses"]!["q1"]!;
        Assert.Equal(200, (int)q1["status"]!);
        var results = q1["results"]!.AsArray();
        var first = results[0]!;
        Assert.Equal(KimJongUn, (string)first["id"]!);
        Assert.True((bool)first["match"]!);
        Assert.Equal(["us_ofac_sdn"], first["datasets"]!.AsArray().Select(d => (string)d!));
        Assert.Contains("sanction", first["properties"]!["topics"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(Scores(results).OrderByDescending(s => s), Scores(results));
        Assert.Equal(results.Count(r => (bool)r!["match"]!), (int)q1["total"]!["value"]!);
        Assert.Equal("Person", (string)q1["query"]!["schema"]!);
        Assert.Equal(5, (int)root["limit"]!);
        Assert.NotNull(root["matcher"]!["name_match"]!["description"]);
    }

    [Theory]
    [InlineData("logic-v2")]
    [InlineData("logic-v1")]
    [InlineData("name-based")]
    [InlineData("name-qualified")]
    [InlineData("best")]
    public async Task Match_YentesAlgorithmNames_AreAccepted(string algorithm)
    {
        var (status, root, _) = await Post($"match/default?algorithm={algorithm}", Query("Kim Jong Un"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(KimJongUn, (string)root["responses"]!["q1"]!["results"]![0]!["id"]!);
    }

    [Fact]
    public async Task Match_UnknownAlgorithm_Is400WithDetail()
    {
        var (status, root, _) = await Post("match/default?algorithm=logic-v9", Query("Kim Jong Un"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("logic-v9", (string)root["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eu_fsf")]
    [InlineData("us_ofac_cons")]
    [InlineData("no_such_list")]
    public async Task Match_DatasetNotLoaded_Is404WithDetail(string dataset)
    {
        var (status, root, _) = await Post($"match/{dataset}", Query("Kim Jong Un"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("No such dataset.", (string)root["detail"]!);
    }

    [Fact]
    public async Task Match_UnScSanctions_ReturnsOnlyUnEntries()
    {
        var (_, root, _) = await Post("match/un_sc_sanctions", Query("Ri Won Ho"));
        var results = root["responses"]!["q1"]!["results"]!.AsArray();
        Assert.Equal(RiWonHo, (string)results[0]!["id"]!);
        Assert.All(results, r => Assert.Equal("un_sc_sanctions", (string)r!["datasets"]![0]!));
    }

    [Fact]
    public async Task Match_FiltersOfTheQueryString_AreHonoured()
    {
        var all = await Ids("match/sanctions?cutoff=0.3&limit=20", "Kim Jong");
        Assert.Contains(all, id => id.StartsWith("un-sc:", StringComparison.Ordinal));
        Assert.Contains(all, id => id.StartsWith("us-ofac-sdn:", StringComparison.Ordinal));

        Assert.All(await Ids("match/sanctions?cutoff=0.3&limit=20&exclude_dataset=us_ofac_sdn", "Kim Jong"), id => Assert.StartsWith("un-sc:", id, StringComparison.Ordinal));
        Assert.All(await Ids("match/sanctions?cutoff=0.3&limit=20&include_dataset=us_ofac_sdn", "Kim Jong"), id => Assert.StartsWith("us-ofac-sdn:", id, StringComparison.Ordinal));
        Assert.Empty(await Ids("match/sanctions?cutoff=0.3&limit=20&topics=role.pep", "Kim Jong"));
        Assert.Equal(all, await Ids("match/sanctions?cutoff=0.3&limit=20&topics=role.pep&topics=sanction", "Kim Jong"));
        Assert.Empty(await Ids("match/sanctions?cutoff=0.3&limit=20&exclude_schema=Person", "Kim Jong"));
        Assert.Empty(await Ids("match/sanctions?cutoff=0.3&limit=20&changed_since=2999-01-01", "Kim Jong"));
        Assert.DoesNotContain(all[0], await Ids($"match/sanctions?cutoff=0.3&limit=20&exclude_entity_ids={Uri.EscapeDataString(all[0])}", "Kim Jong"));
        Assert.Single(await Ids("match/sanctions?cutoff=0.3&limit=1", "Kim Jong"));
    }

    [Fact]
    public async Task Match_CutoffAndThreshold_DecideWhatIsReturnedAndWhatMatches()
    {
        var (_, loose, _) = await Post("match/default?cutoff=0.3&threshold=0.9&limit=20", Query("Kim Jong"));
        var (_, strict, _) = await Post("match/default?cutoff=0.8&threshold=0.85&limit=20", Query("Kim Jong"));
        var (_, capped, _) = await Post("match/default?cutoff=0.95&threshold=0.75&limit=20", Query("Kim Jong"));
        var looseResults = loose["responses"]!["q1"]!["results"]!.AsArray();

        Assert.Contains(Scores(looseResults), s => s < 0.8);
        Assert.All(Scores(looseResults), s => Assert.True(s >= 0.3));
        Assert.All(looseResults, r => Assert.Equal((double)r!["score"]! >= 0.9, (bool)r["match"]!));
        Assert.All(Scores(strict["responses"]!["q1"]!["results"]!.AsArray()), s => Assert.True(s >= 0.8, $"{s} is below the cutoff"));
        // As in yente, a cutoff above the threshold is lowered to it: every match is returned.
        var cappedScores = Scores(capped["responses"]!["q1"]!["results"]!.AsArray());
        Assert.Contains(cappedScores, s => s < 0.95);
        Assert.All(cappedScores, s => Assert.True(s >= 0.75, $"{s} is below the threshold"));
    }

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("threshold=high", "threshold")]
    [InlineData("changed_since=yesterday", "changed_since")]
    public async Task Match_UnreadableParameter_Is422NamingIt(string parameter, string name)
    {
        var (status, root, _) = await Post("match/default?" + parameter, Query("Kim Jong Un"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["query", name], root["detail"]![0]!["loc"]!.AsArray().Select(x => (string)x!));
    }

    [Fact]
    public async Task Match_BodyNotJsonOrWithoutQueries_AnswersAsYente()
    {
        var (broken, brokenRoot, _) = await Post("match/default", "{\"queries\": ");
        var (empty, emptyRoot, _) = await Post("match/default", "{\"queries\": {}}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken);
        Assert.NotNull(brokenRoot["detail"]![0]!["msg"]);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Equal("No queries provided.", (string)emptyRoot["detail"]!);
    }

    [Fact]
    public async Task Search_FiltersPagesAndFacets()
    {
        var root = await Get("search/sanctions?q=Kim+Jong&limit=2");
        var unOnly = await Get("search/sanctions?q=Kim+Jong&datasets=un_sc_sanctions");

        Assert.Equal(2, root["results"]!.AsArray().Count);
        Assert.True((int)root["total"]!["value"]! > 2);
        Assert.Equal(2, (int)root["limit"]!);
        Assert.NotNull(root["facets"]!["countries"]!["values"]);
        Assert.Contains(root["facets"]!["datasets"]!["values"]!.AsArray(), v => (string)v!["name"]! == "us_ofac_sdn");
        Assert.NotEmpty(unOnly["results"]!.AsArray());
        Assert.All(unOnly["results"]!.AsArray(), r => Assert.Equal("un_sc_sanctions", (string)r!["datasets"]![0]!));
    }

    [Fact]
    public async Task Search_UnknownSchemaOrTooLargeLimit_AreRefusedAsYente()
    {
        using var http = server.Client();
        using var schema = await http.GetAsync(new Uri("search/default?q=Kim&schema=Banana", UriKind.Relative), Cancel);
        using var limit = await http.GetAsync(new Uri("search/default?q=Kim&limit=501", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, schema.StatusCode);
        Assert.Equal("Invalid schema", (string)JsonNode.Parse(await schema.Content.ReadAsStringAsync(Cancel))!["detail"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, limit.StatusCode);
    }

    [Fact]
    public async Task Entity_UnEntry_HasIsoCountriesAndItsSanctionNested()
    {
        var entity = await Get("entities/" + RiWonHo);
        var flat = await Get("entities/" + RiWonHo + "?nested=false");

        Assert.Equal(["kp"], entity["properties"]!["nationality"]!.AsArray().Select(x => (string)x!));
        Assert.Equal("2025-04-19T00:00:00", (string)entity["first_seen"]!);
        Assert.Equal("2025-04-19T00:00:00", (string)entity["last_seen"]!);
        var sanction = entity["properties"]!["sanctions"]![0]!;
        Assert.Equal("Sanction", (string)sanction["schema"]!);
        Assert.Equal("United Nations Security Council", (string)sanction["properties"]!["authority"]![0]!);
        Assert.Equal("DPRK", (string)sanction["properties"]!["program"]![0]!);
        Assert.Equal("2016-11-30", (string)sanction["properties"]!["listingDate"]![0]!);
        Assert.Contains("KOMID", (string)sanction["properties"]!["reason"]![0]!, StringComparison.Ordinal);
        Assert.NotNull(sanction["properties"]!["sourceUrl"]);
        Assert.Null(entity["properties"]!["listingDate"]);
        Assert.Null(flat["properties"]!["sanctions"]);
    }

    [Fact]
    public async Task Entity_Unknown_Is404WithYentesDetail()
    {
        using var http = server.Client();
        using var answer = await http.GetAsync(new Uri("entities/no-such-entity", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("No such entity!", (string)JsonNode.Parse(await answer.Content.ReadAsStringAsync(Cancel))!["detail"]!);
    }

    [Fact]
    public async Task Adjacent_GroupsBySanctionsAndPagesPerProperty()
    {
        var all = await Get($"entities/{RiWonHo}/adjacent");
        var page = await Get($"entities/{RiWonHo}/adjacent/sanctions?limit=0");
        var sanctionId = (string)all["adjacent"]!["sanctions"]!["results"]![0]!["id"]!;
        var back = await Get($"entities/{Uri.EscapeDataString(sanctionId)}/adjacent");
        using var http = server.Client();
        using var none = await http.GetAsync(new Uri($"entities/{RiWonHo}/adjacent/nickname", UriKind.Relative), Cancel);

        Assert.Equal(RiWonHo, (string)all["entity"]!["id"]!);
        Assert.Equal(1, (int)all["adjacent"]!["sanctions"]!["total"]!["value"]!);
        Assert.Empty(page["results"]!.AsArray());
        Assert.Equal(1, (int)page["total"]!["value"]!);
        Assert.Equal(0, (int)page["limit"]!);
        Assert.Equal(RiWonHo, (string)back["adjacent"]!["entity"]!["results"]![0]!["id"]!);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task Catalog_NamesLoadedListsAsOpenSanctionsDoes()
    {
        var root = await Get("catalog");
        var names = root["datasets"]!.AsArray().Select(d => (string)d!["name"]!).ToList();
        var defaults = root["datasets"]!.AsArray().Single(d => (string)d!["name"]! == "default")!;

        Assert.Contains("un_sc_sanctions", names);
        Assert.Contains("us_ofac_sdn", names);
        Assert.Contains("sanctions", names);
        Assert.DoesNotContain("eu_fsf", names);
        Assert.Equal(["un_sc_sanctions", "us_ofac_sdn"], defaults["children"]!.AsArray().Select(c => (string)c!).Order(StringComparer.Ordinal));
        Assert.All(root["datasets"]!.AsArray(), d => Assert.False(string.IsNullOrEmpty((string?)d!["version"])));
        Assert.Contains("us_ofac_sdn", root["current"]!.AsArray().Select(c => (string)c!));
        Assert.False((bool)root["index_stale"]!);
    }

    [Fact]
    public async Task Algorithms_EachYenteNameSaysWhichOfOursScoresIt()
    {
        var root = await Get("algorithms");
        string ours = (string)root["default"]!;
        var byName = root["algorithms"]!.AsArray().ToDictionary(a => (string)a!["name"]!, a => a!);
        foreach (string name in new[] { "logic-v2", "logic-v1", "name-based", "name-qualified" })
        {
            Assert.Equal(ours, (string)byName[name]["maps_to"]!);
        }

        Assert.True(byName.ContainsKey((string)root["best"]!));
    }

    [Fact]
    public async Task Algorithms_ListEachFeatureWithItsDescriptionAndWeight()
    {
        var root = await Get("algorithms");
        var ours = root["algorithms"]!.AsArray().Single(a => (string)a!["name"]! == (string)root["default"]!)!;
        var features = ours["features"]!.AsObject();

        Assert.Equal(
            ["name_match", "weak_alias_match", "schema_mismatch", "birth_date_match", "birth_date_mismatch", "country_mismatch"],
            features.Select(f => f.Key));
        Assert.All(features, f => Assert.False(string.IsNullOrWhiteSpace((string?)f.Value!["description"])));
        Assert.Equal([1.0, 0.9, -0.5, 0.05, -0.2, -0.1], features.Select(f => (double)f.Value!["coefficient"]!));
    }

    [Fact]
    public async Task Readyz_WithListsLoaded_IsOk()
    {
        Assert.Equal("ok", (string)(await Get("readyz"))["status"]!);
    }

    [Fact]
    public async Task OpenApiJson_DescribesTheYenteEndpoints()
    {
        var root = await Get("openapi.json");
        Assert.StartsWith("3.", (string)root["openapi"]!, StringComparison.Ordinal);
        foreach (string path in new[] { "/match/{dataset}", "/search/{dataset}", "/entities/{id}", "/entities/{id}/adjacent", "/catalog", "/algorithms", "/readyz", "/reconcile/{dataset}" })
        {
            Assert.True(root["paths"]![path] is not null, path + " is not described");
        }

        var match = root["paths"]!["/match/{dataset}"]!["post"]!;
        var parameters = match["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        Assert.Contains("threshold", parameters);
        Assert.Contains("include_dataset", parameters);
        Assert.Contains("MatchRequest", (string)match["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!, StringComparison.Ordinal);
        Assert.NotNull(root["components"]!["schemas"]!["ScoredEntityResponse"]!["properties"]!["first_seen"]);
    }

    private static string Query(string name, params (string Property, string Value)[] more)
    {
        var properties = new JsonObject { ["name"] = new JsonArray(name) };
        foreach (var (p, v) in more)
        {
            properties[p] = new JsonArray(v);
        }

        return new JsonObject { ["queries"] = new JsonObject { ["q1"] = new JsonObject { ["schema"] = "Person", ["properties"] = properties } } }.ToJsonString();
    }

    private static List<double> Scores(JsonArray results) => results.Select(r => (double)r!["score"]!).ToList();

    private async Task<List<string>> Ids(string path, string name)
    {
        var (status, root, _) = await Post(path, Query(name));
        Assert.Equal(HttpStatusCode.OK, status);
        return root["responses"]!["q1"]!["results"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
    }

    private async Task<(HttpStatusCode Status, JsonNode Root, string? BatchSize)> Post(string path, string json)
    {
        using var http = server.Client();
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), body, Cancel);
        string text = await response.Content.ReadAsStringAsync(Cancel);
        string? batch = response.Headers.TryGetValues("x-batch-size", out var values) ? values.Single() : null;
        return (response.StatusCode, JsonNode.Parse(text)!, batch);
    }

    private async Task<JsonNode> Get(string path)
    {
        using var http = server.Client();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        string text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
