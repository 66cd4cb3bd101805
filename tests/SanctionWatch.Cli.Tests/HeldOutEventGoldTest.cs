using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary>
/// The hand-written held-out event items (tests/data/events-heldout) and bilingual story set
/// (tests/data/stories-bilingual): their gold names exactly the files present, speaks the dossier contract's
/// vocabulary, and the reference scorer finds every gold document in a real dossier. Scores are not asserted:
/// these sets measure the issue 18/19 rebuilds, they do not gate them.
/// </summary>
public sealed partial class HeldOutEventGoldTest
{
    private static readonly HashSet<string> Types =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "TRANSFER",
    ];

    private static readonly HashSet<string> Categories =
    [
        "arms", "ammunition", "missiles", "military-technology", "nuclear-technology", "space-technology", "dual-use",
        "petroleum", "crude-oil", "luxury-goods", "vehicles", "machinery", "metals", "labour", "troops", "finance",
        "food", "fertiliser", "energy", "other",
    ];

    private static readonly HashSet<string> Modalities = ["asserted", "reported", "alleged", "expected", "hypothetical", "denied", "negated"];

    private static string Data(params string[] parts) => Path.Combine([SharedData.RepositoryRoot, "tests", "data", .. parts]);

    [Theory]
    [InlineData("tune", 50)]
    [InlineData("aside", 30)]
    public void EventGold_CoversEveryItemWithTheContractVocabulary(string split, int minimum)
    {
        string folder = Data("events-heldout", split);
        var keys = Keys(folder);
        Assert.True(keys.Count >= minimum, $"{split}: {keys.Count} items");
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")))!;
        var events = gold["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var free = gold["event_free_docs"]!.AsArray().Select(d => (string)d!["doc"]!).ToHashSet();

        // Every item has gold events or is listed event-free, never both; the gold names no missing item.
        var withEvents = events.Select(e => (string)e["doc"]!).ToHashSet();
        Assert.Empty(withEvents.Intersect(free));
        Assert.Equal(keys.Order(StringComparer.Ordinal), withEvents.Union(free).Order(StringComparer.Ordinal));
        Assert.Equal(events.Count, events.Select(e => (string)e["id"]!).Distinct().Count());

        foreach (var e in events)
        {
            string id = (string)e["id"]!;
            Assert.True(Strings(e["type"]).All(Types.Contains), id + ": type");
            Assert.True(Strings(e["category"]).All(Categories.Contains), id + ": category");
            var modality = Strings(e["modality"]);
            Assert.True(modality.Count > 0 && modality.All(Modalities.Contains), id + ": modality");
            Assert.True(e["actor"] is JsonObject || e["target"] is JsonObject, id + ": no party");
        }

        // Gold events of one document with a shared type and the same roles must differ in category, or one
        // extracted event could satisfy two of them.
        foreach (var group in events.GroupBy(e => (string)e["doc"]!))
        {
            var list = group.ToList();
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    bool sameRoles = Strings(a["type"]).Intersect(Strings(b["type"])).Any()
                        && JsonNode.DeepEquals(a["actor"], b["actor"]) && JsonNode.DeepEquals(a["target"], b["target"]);
                    var (ca, cb) = (Strings(a["category"]), Strings(b["category"]));
                    bool overlap = ca.Intersect(cb).Any() || (ca.Count == 0 && cb.Count == 0);
                    Assert.False(sameRoles && overlap, $"{a["id"]} and {b["id"]} share type, roles and category");
                }
            }
        }
    }

    [Fact]
    public void EventSplits_ShareNoKey()
    {
        var tune = Keys(Data("events-heldout", "tune"));
        var aside = Keys(Data("events-heldout", "aside"));
        Assert.Empty(tune.Intersect(aside));
    }

    [Fact]
    public void StoryGold_PairsOneGermanAndOneEnglishReportAndMergesOnlyPairs()
    {
        string folder = Data("stories-bilingual");
        var keys = Keys(folder);
        var files = Directory.GetFiles(folder, "*.txt").ToDictionary(f => Path.GetFileName(f)[..3], f => Path.GetFileName(f));
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")))!;
        var same = Pairs(gold["stories"]!["same"]!);
        var different = Pairs(gold["stories"]!["different"]!);
        var merged = gold["merged"]!.AsArray().Select(m => Pair(m!["docs"]!)).ToList();

        Assert.True(same.Count >= 12, $"{same.Count} pairs");
        Assert.All(same.Concat(different).SelectMany(p => new[] { p.A, p.B }), k => Assert.Contains(k, keys));
        Assert.All(same, p => Assert.Equal(new[] { "de", "en" }, new[] { Language(files[p.A]), Language(files[p.B]) }.Order(StringComparer.Ordinal)));
        Assert.Empty(same.Intersect(different).Concat(same.Select(p => (p.B, p.A)).Intersect(different)));
        Assert.Equal(same.Order(), merged.Order());

        // A near-miss belongs to no pair and is set apart from some pair's reports.
        var paired = same.SelectMany(p => new[] { p.A, p.B }).ToHashSet();
        var nearMisses = keys.Where(k => !paired.Contains(k)).ToList();
        Assert.True(nearMisses.Count >= 6, $"{nearMisses.Count} near-misses");
        Assert.All(nearMisses, k => Assert.Contains(different, p => p.A == k || p.B == k));
        Assert.All(files.Values, f => Assert.Matches(DateLine(), File.ReadAllText(Path.Combine(folder, f))));
    }

    [Theory]
    [InlineData("events-heldout/tune")]
    [InlineData("stories-bilingual")]
    public void Analyze_FindsEveryGoldDocument_AndTheReferenceScorerRuns(string relative)
    {
        string folder = Data(relative.Split('/'));
        string[] articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        using var temp = new TempFolder();
        var analyze = CliRunner.Run(temp.Path, ["analyze", .. articles, "--db", temp.File("d.db"), "--out", temp.File("d.json")]);
        Assert.True(analyze.ExitCode == 0, analyze.ToString());

        var dossier = JsonNode.Parse(File.ReadAllText(temp.File("d.json")))!;
        var analysed = dossier["documents"]!.AsArray().Select(d => Path.GetFileName((string)d!["source"]!)[..3]).ToHashSet();
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")))!;
        Assert.All(gold["events"]!.AsArray(), e => Assert.Contains((string)e!["doc"]!, analysed));

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])[SharedData.PathOf("eval", "score.py"), temp.File("d.json"), "--gold", Path.Combine(folder, "gold.json"),
                     "--areas", "events,event-precision,quotes,stories"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        Assert.Contains($"/{gold["events"]!.AsArray().Count}", output.Split('\n').Single(l => l.StartsWith("events ", StringComparison.Ordinal)));
    }

    private static HashSet<string> Keys(string folder)
    {
        var keys = Directory.GetFiles(folder, "*.txt").Select(f => Path.GetFileName(f)[..3]).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count()); // score.py keys documents by three characters
        return [.. keys];
    }

    private static List<string> Strings(JsonNode? node) => node?.AsArray().Select(x => (string)x!).ToList() ?? [];

    private static (string A, string B) Pair(JsonNode node) => ((string)node[0]!, (string)node[1]!);

    private static List<(string A, string B)> Pairs(JsonNode node) => node.AsArray().Select(p => Pair(p!)).ToList();

    private static string Language(string file) => file.Split('_')[1];

    [GeneratedRegex(@"\A date [0-9]{4}-[0-9]{2}-[0-9]{2} \n")]
    private static partial Regex DateLine();
}
