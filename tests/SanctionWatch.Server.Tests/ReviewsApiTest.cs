using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

public sealed class ReviewsApiTest(ServerProcess server) : IClassFixture<ServerProcess>
{
    private static readonly Uri Reviews = new("api/reviews", UriKind.Relative);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonNode> Get(HttpClient http, string path) =>
        JsonNode.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative), Cancel))!;

    private static async Task<HttpResponseMessage> Post(HttpClient http, string json, string? key = ServerProcess.ApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Reviews) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-API-Key", key);
        }

        return await http.SendAsync(request, Cancel);
    }

    private static async Task<(string Id, string Entry)> Listed(HttpClient http, string name)
    {
        var entity = (await Get(http, "api/entities?q=" + Uri.EscapeDataString(name))).AsArray().First(e => e!["listings"]!.AsArray().Count > 0)!;
        var listing = entity["listings"]![0]!;
        return ((string)entity["id"]!, (string)listing["list"]! + ":" + (string)listing["reference"]!);
    }

    [Fact]
    public async Task PostReview_RejectedListing_LeavesTheDossierAndTheAuditShowsTheAnalyst()
    {
        using var http = server.Client();
        var (id, entry) = await Listed(http, "Putin");
        string body = new JsonObject { ["kind"] = "listing", ["subject"] = id, ["object"] = entry, ["decision"] = "reject", ["comment"] = "namesake", ["author"] = "ana" }.ToJsonString();

        using var posted = await Post(http, body);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var entity = await Get(http, "api/entities/" + Uri.EscapeDataString(id));
        Assert.DoesNotContain(entity["listings"]!.AsArray(), l => (string)l!["list"]! + ":" + (string)l["reference"]! == entry);
        var audit = await Get(http, "api/audit");
        var row = audit["entries"]!.AsArray().Single(e => (string)e!["subject"]! == id && (string?)e["object"] == entry)!;
        Assert.Equal(("rejected", "analyst"), ((string)row["state"]!, (string)row["decidedBy"]!));
        Assert.Equal("namesake", (string)row["decisions"]![0]!["comment"]!);
        Assert.Contains((await Get(http, "api/reviews")).AsArray(), d => (string)d!["subject"]! == id && (string)d["decision"]! == "rejected");
        var schema = await JsonSchema.FromFileAsync(SharedData.PathOf("contracts", "dossier.schema.json"), Cancel);
        Assert.Empty(schema.Validate(await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel)));
        // Screening the entity itself (a query keyed by its id) leaves the rejected entry out; another key keeps it.
        JsonObject Query() => new() { ["schema"] = "Person", ["properties"] = new JsonObject { ["name"] = new JsonArray("Vladimir Putin") } };
        string match = new JsonObject { ["queries"] = new JsonObject { [id] = Query(), ["other"] = Query() } }.ToJsonString();
        using var content = new StringContent(match, Encoding.UTF8, "application/json");
        using var matched = await http.PostAsync(new Uri("match/default", UriKind.Relative), content, Cancel);
        var responses = JsonNode.Parse(await matched.Content.ReadAsStringAsync(Cancel))!["responses"]!;
        Assert.DoesNotContain(responses[id]!["results"]!.AsArray(), r => (string)r!["id"]! == entry);
        Assert.Contains(responses["other"]!["results"]!.AsArray(), r => (string)r!["id"]! == entry);
    }

    [Fact]
    public async Task PostReview_WithoutKey_IsUnauthorized_AndWithABadId_IsUnprocessable()
    {
        using var http = server.Client();
        string good = """{"kind": "finding", "subject": "fnd:0000000000000000", "decision": "confirm"}""";

        using var noKey = await Post(http, good, key: null);
        using var badId = await Post(http, """{"kind": "listing", "subject": "ent:nope", "object": "un-sc:KPe.001", "decision": "reject"}""");
        using var unknown = await Post(http, good);
        using var notJson = await Post(http, "{");

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badId.StatusCode);
        Assert.Equal("application/problem+json", badId.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not an entity id", await badId.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.DoesNotContain((await Get(http, "api/reviews?all=true")).AsArray(), d => (string)d!["subject"]! == "fnd:0000000000000000");
    }

    [Fact]
    public async Task Audit_MachineListings_RecordAlgorithmThresholdAndListVersion()
    {
        using var http = server.Client();

        var audit = await Get(http, "api/audit");

        var machine = audit["entries"]!.AsArray().Where(e => (string)e!["kind"]! == "listing" && (string)e["decidedBy"]! == "machine").ToList();
        Assert.NotEmpty(machine);
        Assert.All(machine, e =>
        {
            Assert.StartsWith("sanctionwatch-link/", (string)e!["algorithm"]!, StringComparison.Ordinal); // listings are decided by the linker, which names its own version
            Assert.Equal(0.85, (double)e["threshold"]!);
            Assert.Matches(@"@\d{4}-\d{2}-\d{2}$", (string)e["listVersions"]![0]!);
        });
        Assert.Contains(audit["lists"]!.AsArray(), l => (string)l!["id"]! == "un-sc" && (string)l["listDate"]! == "2025-04-19");
        Assert.Contains("Audit trail", await http.GetStringAsync(new Uri("audit", UriKind.Relative), Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_ExcludeEntityIds_LeavesTheEntryOutAsYenteDoes()
    {
        using var http = server.Client();
        const string query = """{"queries": {"q1": {"schema": "Person", "properties": {"name": ["Dimitri Peskow"]}}}}""";
        async Task<List<string>> Ids(string path)
        {
            using var body = new StringContent(query, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri(path, UriKind.Relative), body, Cancel);
            var root = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
            return root["responses"]!["q1"]!["results"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        }

        var all = await Ids("match/default");
        var without = await Ids("match/default?exclude_entity_ids=" + Uri.EscapeDataString(all[0]));
        var noOfac = await Ids("match/default?exclude_dataset=us-ofac-sdn");

        Assert.DoesNotContain(all[0], without);
        Assert.Equal(all.Skip(1), without.Take(all.Count - 1));
        Assert.Contains(all, id => id.StartsWith("us-ofac-sdn:", StringComparison.Ordinal));
        Assert.DoesNotContain(noOfac, id => id.StartsWith("us-ofac-sdn:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReviewForm_FromAnotherSite_IsRefused()
    {
        using var http = server.Client();
        var (id, entry) = await Listed(http, "Kim Jong Un");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("reviews/listing", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["entity"] = id, ["entry"] = entry, ["decision"] = "reject", ["key"] = ServerProcess.ApiKey }),
        };
        request.Headers.Add("Origin", "http://elsewhere.example");

        using var response = await http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(entry, (await Get(http, "api/entities/" + Uri.EscapeDataString(id)))["listings"]!.AsArray()
            .Select(l => (string)l!["list"]! + ":" + (string)l["reference"]!));
    }
}
