// Where the time of a dossier build goes on a large store, one thread, in process:
//   dotnet run -c Release --project bench/SanctionWatch.Bench.Dashboard -- STORE.db [N…]
// For each N (default: 1000 2000 and every analysed document) the first N analysed documents by id are taken;
// the build is timed without story clustering (what the dashboard needs) and the two pairwise passes —
// near-duplicate source grouping and story clustering — are timed on their own. Story clustering is only run up
// to 4,000 documents: it is cubic in the number of documents. Fill a store with bench/load/dashboard-load.mjs.
using System.Diagnostics;
using System.Globalization;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Assessment.Dossiers;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Sources;
using SanctionWatch.Assessment.Stories;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Storage.Sqlite;
using SanctionWatch.Storage.Sqlite.Lists;

if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: SanctionWatch.Bench.Dashboard STORE.db [N…]");
    return 2;
}

var clock = Stopwatch.StartNew();
using var store = SqliteDocumentStore.Open(args[0]);
var all = store.Load().Where(d => d.Analysis is not null).Select(d => (d.Document, Analysis: d.Analysis!)).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {all.Count} analysed documents in {clock.Elapsed.TotalSeconds:F2} s"));
clock.Restart();
IReadOnlyList<ListEntity> entries;
using (var lists = new SqliteListStore(args[0]))
{
    entries = lists.GetEntities();
}

var index = entries.Count == 0 ? null : new ScreeningIndex(entries, EntityMatcher.CreateDefault());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"list index: {entries.Count} entries in {clock.Elapsed.TotalSeconds:F2} s"));

var sizes = args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [1000, 2000, all.Count];
var builder = new DossierBuilder(Gazetteer.LoadBuiltIn(), MeasureTable.LoadUnDprk(), lists: index);
builder.Build(all.Take(50), clusterStories: false);
foreach (int n in sizes.Where(n => n <= all.Count))
{
    var part = all.Take(n).ToList();
    clock.Restart();
    var dossier = builder.Build(part, clusterStories: false);
    double build = clock.Elapsed.TotalSeconds;
    clock.Restart();
    SourceGroups.Assign(part.Select(d => d.Document));
    double sources = clock.Elapsed.TotalSeconds;
    string stories = "not run (cubic)";
    if (n <= 4000)
    {
        var empty = new Dictionary<string, IReadOnlyList<(string Id, string Name)>>(StringComparer.Ordinal);
        clock.Restart();
        StoryClusterer.Cluster(part.Select(d => d.Document).ToList(), empty);
        stories = string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:F2} s");
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{n} documents: build without stories {build:F2} s ({dossier.Entities.Count} entities, {dossier.Events.Count} events, {dossier.Findings.Count} findings), of which source grouping {sources:F2} s; story clustering (words only) {stories}"));
}

return 0;
