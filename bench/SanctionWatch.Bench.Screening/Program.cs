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
// tune: grid search of the screening weights on tuning data only: odd cases.csv rows (F1), odd UN typo rows (top-1)
// and the tuning split of the synthetic negatives (flagged); the earlier weights came from the odd cases.csv rows.
// quality: F1 on odd/even rows (logic-v2's frozen scores on the same pairs beside it), UN typo top-1, validation
// negatives flagged (the held-out set: the first 1,000 rows of each negatives file).
// tune-pairs: grid search of the name weights on the odd cases.csv rows alone.
// explain NAME[@SCHEMA[@N]]...: screens names against UN + OFAC and prints the top N (3) with their explanations.
// negatives [N] [grid spec]: the tuning split of the synthetic negatives (rows after the validation rows), with every
// flagged name; the spec (as for tune) sets the weights.
string mode = args.Length > 0 ? args[0] : "speed";
string shared = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") ?? "../shared";
string data = Path.Combine(shared, "data");
using var transliterator = new NameTransliterator();
var normalizer = new NameNormalizer(transliterator);
var cases = Csv.ReadRows(Path.Combine(data, "name-matching/nomenklatura/cases.csv"));

if (mode == "tune-pairs")
{
    // The name weights on the odd cases.csv rows alone (fast); check a chosen set with tune before adopting it.
    var oddRows = cases.Where((_, i) => i % 2 == 0).ToList();
    var results = new List<(double F1, MatcherParameters P)>();
    foreach (double extra in new[] { 0.15, 0.2, 0.3 })
    {
        foreach (double conflict in new[] { 1.5, 2.5, 3.5 })
        {
            foreach (double single in new[] { 0.3, 0.4 })
            {
                foreach (double worst in new[] { 0.2, 0.3, 0.4 })
                {
                    foreach (double floor in new[] { 0.2, 0.3 })
                    {
                        var p = MatcherParameters.Default with { ExtraTokenPenalty = extra, ConflictPenalty = conflict, SingleTokenPenalty = single, WorstTokenPenalty = worst, TokenFloor = floor };
                        results.Add((Bench.F1(new EntityMatcher(normalizer, p), oddRows).F1, p));
                    }
                }
            }
        }
    }

    foreach (var (f1, p) in results.OrderByDescending(r => r.F1).Take(8))
    {
        Console.WriteLine($"odd-row F1 {f1:0.000}: extra {p.ExtraTokenPenalty}, conflict {p.ConflictPenalty}, single {p.SingleTokenPenalty}, worst {p.WorstTokenPenalty}, floor {p.TokenFloor}");
    }

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

if (mode == "explain")
{
    // Screens the names given after the shared folder and shows each result's explanation.
    foreach (string name in args.Skip(2))
    {
        string[] parts = name.Split('@');
        foreach (var r in index.Screen(ScreeningQuery.ForName(parts[0], parts.Length > 1 ? parts[1] : "Person"), parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 3, 0.0, explain: true))
        {
            Console.WriteLine($"{name} -> {r.Caption} {r.Score} {(r.Match ? "MATCH" : "-")} | {string.Join("; ", r.Explanations.Select(v => $"{v.Key} {v.Value.Score}: {v.Value.Detail}"))}");
        }
    }

    return;
}

if (mode == "tune")
{
    var oddCases = cases.Where((_, i) => i % 2 == 0).ToList();
    var tuningNegatives = Bench.TuningNegatives(data, negatives, 2500);
    var all = un.Entities.Concat(sdn.Entities).ToArray();
    foreach (var p in Bench.Grid(args.Length > 2 ? args[2] : string.Empty))
    {
        var m = new EntityMatcher(normalizer, p);
        double f1 = Bench.F1(m, oddCases).F1;
        var allIndex = new ScreeningIndex(all, m);
        var unOnly = new ScreeningIndex(un.Entities, m);
        int top1 = 0;
        int flaggedTop1 = 0;
        for (int i = 0; i < treated.Count; i += 2)
        {
            var r = unOnly.Screen(ScreeningQuery.ForName(treated[i]["full_name"], "Person"), 1, 0.0, explain: false);
            var want = normalizer.Normalize(untreated[i]["full_name"]).Text;
            bool right = r.Count > 0 && unOnly.Matcher.Prepare(r[0].Entity).Names.Any(n => n.Text == want);
            top1 += right ? 1 : 0;
            flaggedTop1 += right && r[0].Match ? 1 : 0;
        }

        var (partialFlagged, partialCount) = Bench.PartialNames(unOnly, un.Entities, 0);
        int flagged = tuningNegatives.Count(n => allIndex.Screen(ScreeningQuery.ForName(n, "Person"), 1, null, explain: false) is { Count: > 0 } r && r[0].Match);
        Console.WriteLine($"{p.PhoneticSpelling} {p.NeededInformation} {p.CommonPartsPenalty} {p.OmittedPatronymicFactor} {p.Threshold}: F1 odd {f1:0.000}, UN top-1 odd {top1}/{(treated.Count + 1) / 2} ({flaggedTop1} flagged), partial UN names odd {partialFlagged}/{partialCount}, tuning negatives flagged {100.0 * flagged / tuningNegatives.Count:0.00}%");
    }

    return;
}

if (mode == "negatives")
{
    var tuning = Bench.TuningNegatives(data, negatives, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5000);
    var screen = args.Length > 3 ? new ScreeningIndex(index.Entities, new EntityMatcher(normalizer, Bench.Grid(args[3]).First())) : index;
    int hits = 0;
    foreach (var n in tuning)
    {
        var r = screen.Screen(ScreeningQuery.ForName(n, "Person"), 1, null, explain: true);
        if (r.Count > 0 && r[0].Match)
        {
            hits++;
            Console.WriteLine($"NEG {n} -> {r[0].Caption} {r[0].Score} | {string.Join("; ", r[0].Explanations.Values.Select(v => v.Detail))}");
        }
    }

    Console.WriteLine($"tuning negatives flagged: {hits}/{tuning.Count} = {100.0 * hits / tuning.Count:0.00}%");
    return;
}

if (mode == "quality")
{
    int top1 = 0;
    int top1Odd = 0;
    int top1Flagged = 0;
    for (int i = 0; i < treated.Count; i++)
    {
        var r = unIndex.Screen(ScreeningQuery.ForName(treated[i]["full_name"], "Person"), 1, 0.0, explain: false);
        var want = normalizer.Normalize(untreated[i]["full_name"]).Text;
        if (r.Count > 0 && unIndex.Matcher.Prepare(r[0].Entity).Names.Any(n => n.Text == want))
        {
            top1++;
            top1Flagged += r[0].Match ? 1 : 0;
            top1Odd += i % 2 == 0 ? 1 : 0;
        }
        else if (args.Length > 2)
        {
            Console.WriteLine($"MISS {treated[i]["full_name"]} -> {(r.Count > 0 ? r[0].Caption : "-")} (want {untreated[i]["full_name"]})");
        }
    }

    int odd = (treated.Count + 1) / 2;
    Console.WriteLine($"UN typo top-1: {top1}/{treated.Count} = {100.0 * top1 / treated.Count:0.0}% (odd rows {top1Odd}/{odd}, even rows {top1 - top1Odd}/{treated.Count - odd}); right entry first and flagged {top1Flagged}");
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

/// <summary>Helpers for the benchmark: F1, the tuning negatives, the tuning grid.</summary>
internal static class Bench
{
    private static readonly string[] NegativeFiles = ["negatives_global.csv", "negatives_us.csv"];

    /// <summary>
    /// The tuning split of the synthetic negatives: up to <paramref name="take"/> names of each file after its first
    /// 1,000 rows (those are the validation files, the held-out figure), leaving out names that are also held out.
    /// </summary>
    public static List<string> TuningNegatives(string data, IEnumerable<Dictionary<string, string>> validation, int take)
    {
        var held = validation.Select(n => n["full_name"]).ToHashSet(StringComparer.Ordinal);
        return NegativeFiles
            .SelectMany(f => Csv.ReadRows(Path.Combine(data, "name-matching/yente", f)).Skip(1000).Select(n => n["full_name"]).Where(n => !held.Contains(n)).Take(take))
            .ToList();
    }

    /// <summary>
    /// A guard for partial queries: the first and last name part of each listed person with three or more parts
    /// ("Usama Ladin" for Usama bin Muhammad ibn Awad bin Ladin), on rows of <paramref name="parity"/>; how many
    /// find their own entry first and flagged.
    /// </summary>
    public static (int Flagged, int Count) PartialNames(ScreeningIndex index, IReadOnlyList<ListEntity> entities, int parity)
    {
        int flagged = 0, count = 0, row = 0;
        foreach (var e in entities.Where(e => e.Schema == "Person"))
        {
            var name = index.Matcher.Normalizer.Normalize(e.Caption);
            if (name.Tokens.Length < 3 || row++ % 2 != parity)
            {
                continue;
            }

            count++;
            var r = index.Screen(ScreeningQuery.ForName($"{name.Tokens[0].Text} {name.Tokens[^1].Text}", "Person"), 1, null, explain: false);
            flagged += r.Count > 0 && r[0].Id == e.Id ? 1 : 0;
        }

        return (flagged, count);
    }

    /// <summary>
    /// The parameter sets to try: <paramref name="spec"/> is "spelling;needed;penalty;patronymic[;threshold]" with comma-separated values
    /// for each (empty: a small default grid).
    /// </summary>
    public static IEnumerable<MatcherParameters> Grid(string spec)
    {
        var parts = (string.IsNullOrEmpty(spec) ? "0.2,0.3;1.4,1.6,1.8;0.2,0.3;0.5,1" : spec).Split(';');
        double[] Values(int i) => parts[i].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        foreach (double spelling in Values(0))
        {
            foreach (double needed in Values(1))
            {
                foreach (double penalty in Values(2))
                {
                    foreach (double patronymic in Values(3))
                    {
                        foreach (double threshold in parts.Length > 4 ? Values(4) : [0.7])
                        {
                            yield return MatcherParameters.Default with
                            {
                                Threshold = threshold,
                                PhoneticSpelling = spelling,
                                NeededInformation = needed,
                                CommonPartsPenalty = penalty,
                                OmittedPatronymicFactor = patronymic,
                            };
                        }
                    }
                }
            }
        }
    }

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
