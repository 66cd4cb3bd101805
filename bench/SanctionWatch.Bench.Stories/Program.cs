using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SanctionWatch.Assessment.Stories;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;

// Story joining benchmark (issue 19): how long StoryClusterer takes on a corpus already analysed, and how that
// grows with the number of documents. Usage:
//   sanctionwatch analyze CORPUS --out dossier.json
//   dotnet run -c Release --project bench/SanctionWatch.Bench.Stories -- dossier.json CORPUS [--copies N]
// Runs on the first quarter, half and all of the documents, then on N shifted copies of all of them (each copy's
// documents get new ids and dates a year later, so copies are different happenings); median of 5 runs each,
// one thread. Compare the "all" figure with the `analyze` wall time of the same corpus.
var culture = CultureInfo.InvariantCulture;
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Bench.Stories DOSSIER.json CORPUS_DIR [--copies N]");
    return 2;
}

int copies = args.Length > 3 && args[2] == "--copies" ? int.Parse(args[3], culture) : 4;
using var stream = File.OpenRead(args[0]);
var dossier = JsonSerializer.Deserialize<Dossier>(stream, DossierJson.Options) ?? throw new InvalidDataException("no dossier");
var texts = Directory.GetFiles(args[1]).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
var names = dossier.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
var entitiesOf = new Dictionary<string, IReadOnlyList<(string Id, string Name)>>(StringComparer.Ordinal);
foreach (var group in dossier.Entities.SelectMany(e => e.Mentions.Select(m => (m.Document, e.Id))).GroupBy(t => t.Document, StringComparer.Ordinal))
{
    entitiesOf[group.Key] = group.Select(t => t.Id).Distinct(StringComparer.Ordinal).Select(id => (id, names[id])).ToList();
}

var signaturesOf = new Dictionary<string, IReadOnlyList<HappeningSignature>>(StringComparer.Ordinal);
foreach (var group in dossier.Events
    .Where(e => e.Actor is not null && e.Target is not null)
    .SelectMany(e => e.Evidence.DistinctBy(x => x.Document).SelectMany(x =>
        HappeningSignature.Of(e, x.Start).Select(s => (Document: x.Document, Signature: s))))
    .GroupBy(t => t.Document, StringComparer.Ordinal))
{
    signaturesOf[group.Key] = group.Select(t => t.Signature).ToList();
}

var documents = dossier.Documents
    .Where(d => texts.ContainsKey(d.Source))
    .Select(d => new Document(d.Id, d.Source, d.Title, d.Language, d.Published, texts[d.Source], null))
    .OrderBy(d => d.Source, StringComparer.Ordinal)
    .ToList();
Console.WriteLine(string.Create(culture, $"{documents.Count} documents; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
Console.WriteLine("set        docs   median ms   µs/doc   stories");
foreach (var (name, set) in new[] { ("quarter", documents.Take(documents.Count / 4).ToList()), ("half", documents.Take(documents.Count / 2).ToList()), ("all", documents), ($"all x{copies}", Copies(documents, copies)) })
{
    var (e, s) = Expand(set);
    var times = new List<double>();
    int stories = 0;
    for (int i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        stories = StoryClusterer.Cluster(set, e, null, s).Count;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    double median = times.Order().ElementAt(2);
    Console.WriteLine(string.Create(culture, $"{name,-9} {set.Count,5} {median,11:F0} {median * 1000 / set.Count,8:F0} {stories,9}"));
}

return 0;

// Copy k of a document gets the id suffix "~k" (entity and signature keys follow) and its date k years later.
List<Document> Copies(List<Document> docs, int n) =>
    Enumerable.Range(0, n).SelectMany(k => docs.Select(d => d with
    {
        Id = k == 0 ? d.Id : d.Id + "~" + k.ToString(culture),
        Published = d.Published is { Length: >= 4 } p ? (int.Parse(p[..4], culture) + k).ToString(culture) + p[4..] : null,
    })).ToList();

(Dictionary<string, IReadOnlyList<(string Id, string Name)>>, Dictionary<string, IReadOnlyList<HappeningSignature>>) Expand(List<Document> set)
{
    var e = new Dictionary<string, IReadOnlyList<(string Id, string Name)>>(StringComparer.Ordinal);
    var s = new Dictionary<string, IReadOnlyList<HappeningSignature>>(StringComparer.Ordinal);
    foreach (var d in set)
    {
        string original = d.Id.Split('~')[0];
        if (entitiesOf.TryGetValue(original, out var ents))
        {
            e[d.Id] = ents;
        }

        if (signaturesOf.TryGetValue(original, out var sigs))
        {
            s[d.Id] = sigs;
        }
    }

    return (e, s);
}
