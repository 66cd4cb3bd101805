using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class ListChangesTest
{
    [Fact]
    public void ListsDiff_Un2022Against2025Json_CountsAgreeWithTheFilesReferenceNumbers()
    {
        string older = SharedData.PathOf("data", "sanctions", "un", "consolidated_2022-09-15.xml");
        string newer = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");
        using var temp = new TempFolder();

        var result = CliRunner.Run(temp.Path, "lists", "diff", older, newer, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = JsonNode.Parse(result.Stdout)!;
        var before = References(older);
        var after = References(newer);
        Assert.Equal(after.Except(before).Count(), json["added"]!.AsArray().Count);
        Assert.Equal(before.Except(after).Count(), json["removed"]!.AsArray().Count);
        Assert.Equal(
            after.Except(before).Order(StringComparer.Ordinal),
            json["added"]!.AsArray().Select(a => (string)a!["reference"]!));
        foreach (var item in json["changed"]!.AsArray())
        {
            Assert.False(string.IsNullOrEmpty((string?)item!["caption"]));
            Assert.NotEmpty(item["fields"]!.AsArray());
        }
    }

    [Fact]
    public void ListsDiff_FileAgainstLoadedVersion_SameCountsAsTwoFiles()
    {
        string older = SharedData.PathOf("data", "sanctions", "un", "consolidated_2022-09-15.xml");
        string newer = SharedData.PathOf("data", "sanctions", "un", "consolidated_2025-04-19.xml");
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "lists", "import", older, "--db", db).ExitCode);

        var loaded = CliRunner.Run(temp.Path, "lists", "diff", newer, "--db", db);
        var files = CliRunner.Run(temp.Path, "lists", "diff", older, newer);

        Assert.True(loaded.ExitCode == 0, loaded.ToString());
        string summary = loaded.Stdout.Split('\n')[0];
        Assert.Equal(files.Stdout.Split('\n')[0], summary);
        Assert.StartsWith($"{References(newer).Except(References(older)).Count()} added, {References(older).Except(References(newer)).Count()} removed", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsImport_AfterAnalysis_ReportsTheListingsTheDossierGainedAndLost()
    {
        string un = SharedData.PathOf("data", "sanctions", "un", "consolidated_2022-09-15.xml");
        string sdn = SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv");
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        var first = CliRunner.Run(temp.Path, "lists", "import", un, "--db", db);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain("re-screened", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(temp.Path, "analyze", seeds, "--db", db, "--out", temp.File("before.json")).ExitCode);

        var import = CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", db, "--json");
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal(0, CliRunner.Run(temp.Path, "dossier", "--db", db, "--out", temp.File("after.json")).ExitCode);

        var report = JsonNode.Parse(import.Stdout)!["rescreen"]!;
        var before = Listings(temp.File("before.json"));
        var after = Listings(temp.File("after.json"));
        Assert.Equal(after.Except(before).Order(StringComparer.Ordinal), Items(report["new"]!).Order(StringComparer.Ordinal));
        Assert.Equal(before.Except(after).Order(StringComparer.Ordinal), Items(report["lost"]!).Order(StringComparer.Ordinal));
        Assert.Contains(report["new"]!.AsArray(), c => (string)c!["name"]! == "Kim Jong Un" && (string)c["list"]! == "us-ofac-sdn");
        Assert.True((int)report["entities"]! > 0);

        var again = CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", db);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("0 new listings, 0 lost", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsImport_ListingAnAnalystRejected_IsNotReportedAsLost()
    {
        string sdn = SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv");
        string dprkOnly = SharedData.PathOf("data", "sanctions", "ofac", "sdn_2024-05-03_DPRK_programs_only.csv");
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "lists", "import", sdn, "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, "analyze", seeds, "--db", db, "--out", temp.File("before.json")).ExitCode);
        var listed = JsonNode.Parse(File.ReadAllText(temp.File("before.json")))!["entities"]!.AsArray()
            .Where(e => (string)e!["schema"]! == "Person" && e["listings"]!.AsArray().Any(l => (string)l!["list"]! == "us-ofac-sdn"))
            .ToDictionary(e => (string)e!["name"]!, e => ((string)e!["id"]!, $"us-ofac-sdn:{(string)e["listings"]![0]!["reference"]!}"));
        var (putin, putinEntry) = listed["Vladimir Putin"];
        var reject = CliRunner.Run(temp.Path, "review", "listing", putin, putinEntry, "--reject", "--db", db);
        Assert.True(reject.ExitCode == 0, reject.ToString());

        // The DPRK-programmes extract has neither Putin nor Peskov: Peskov's listing is lost, Putin's was already rejected.
        var import = CliRunner.Run(temp.Path, "lists", "import", dprkOnly, "--force", "--db", db, "--json");

        Assert.True(import.ExitCode == 0, import.ToString());
        var lost = Items(JsonNode.Parse(import.Stdout)!["rescreen"]!["lost"]!).ToList();
        Assert.Contains($"{listed["Dmitry Peskov"].Item1} {listed["Dmitry Peskov"].Item2}", lost);
        Assert.DoesNotContain(lost, l => l.StartsWith(putin, StringComparison.Ordinal));
    }

    // Every (entity, list entry) pair of a dossier.
    private static HashSet<string> Listings(string dossier) =>
        JsonNode.Parse(File.ReadAllText(dossier))!["entities"]!.AsArray()
            .SelectMany(e => e!["listings"]!.AsArray().Select(l => $"{(string)e["id"]!} {(string)l!["list"]!}:{(string)l["reference"]!}"))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Items(JsonNode changes) =>
        changes.AsArray().Select(c => $"{(string)c!["entity"]!} {(string)c["list"]!}:{(string)c["reference"]!}");

    [Fact]
    public void ListsDiff_NotAListFile_OneLineErrorAndNonZeroExit()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("a.txt"), "hello");

        var result = CliRunner.Run(temp.Path, "lists", "diff", temp.File("a.txt"), temp.File("a.txt"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    private static HashSet<string> References(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        return XDocument.Load(reader).Descendants()
            .Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY")
            .Select(e => e.Element("REFERENCE_NUMBER")!.Value.Trim())
            .ToHashSet(StringComparer.Ordinal);
    }
}
