using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class AnalyzeCommandTest
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(SharedData.PathOf("contracts", "dossier.schema.json")));

    private static async Task AssertValidAsync(string json)
    {
        var schema = await Schema.Value;
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, "schema errors: " + string.Join("; ", errors.Select(e => e.ToString())));
    }

    private static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    [Fact]
    public async Task Analyze_Seeds_WritesASchemaValidDossierOfFiveGermanDocuments()
    {
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "analyze", seeds, "--db", temp.File("s.db"), "--out", temp.File("d.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        string json = File.ReadAllText(temp.File("d.json"));
        await AssertValidAsync(json);
        var documents = JsonNode.Parse(json)!["documents"]!.AsArray();
        Assert.Equal(5, documents.Count);
        Assert.All(documents, d => Assert.Equal("de", (string?)d!["language"]));
        var bySource = documents.ToDictionary(d => ((string)d!["source"]!)[..3], d => d!);
        Assert.Equal("2023-09", (string?)bySource["003"]["published"]);
        Assert.Equal("2023-09", (string?)bySource["004"]["published"]);
    }

    [Fact]
    public void Analyze_SameArticlesTwice_KeepsFiveDocuments()
    {
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "analyze", seeds, "--db", db, "--out", temp.File("a.json")).ExitCode);
        var second = CliRunner.Run(temp.Path, "analyze", seeds, "--db", db, "--out", temp.File("b.json"));
        Assert.True(second.ExitCode == 0, second.ToString());

        var all = CliRunner.Run(temp.Path, "dossier", "--db", db);
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Equal(5, JsonNode.Parse(all.Stdout)!["documents"]!.AsArray().Count);
        Assert.Equal(WithoutTimestamp(Read(temp.File("a.json"))), WithoutTimestamp(Read(temp.File("b.json"))));
    }

    [Fact]
    public void IngestWorkerDossier_InAnyOrder_GiveTheSameDossierAsAnalyze()
    {
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run(temp.Path, "analyze", seeds, "--db", temp.File("a.db"), "--out", temp.File("a.json")).ExitCode);

        // The same articles, ingested one by one in reverse order, analysed by a separate worker run.
        string db = temp.File("b.db");
        foreach (string file in Directory.GetFiles(seeds).OrderDescending(StringComparer.Ordinal))
        {
            var ingest = CliRunner.Run(temp.Path, "ingest", file, "--db", db);
            Assert.True(ingest.ExitCode == 0, ingest.ToString());
        }

        var worker = CliRunner.Run(temp.Path, "worker", "--once", "--db", db);
        Assert.True(worker.ExitCode == 0, worker.ToString());
        var dossier = CliRunner.Run(temp.Path, "dossier", "--db", db, "--out", temp.File("b.json"));
        Assert.True(dossier.ExitCode == 0, dossier.ToString());

        Assert.Equal(WithoutTimestamp(Read(temp.File("a.json"))), WithoutTimestamp(Read(temp.File("b.json"))));
    }

    [Fact]
    public void Analyze_FolderWithBadInputs_WarnsOncePerBadInputAndExitsPartial()
    {
        using var temp = new TempFolder();
        string input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "good.txt"), "Nordkorea liefert Granaten an Russland. Das berichten Geheimdienste.");
        File.WriteAllText(Path.Combine(input, "good.jsonl"), "{\"text\": \"North Korea shipped shells to Russia, officials said.\"}\n{not json\n{\"text\": \"Russia sent oil to North Korea.\"}\n");
        File.WriteAllBytes(Path.Combine(input, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0xFF]);
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(input, "latin1.txt"), [0x4B, 0xF6, 0x6C, 0x6E, 0x20, 0x69, 0x73, 0x74, 0x20, 0x73, 0x63, 0x68, 0xF6, 0x6E, 0x2E]);

        var result = CliRunner.Run(temp.Path, "analyze", input, "--db", temp.File("s.db"), "--out", temp.File("d.json"));

        Assert.True(result.ExitCode == 3, result.ToString());
        var warnings = result.Stderr.Split('\n').Where(l => l.Contains("warning", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("binary.txt", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("latin1.txt", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("good.jsonl:2", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, Read(temp.File("d.json"))["documents"]!.AsArray().Count);
    }

    [Fact]
    public void Analyze_SeedsWithHostileFiles_AnalysesTheGoodOnesAndKeepsScriptsOut()
    {
        using var temp = new TempFolder();
        string input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        foreach (string seed in Directory.GetFiles(SharedData.PathOf("corpus", "seeds")))
        {
            File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        }

        File.WriteAllBytes(Path.Combine(input, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00]);
        File.WriteAllBytes(Path.Combine(input, "invalid.txt"), [0x48, 0x69, 0x20, 0xC3, 0x28, 0x0A]);
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllText(Path.Combine(input, "page.html"), """
            <html><head><title>Tanker gesichtet</title><script>alert('pwned')</script></head>
            <body><article><p>Der Tanker Severny Veter lud in Wostotschny Diesel für Nordkorea.</p>
            <p onclick="alert('x')">Das berichtet ein Analyst.<img src=x onerror="alert(1)"></p></article></body></html>
            """);
        File.WriteAllText(Path.Combine(input, "feed.jsonl"), "{\"text\": \"Russia shipped oil to North Korea, officials said.\"}\n{broken\n");

        var result = CliRunner.Run(temp.Path, "analyze", input, "--db", temp.File("s.db"), "--out", temp.File("d.json"));

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, result.Stderr.Split('\n').Count(l => l.Contains("warning", StringComparison.Ordinal)));
        Assert.Equal(7, Read(temp.File("d.json"))["documents"]!.AsArray().Count);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + temp.File("s.db"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(text, ' ') FROM documents";
        string texts = (string)command.ExecuteScalar()!;
        Assert.Contains("Severny Veter", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ProjectSamples_WorksWithoutSharedData()
    {
        string samples = Path.Combine(SharedData.RepositoryRoot, "samples", "articles");
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "analyze", samples, "--db", temp.File("s.db"), "--out", temp.File("d.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var dossier = Read(temp.File("d.json"));
        Assert.Equal(Directory.GetFiles(samples).Length, dossier["documents"]!.AsArray().Count);
        var languages = dossier["documents"]!.AsArray().Select(d => (string?)d!["language"]).ToHashSet();
        Assert.Equal(new HashSet<string?> { "de", "en" }, languages);
        var countries = dossier["entities"]!.AsArray().Where(e => (string?)e!["schema"] == "Country").Select(e => (string?)e!["country"]).ToHashSet();
        Assert.Contains("kp", countries);
        Assert.Contains("ru", countries);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "--no-such-option", "x")]
    [InlineData("no-such-command")]
    public void BadUsage_ExitsWithTwoAndNoStackTrace(params string[] arguments)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NothingReadable_ExitsWithOneAndWritesNothing()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "analyze", temp.File("missing-folder"), "--db", temp.File("s.db"), "--out", temp.File("d.json"));
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(temp.File("d.json")));
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_EveryCommand_PrintsUsage()
    {
        using var temp = new TempFolder();
        foreach (string command in new[] { "analyze", "ingest", "worker", "dossier" })
        {
            var result = CliRunner.Run(temp.Path, command, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("--db", result.Stdout, StringComparison.Ordinal);
        }
    }

    private static string WithoutTimestamp(JsonNode dossier)
    {
        dossier.AsObject().Remove("generatedAt");
        return dossier.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
