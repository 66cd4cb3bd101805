using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests.Backends;

/// <summary>
/// The workbench answers the same on every store backend: the real <c>serve</c> over a store the CLI prepared, read
/// through the API and the pages and compared with the CLI's own reading of the same store.
/// </summary>
public abstract class StoreBackendTest(ServerProcess server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serve_OverThePreparedStore_AnswersHealthAndLists()
    {
        using var http = server.Client();

        using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative), Cancel);
        var lists = JsonNode.Parse(await http.GetStringAsync(new Uri("api/lists", UriKind.Relative), Cancel))!;

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("un-sc", lists.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("us-ofac-sdn", lists.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiDossier_SameStore_EqualsTheCliDossier()
    {
        using var http = server.Client();

        string api = await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel);
        string file = Path.Combine(server.Folder, "cli-dossier-" + Guid.NewGuid().ToString("N") + ".json");
        var cli = CliRunner.Run(server.Folder, "dossier", "--db", server.Db, "--out", file);

        Assert.True(cli.ExitCode == 0, cli.ToString());
        var fromApi = WithoutGeneratedAt(api);
        Assert.True(fromApi["documents"]!.AsArray().Count >= 11, "the seeds and samples are not all in the dossier");
        Assert.NotEmpty(fromApi["findings"]!.AsArray());
        Assert.Equal(WithoutGeneratedAt(await File.ReadAllTextAsync(file, Cancel)).ToJsonString(), fromApi.ToJsonString());
    }

    [Fact]
    public async Task Match_DimitriPeskow_FindsDmitriyPeskovFirst()
    {
        using var http = server.Client();
        using var body = new StringContent("""{"queries": {"q1": {"schema": "Person", "properties": {"name": ["Dimitri Peskow"]}}}}""", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri("match/default", UriKind.Relative), body, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!["responses"]!["q1"]!["results"]![0]!;
        Assert.StartsWith("PESKOV, Dmitriy", (string)first["caption"]!, StringComparison.Ordinal);
        Assert.True((bool)first["match"]!);
    }

    [Fact]
    public async Task Search_Rajin_FindsExactlyTheDocumentsThatNameRajin()
    {
        using var http = server.Client();
        int naming = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "samples", "articles"))
            .Concat(Directory.GetFiles(SharedData.PathOf("corpus", "seeds")))
            .Count(f => File.ReadAllText(f).Contains("Rajin", StringComparison.OrdinalIgnoreCase));

        var results = JsonNode.Parse(await http.GetStringAsync(new Uri("api/search?q=Rajin", UriKind.Relative), Cancel))!["results"]!.AsArray();
        var none = JsonNode.Parse(await http.GetStringAsync(new Uri("api/search?q=Zyxwvutsrq", UriKind.Relative), Cancel))!["results"]!.AsArray();

        Assert.True(naming > 0, "no input names Rajin: the test has nothing to find");
        Assert.Equal(naming, results.Count);
        Assert.All(results, r =>
        {
            Assert.Contains("Rajin", (string)r!["snippet"]!, StringComparison.Ordinal);
            Assert.Contains("Rajin", r["highlights"]!.AsArray().Select(h => (string)h!));
        });
        Assert.Empty(none);
    }

    [Fact]
    public async Task HomePage_AnalysedStore_ListsTheDossiersFindings()
    {
        using var http = server.Client();
        var findings = JsonNode.Parse(await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel))!["findings"]!.AsArray()
            .Select(f => (string)f!["id"]!).ToHashSet(StringComparer.Ordinal);

        string home = await http.GetStringAsync(new Uri("/", UriKind.Relative), Cancel);
        var linked = System.Text.RegularExpressions.Regex.Matches(home, "href=\"/?findings/([^\"]+)\"")
            .Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();

        Assert.NotEmpty(linked);
        Assert.All(linked, id => Assert.Contains(id, findings));
    }

    [Fact]
    public async Task Pages_NetworkTimelineAndAFinding_Render()
    {
        using var http = server.Client();
        string finding = (string)JsonNode.Parse(await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel))!["findings"]![0]!["id"]!;

        foreach (string page in new[] { "network", "timeline", "findings/" + Uri.EscapeDataString(finding) })
        {
            using var response = await http.GetAsync(new Uri(page, UriKind.Relative), Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Dossier_AfterAnotherProcessWritesTheStore_ShowsTheNewDocument()
    {
        using var http = server.Client();
        string before = await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel);
        string article = Path.Combine(server.Folder, "written-by-the-cli-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        await File.WriteAllTextAsync(article, "Russia supplied refined petroleum to North Korea in May 2024, officials in Seoul said.", Cancel);

        var analyze = CliRunner.Run(server.Folder, "analyze", article, "--db", server.Db, "--out", Path.Combine(server.Folder, "ignored.json"));
        string after = await http.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel);

        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        Assert.Equal(
            JsonNode.Parse(before)!["documents"]!.AsArray().Count + 1,
            JsonNode.Parse(after)!["documents"]!.AsArray().Count);
    }

    [Fact]
    public async Task Dossier_TwoServersOnOneStore_EachSeesWhatTheOtherStored()
    {
        using var http = server.Client();
        await using var second = new ServerProcess(server.Db);
        await second.InitializeAsync();
        using var other = second.Client();
        int before = JsonNode.Parse(await other.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel))!["documents"]!.AsArray().Count;

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents", UriKind.Relative))
        {
            Content = new StringContent("North Korea delivered artillery shells to Russia in June 2024, the ministry in Seoul said. " + Guid.NewGuid().ToString("N"), Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-API-Key", ServerProcess.ApiKey);
        using var posted = await http.SendAsync(post, Cancel);
        int after = JsonNode.Parse(await other.GetStringAsync(new Uri("api/dossier", UriKind.Relative), Cancel))!["documents"]!.AsArray().Count;

        Assert.True(posted.IsSuccessStatusCode, posted.StatusCode.ToString());
        Assert.True(before >= 11, $"the second server sees the prepared store ({before} documents)");
        Assert.Equal(before + 1, after);
    }

    private static JsonObject WithoutGeneratedAt(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("generatedAt");
        return node;
    }
}

/// <summary>The workbench over a SQLite file.</summary>
public sealed class SqliteBackendTest(SqliteServer fixture) : StoreBackendTest(fixture.Server), IClassFixture<SqliteServer>;

/// <summary>The workbench over a PostgreSQL database.</summary>
public sealed class PostgresBackendTest(PostgresServer fixture) : StoreBackendTest(fixture.Server), IClassFixture<PostgresServer>;
