using System.Text.Json.Nodes;
using NJsonSchema;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class ReviewCommandsTest
{
    private static string Un => SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");

    private static string Sdn => SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv");

    private static string Seeds => SharedData.PathOf("corpus", "seeds");

    private static JsonNode Prepare(TempFolder temp, string db, string output)
    {
        var import = CliRunner.Run(temp.Path, "lists", "import", Un, Sdn, "--db", db);
        Assert.True(import.ExitCode == 0, import.ToString());
        var analyze = CliRunner.Run(temp.Path, "analyze", Seeds, "--db", db, "--out", temp.File(output));
        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        return JsonNode.Parse(File.ReadAllText(temp.File(output)))!;
    }

    private static JsonNode Entity(JsonNode dossier, string name) =>
        dossier["entities"]!.AsArray().Single(e => (string)e!["name"]! == name)!;

    private static IEnumerable<string> EntryIds(JsonNode entity) =>
        entity["listings"]!.AsArray().Select(l => (string)l!["list"]! + ":" + (string)l["reference"]!);

    [Fact]
    public async Task Review_RejectedListing_StaysRejectedAfterListsImportAndAnalyzeRunAgain()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var before = Prepare(temp, db, "d1.json");
        var peskov = Entity(before, "Dmitry Peskov");
        string id = (string)peskov["id"]!;
        string entry = EntryIds(peskov).First();

        var review = CliRunner.Run(temp.Path, "review", "listing", id, entry, "--reject", "--comment", "a namesake", "--db", db);
        Assert.True(review.ExitCode == 0, review.ToString());
        var after = Prepare(temp, db, "d2.json");

        Assert.DoesNotContain(entry, EntryIds(Entity(after, "Dmitry Peskov")));
        Assert.Contains(entry, EntryIds(Entity(before, "Dmitry Peskov")));
        var schema = await JsonSchema.FromFileAsync(SharedData.PathOf("contracts", "dossier.schema.json"), TestContext.Current.CancellationToken);
        Assert.Empty(schema.Validate(File.ReadAllText(temp.File("d2.json"))));
        var list = CliRunner.Run(temp.Path, "review", "list", "--json", "--db", db);
        var decision = Assert.Single(JsonNode.Parse(list.Stdout)!.AsArray());
        Assert.Equal(("rejected", "a namesake", entry), ((string)decision!["decision"]!, (string)decision["comment"]!, (string)decision["object"]!));
    }

    [Fact]
    public void Review_ConfirmedListingAndFindingDecision_ShowInTheDossierAndScreenLeavesRejectedEntriesOut()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var before = Prepare(temp, db, "d1.json");
        string kim = (string)Entity(before, "Kim Jong Un")["id"]!;
        var peskov = Entity(before, "Dmitry Peskov");
        string peskovEntry = EntryIds(peskov).First();
        string finding = (string)before["findings"]!.AsArray()[0]!["id"]!;

        var confirm = CliRunner.Run(temp.Path, "review", "listing", kim, "un-sc:KPe.001", "--confirm", "--author", "ana", "--db", db);
        var needs = CliRunner.Run(temp.Path, "review", "finding", finding, "--needs-evidence", "--comment", "one source", "--db", db);
        var reject = CliRunner.Run(temp.Path, "review", "listing", (string)peskov["id"]!, peskovEntry, "--reject", "--db", db);
        var dossier = CliRunner.Run(temp.Path, "dossier", "--db", db, "--out", temp.File("d2.json"));
        var screen = CliRunner.Run(temp.Path, "screen", "Dmitri Peskow", "--entity", (string)peskov["id"]!, "--json", "--db", db);
        var plain = CliRunner.Run(temp.Path, "screen", "Dmitri Peskow", "--json", "--db", db);

        Assert.True(confirm.ExitCode == 0 && needs.ExitCode == 0 && reject.ExitCode == 0 && dossier.ExitCode == 0, confirm + needs.ToString() + reject + dossier);
        var after = JsonNode.Parse(File.ReadAllText(temp.File("d2.json")))!;
        var added = Entity(after, "Kim Jong Un")["listings"]!.AsArray().Single(l => (string)l!["reference"]! == "KPe.001")!;
        Assert.Equal(1.0, (double)added["score"]!);
        Assert.Equal("ana", (string)added["review"]!["author"]!);
        Assert.Contains(after["findings"]!.AsArray(), f => (string)f!["measure"]! == "designated-party");
        Assert.DoesNotContain(before["findings"]!.AsArray(), f => (string)f!["measure"]! == "designated-party");
        var reviewed = after["findings"]!.AsArray().Single(f => (string)f!["id"]! == finding)!;
        Assert.Equal("needs-evidence", (string)reviewed["review"]!["decision"]!);
        Assert.Contains(peskovEntry, plain.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(peskovEntry, screen.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("listing", "ent:zz", "un-sc:KPe.001", "--confirm", "not an entity id")]
    [InlineData("listing", "ent:0000000000000000", "un-sc:KPe.001", "--confirm", "no entity")]
    [InlineData("finding", "fnd:0000000000000000", null, "--reject", "no finding")]
    [InlineData("merge", "ent:0000000000000000", "ent:0000000000000000", "--same", "two different")]
    public void Review_BadId_FailsWithOneLineAndRecordsNothing(string kind, string first, string? second, string flag, string message)
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var analyze = CliRunner.Run(temp.Path, "analyze", Seeds, "--db", db, "--out", temp.File("d.json"));
        Assert.True(analyze.ExitCode == 0, analyze.ToString());
        string[] args = second is null ? ["review", kind, first, flag, "--db", db] : ["review", kind, first, second, flag, "--db", db];

        var result = CliRunner.Run(temp.Path, args);

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("No review decisions", CliRunner.Run(temp.Path, "review", "list", "--db", db).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_NoVerdictFlag_IsAUsageError()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(temp.Path, "review", "finding", "fnd:0000000000000000", "--db", temp.File("s.db"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--confirm", result.Stderr, StringComparison.Ordinal);
    }
}
