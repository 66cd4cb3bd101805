using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Server.Tests;

/// <summary><c>/match</c> and <c>sanctionwatch screen --batch</c> read one yente query the same way and score it the same.</summary>
public abstract partial class YenteConformanceTest
{
    // Each query leans on a property that screen --batch once ignored (citizenship, jurisdiction, previousName, weakAlias).
    private static readonly string[] SharedQueries =
    [
        """{"id": "both-plain", "schema": "Person", "properties": {"name": ["Kim Jong Un"], "birthDate": ["1984-01-08"], "nationality": ["kp"]}}""",
        """{"id": "both-citizenship", "schema": "Person", "properties": {"name": ["Ri Won Ho"], "citizenship": ["ru"]}}""",
        """{"id": "both-previous-name", "schema": "Person", "properties": {"previousName": ["Kim Jong Un"]}}""",
        """{"id": "both-jurisdiction", "schema": "Organization", "properties": {"name": ["Korea Kwangson Banking Corp"], "jurisdiction": ["ru"]}}""",
        """{"id": "both-weak-alias", "schema": "Person", "properties": {"weakAlias": ["Kim Jong Un"], "birthDate": ["1983"]}}""",
    ];

    [Fact]
    public async Task Match_AndScreenBatch_ScoreTheSameQueryTheSame()
    {
        var queries = new JsonObject();
        foreach (string line in SharedQueries)
        {
            var q = JsonNode.Parse(line)!;
            queries[(string)q["id"]!] = q;
        }

        var (status, root, _) = await Post("match/default?threshold=0.5&cutoff=0.5&limit=5", new JsonObject { ["queries"] = queries }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        string file = Path.Combine(server.Folder, $"queries-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, SharedQueries, Encoding.UTF8, Cancel);
        var run = CliRunner.Run(server.Folder, "screen", "--batch", file, "--threshold", "0.5", "--limit", "5", "--db", server.Db);
        Assert.True(run.ExitCode == 0, run.ToString());

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(SharedQueries.Length, lines.Count);
        foreach (var line in lines)
        {
            string id = (string)line["query"]!;
            var response = root["responses"]![id]!;
            Assert.Equal(200, (int)response["status"]!);
            var overHttp = response["results"]!.AsArray().Select(r => ((string)r!["id"]!, (double)r["score"]!)).ToList();
            var inBatch = line["results"]!.AsArray().Select(r => ((string)r!["id"]!, (double)r["score"]!)).ToList();
            Assert.NotEmpty(overHttp);
            Assert.Equal(overHttp, inBatch);
        }

        // The citizenship counts on both paths: against Ri Won Ho's kp, ru is a country mismatch.
        var ri = lines.Single(l => (string)l["query"]! == "both-citizenship")["results"]!.AsArray().Single(r => (string)r!["id"]! == RiWonHo)!;
        Assert.Equal(-0.1, (double)ri["explanations"]!["country_mismatch"]!["score"]!);
    }
}
