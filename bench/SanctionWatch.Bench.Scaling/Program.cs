using System.Diagnostics;
using System.Globalization;
using SanctionWatch.Bench.Common;
using SanctionWatch.Bench.Scaling;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;

// Scaling benchmark (issue 10): median of --repeat runs (default 3). Usage:
//   dotnet build -c Release src/SanctionWatch.Cli
//   dotnet run -c Release --project bench/SanctionWatch.Bench.Scaling -- [analyze|screen|all] [--repeat N] [--exe PATH]
// analyze: runs the Release `sanctionwatch analyze` as a whole process on the first quarter, half and all of the
//   White House corpus files (sorted by name; disjoint real documents), each on a fresh temporary database that
//   already holds UN + OFAC (imported beforehand, not timed), so screening is on; reports wall time, peak memory,
//   words/s and µs/word, and the linearity ratio cost-per-word(all)/cost-per-word(half).
// screen: in-process queries/s on one thread against UN, UN + OFAC, and a synthetic list ten times UN + OFAC.
var culture = CultureInfo.InvariantCulture;
string mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
int repeat = OptionValue("--repeat") is { } r ? int.Parse(r, culture) : 3;
string shared = Shared.Find();
string repo = Shared.RepoRoot();
string exe = OptionValue("--exe") ?? Path.Combine(repo, "src/SanctionWatch.Cli/bin/Release/net10.0/sanctionwatch");
string unFile = Path.Combine(shared, "data/sanctions/un/consolidated_2025-04-19.xml");
string ofacFile = Path.Combine(shared, "data/sanctions/ofac/sdn.csv");

Console.WriteLine(string.Create(culture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average {File.ReadAllText("/proc/loadavg").Trim()}"));

if (mode is "analyze" or "all")
{
    if (!File.Exists(exe))
    {
        Console.Error.WriteLine($"error: {exe} not found; run `dotnet build -c Release src/SanctionWatch.Cli` first");
        return 2;
    }

    var docs = Directory.GetFiles(Path.Combine(shared, "corpus/whitehouse-dprk/docs")).Order(StringComparer.Ordinal).ToArray();
    var sizes = new (string Name, int Count)[] { ("quarter", docs.Length / 4), ("half", docs.Length / 2), ("all", docs.Length) };
    var costs = new Dictionary<string, double>();
    var cpuCosts = new Dictionary<string, double>();
    // Wall time is the acceptance figure; CPU time (user + system, both cores) is shown too because other
    // processes share this machine and stretch wall time unevenly between runs. Each size runs --repeat times and the
    // median is reported (by wall time and, separately, by CPU time), with the load average before every run.
    Console.WriteLine("size     files    words   wall s   words/s   µs/word    CPU s  CPU µs/word  peak MB  load before each run");
    foreach (var (name, count) in sizes)
    {
        var files = docs.Take(count).ToArray();
        long words = WordCount.Of(files);
        var runs = new List<(double Wall, double Cpu, double PeakMb)>();
        var loads = new List<string>();
        for (int i = 0; i < repeat; i++)
        {
            loads.Add(File.ReadAllText("/proc/loadavg").Split(' ')[0]);
            runs.Add(Analyze(files));
        }

        double wall = Median(runs.Select(r => r.Wall));
        double cpu = Median(runs.Select(r => r.Cpu));
        double peakMb = Median(runs.Select(r => r.PeakMb));
        double perWord = wall * 1e6 / words;
        costs[name] = perWord;
        cpuCosts[name] = cpu * 1e6 / words;
        Console.WriteLine(string.Create(culture, $"{name,-8} {count,5} {words,8} {wall,8:0.00} {words / wall,9:0} {perWord,9:0.00} {cpu,8:0.00} {cpuCosts[name],12:0.00} {peakMb,8:0}  {string.Join(" ", loads)}"));
        Console.WriteLine(string.Create(culture, $"         runs (wall s / CPU s / peak MB): {string.Join("; ", runs.Select(r => $"{r.Wall:0.00} / {r.Cpu:0.00} / {r.PeakMb:0}"))}"));
    }

    Console.WriteLine(string.Create(culture, $"linearity: cost per word all/half = {costs["all"] / costs["half"]:0.000} (target 0.85–1.15); on CPU time {cpuCosts["all"] / cpuCosts["half"]:0.000}"));
}

if (mode is "screen" or "all")
{
    using var transliterator = new NameTransliterator();
    var matcher = new EntityMatcher(new NameNormalizer(transliterator), MatcherParameters.Default);
    var un = UnConsolidatedImporter.Import(unFile, TimeProvider.System).Entities;
    var ofac = OfacSdnCsvImporter.Import(ofacFile, null, null, null, TimeProvider.System).Entities;
    var real = un.Concat(ofac).ToList();
    var synthetic = SyntheticList.Generate(real, real.Count * 10, seed: 20261122);
    var queries = SyntheticList.Queries(real, 500, seed: 7);
    var points = new List<(int Entries, double MicrosPerQuery)>();
    Console.WriteLine("list                 entries  build s  queries/s  µs/query");
    foreach (var (name, entities) in new (string, IReadOnlyList<ListEntity>)[] { ("UN", un), ("UN + OFAC", real), ("synthetic 10x", synthetic) })
    {
        var build = Stopwatch.StartNew();
        var index = new ScreeningIndex(entities, matcher);
        build.Stop();
        // Warm-up for a second, not one pass: on a loaded machine tiered JIT promotes hot methods late, which would
        // otherwise make the first list measured look slower than the larger ones after it.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1)
        {
            foreach (var q in queries)
            {
                index.Screen(ScreeningQuery.ForName(q), 5, null, explain: false);
            }
        }

        var clock = Stopwatch.StartNew();
        long done = 0;
        while (clock.Elapsed.TotalSeconds < 3)
        {
            foreach (var q in queries)
            {
                index.Screen(ScreeningQuery.ForName(q), 5, null, explain: false);
                done++;
            }
        }

        double qps = done / clock.Elapsed.TotalSeconds;
        points.Add((entities.Count, 1e6 / qps));
        Console.WriteLine(string.Create(culture, $"{name,-18} {entities.Count,9} {build.Elapsed.TotalSeconds,8:0.00} {qps,10:0} {1e6 / qps,9:0.0}"));
    }

    // Least-squares slope of µs/query against list size: the marginal cost of a larger list.
    double mx = points.Average(p => p.Entries), my = points.Average(p => p.MicrosPerQuery);
    double slope = points.Sum(p => (p.Entries - mx) * (p.MicrosPerQuery - my)) / points.Sum(p => (p.Entries - mx) * (p.Entries - mx));
    Console.WriteLine(string.Create(culture, $"slope: {slope * 1000:0.00} µs per query per 1,000 list entries; intercept {my - slope * mx:0.0} µs"));
}

return 0;

(double Wall, double Cpu, double PeakMb) Analyze(string[] files)
{
    var dir = Directory.CreateTempSubdirectory("sw-scaling-");
    try
    {
        var db = Path.Combine(dir.FullName, "bench.db");
        Timed.Run(exe, ["lists", "import", unFile, ofacFile, "--list-date", "2025-04-19", "--db", db], warningsAreSuccess: true);
        return Timed.Run(exe, ["analyze", .. files, "--db", db, "--out", Path.Combine(dir.FullName, "dossier.json")], warningsAreSuccess: true);
    }
    finally
    {
        dir.Delete(recursive: true);
    }
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

string? OptionValue(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
