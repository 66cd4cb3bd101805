using System.Text.Json.Nodes;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests.Listings;

/// <summary>
/// The dossier's listings on the White House corpus (UN + OFAC) against a hand-judged sample of links
/// (Listings/wh-judged-links.tsv): every link the old linker made, judged right or wrong by reading the sentence
/// and the entry, and the links the texts support that it missed.
/// </summary>
public sealed class WhiteHouseLinksTest
{
    [Fact]
    public void Analyze_WhiteHouseCorpus_LinksPreciselyAndFindsTheJudgedParties()
    {
        string sanctions = SharedData.PathOf("data", "sanctions");
        string corpus = SharedData.PathOf("corpus", "whitehouse-dprk", "docs");
        using var temp = new TempFolder();
        string db = temp.File("wh.db");
        var import = CliRunner.Run(
            temp.Path,
            "lists",
            "import",
            Path.Combine(sanctions, "un", "consolidated_2025-04-19.xml"),
            Path.Combine(sanctions, "ofac", "sdn.csv"),
            Path.Combine(sanctions, "ofac", "moov_watchman_testdata", "alt.csv"),
            Path.Combine(sanctions, "ofac", "moov_watchman_testdata", "add.csv"),
            "--db",
            db);
        // Exit 3: imported, with warnings (alias and address rows of entries not in this sdn.csv).
        Assert.True(import.ExitCode is 0 or 3, import.ToString());
        var run = CliRunner.Run(temp.Path, "analyze", corpus, "--db", db, "--out", temp.File("d.json"));
        Assert.True(run.ExitCode == 0, run.ToString());

        var judged = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Listings", "wh-judged-links.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .ToDictionary(f => (f[0], f[1], f[4], f[5]), f => f[7]);
        int gold = judged.Values.Count(j => j != "wrong");
        Assert.True(gold >= 60, $"the sample holds {gold} correct links");

        var links = JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!["entities"]!.AsArray()
            .SelectMany(e => e!["listings"]!.AsArray().Select(l => ((string)e["name"]!, (string)e["schema"]!, (string)l!["list"]!, (string)l["reference"]!)))
            .ToList();
        var right = links.Where(k => judged.TryGetValue(k, out var j) && j != "wrong").ToList();
        var wrong = links.Where(k => judged.TryGetValue(k, out var j) && j == "wrong").ToList();
        double precision = (double)right.Count / Math.Max(1, right.Count + wrong.Count);
        Assert.True(precision >= 0.95, $"precision {precision:0.000}; wrong: {string.Join("; ", wrong)}");
        Assert.True(right.Count >= 60, $"{right.Count} of {gold} correct links found");

        // Every listing explains itself: which name matched which alias, the context, the programme and date.
        foreach (var listing in JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!["entities"]!.AsArray().SelectMany(e => e!["listings"]!.AsArray()))
        {
            var explanations = listing!["explanations"]!.AsObject();
            Assert.Contains("name_match", explanations.Select(p => p.Key));
            Assert.Contains("program", explanations.Select(p => p.Key));
            Assert.Contains("context_support", explanations.Select(p => p.Key));
        }
    }
}
