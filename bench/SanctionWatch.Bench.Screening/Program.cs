using System.Diagnostics;
using System.Globalization;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Text;

// Screening benchmark and tuning tool. Usage: bench [speed|tune|quality] [shared-folder]
// speed: queries/s against UN + OFAC SDN on one thread, candidate retrieval included; compare pairs/s.
// tune: grid search of the matcher's weights on the ODD data rows of nomenklatura cases.csv only.
// quality: F1 on odd/even rows (logic-v2's frozen scores on the same pairs beside it), UN typo top-1, validation
// negatives flagged (the held-out set: the first 1,000 rows of each negatives file).
// negatives: the tuning split of the synthetic negatives (rows after the validation rows), with every flagged name.
string mode = args.Length > 0 ? args[0] : "speed";
string shared = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") ?? "../shared";
string data = Path.Combine(shared, "data");
using var transliterator = new NameTransliterator();
var normalizer = new NameNormalizer(transliterator);
var cases = Csv.ReadRows(Path.Combine(data, "name-matching/nomenklatura/cases.csv"));

if (mode == "tune")
{
    var odd = cases.Where((_, i) => i % 2 == 0).ToList();
    var best = (F1: 0.0, P: MatcherParameters.Default);
    foreach (double extra in new[] { 0.2, 0.3 })
    {
        foreach (double conflict in new[] { 1.5, 2.5, 3.5 })
        {
            foreach (double single in new[] { 0.3, 0.4 })
            {
                foreach (double worst in new[] { 0.1, 0.2, 0.3 })
                {
                    foreach (double floor in new[] { 0.2, 0.3 })
                    {
                        var p = MatcherParameters.Default with { ExtraTokenPenalty = extra, ConflictPenalty = conflict, SingleTokenPenalty = single, WorstTokenPenalty = worst, TokenFloor = floor };
                        double f1 = Bench.F1(new EntityMatcher(normalizer, p), odd).F1;
                        if (f1 > best.F1)
                        {
                            best = (f1, p);
                        }
                    }
                }
            }
        }
    }

    Console.WriteLine($"best odd-row F1 {best.F1:0.000} with {best.P}");
    return;
}

var matcher = new EntityMatcher(normalizer, MatcherParameters.Default);
if (mode == "quality")
{
    var oddRows = cases.Where((_, i) => i % 2 == 0).ToList();
    var evenRows = cases.Where((_, i) => i % 2 == 1).ToList();
    Console.WriteLine($"cases.csv odd  {Bench.F1(matcher, oddRows)}");
    Console.WriteLine($"cases.csv even {Bench.F1(matcher, evenRows)}");
    Console.WriteLine($"cases.csv all  {Bench.F1(matcher, cases)}");

    // logic-v2 scored 812 of the 826 pairs; compare both on exactly those pairs, split by the cases.csv row.
    var frozen = Csv.ReadRows(Path.Combine(data, "name-matching/nomenklatura/logicv2-frozen.csv"))
        .GroupBy(r => (r["schema"], r["name1"], r["name2"])).ToDictionary(g => g.Key, g => g.First()["predicted_match"] == "true");
    foreach (var (label, parity) in new[] { ("odd ", 0), ("even", 1), ("all ", -1) })
    {
        var rows = cases.Where((r, i) => (parity < 0 || i % 2 == parity) && frozen.ContainsKey((r["schema"], r["name1"], r["name2"]))).ToList();
        var v2 = Bench.F1(rows.Select(r => (frozen[(r["schema"], r["name1"], r["name2"])], r["is_match"] == "true")));
        Console.WriteLine($"same {rows.Count} pairs {label}: ours {Bench.F1(matcher, rows).F1:0.000}, logic-v2 {v2.F1:0.000}");
    }
    if (args.Length > 2)
    {
        foreach (var row in cases)
        {
            var s = matcher.CompareNames(row["schema"], row["name1"], row["name2"], explain: true);
            if (s.Match != (row["is_match"] == "true"))
            {
                Console.WriteLine($"{(s.Match ? "FP" : "FN")} {s.Score:0.00} {row["schema"]} | {row["name1"]} | {row["name2"]} | {string.Join("; ", s.Explanations.Values.Select(v => v.Detail))}");
            }
        }
    }
}

var clock = TimeProvider.System;
var un = UnConsolidatedImporter.Import(Path.Combine(data, "sanctions/un/consolidated_2025-04-19.xml"), clock);
var sdn = OfacSdnCsvImporter.Import(Path.Combine(data, "sanctions/ofac/sdn.csv"), null, null, null, clock);
var sw = Stopwatch.StartNew();
var index = new ScreeningIndex(un.Entities.Concat(sdn.Entities), matcher);
Console.WriteLine($"index: {index.EntityCount} entries, {index.NameCount} names, built in {sw.Elapsed.TotalSeconds:0.00} s");
var unIndex = new ScreeningIndex(un.Entities, matcher);
var treated = Csv.ReadRows(Path.Combine(data, "name-matching/yente/positives_un_treated.csv"));
var untreated = Csv.ReadRows(Path.Combine(data, "name-matching/yente/positives_un_untreated.csv"));
var negatives = Csv.ReadRows(Path.Combine(data, "name-matching/yente/validation_negatives_global.csv"))
    .Concat(Csv.ReadRows(Path.Combine(data, "name-matching/yente/validation_negatives_us.csv"))).ToList();

if (mode == "negatives")
{
    // The tuning split: rows after the first 1,000 of each file (those are the validation files), names not in them.
    var held = negatives.Select(n => n["full_name"]).ToHashSet(StringComparer.Ordinal);
    int take = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5000;
    string[] files = ["negatives_global.csv", "negatives_us.csv"];
    var tuning = files
        .SelectMany(f => Csv.ReadRows(Path.Combine(data, "name-matching/yente", f)).Skip(1000).Where(n => !held.Contains(n["full_name"])).Take(take))
        .ToList();
    int hits = 0;
    foreach (var n in tuning)
    {
        var r = index.Screen(ScreeningQuery.ForName(n["full_name"], "Person"), 1, null, explain: true);
        if (r.Count > 0 && r[0].Match)
        {
            hits++;
            Console.WriteLine($"NEG {n["full_name"]} -> {r[0].Caption} {r[0].Score} | {string.Join("; ", r[0].Explanations.Values.Select(v => v.Detail))}");
        }
    }

    Console.WriteLine($"tuning negatives flagged: {hits}/{tuning.Count} = {100.0 * hits / tuning.Count:0.00}%");
    return;
}

if (mode == "quality")
{
    int top1 = 0;
    int top1Odd = 0;
    for (int i = 0; i < treated.Count; i++)
    {
        var r = unIndex.Screen(ScreeningQuery.ForName(treated[i]["full_name"], "Person"), 1, 0.0, explain: false);
        var want = normalizer.Normalize(untreated[i]["full_name"]).Text;
        if (r.Count > 0 && matcher.Prepare(r[0].Entity).Names.Any(n => n.Text == want))
        {
            top1++;
            top1Odd += i % 2 == 0 ? 1 : 0;
        }
        else if (args.Length > 2)
        {
            Console.WriteLine($"MISS {treated[i]["full_name"]} -> {(r.Count > 0 ? r[0].Caption : "-")} (want {untreated[i]["full_name"]})");
        }
    }

    int odd = (treated.Count + 1) / 2;
    Console.WriteLine($"UN typo top-1: {top1}/{treated.Count} = {100.0 * top1 / treated.Count:0.0}% (odd rows {top1Odd}/{odd}, even rows {top1 - top1Odd}/{treated.Count - odd})");
    int flagged = 0;
    foreach (var n in negatives)
    {
        var r = index.Screen(ScreeningQuery.ForName(n["full_name"], "Person"), 1, null, explain: false);
        if (r.Count > 0 && r[0].Match)
        {
            flagged++;
            if (args.Length > 2)
            {
                Console.WriteLine($"NEG {n["full_name"]} -> {r[0].Caption} {r[0].Score}");
            }
        }
    }

    Console.WriteLine($"validation negatives flagged: {flagged}/{negatives.Count} = {100.0 * flagged / negatives.Count:0.00}%");
    return;
}

// speed
var queries = treated.Select(r => r["full_name"]).Concat(negatives.Select(r => r["full_name"])).ToArray();
sw.Restart();
foreach (var q in queries)
{
    index.Screen(ScreeningQuery.ForName(q, "Person"), 5, null, explain: true);
}

Console.WriteLine($"screen, first pass (transliteration cache cold): {queries.Length / sw.Elapsed.TotalSeconds:0} queries/s");
foreach (var q in queries.Take(300))
{
    index.Screen(ScreeningQuery.ForName(q, "Person"), 5, null, explain: false);
}

sw.Restart();
int done = 0;
while (sw.Elapsed.TotalSeconds < 5)
{
    foreach (var q in queries)
    {
        index.Screen(ScreeningQuery.ForName(q, "Person"), 5, null, explain: true);
        done++;
    }
}

Console.WriteLine($"screen: {done / sw.Elapsed.TotalSeconds:0} queries/s (one thread, {queries.Length} distinct queries, with explanations)");
var pairs = cases.Select(r => (r["schema"], r["name1"], r["name2"])).ToArray();
sw.Restart();
done = 0;
while (sw.Elapsed.TotalSeconds < 3)
{
    foreach (var (schema, a, b) in pairs)
    {
        matcher.CompareNames(schema, a, b, explain: false);
        done++;
    }
}

Console.WriteLine($"compare: {done / sw.Elapsed.TotalSeconds:0} pairs/s (one thread, normalisation included)");

/// <summary>Helpers for the benchmark: F1.</summary>
internal static class Bench
{
    public static (double F1, double P, double R) F1(EntityMatcher m, IEnumerable<Dictionary<string, string>> rows) =>
        F1(rows.Select(row => (m.CompareNames(row["schema"], row["name1"], row["name2"], explain: false).Match, row["is_match"] == "true")));

    public static (double F1, double P, double R) F1(IEnumerable<(bool Predicted, bool Truth)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (predicted, truth) in outcomes)
        {
            tp += predicted && truth ? 1 : 0;
            fp += predicted && !truth ? 1 : 0;
            fn += !predicted && truth ? 1 : 0;
        }

        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
    }
}
