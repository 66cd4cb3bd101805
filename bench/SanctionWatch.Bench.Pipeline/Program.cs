// Per-stage cost of the document pipeline on a corpus, single-threaded, in process:
//   dotnet run -c Release --project bench/SanctionWatch.Bench.Pipeline -- ../shared/corpus/whitehouse-dprk/docs
// Each stage runs over every document after a warm-up pass; figures are CPU seconds and words per CPU second.
using System.Diagnostics;
using System.Globalization;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Patterns;
using SanctionWatch.Analysis.Quotes;
using SanctionWatch.Application;
using SanctionWatch.Ingest;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

string path = args.Length > 0 ? args[0] : "../shared/corpus/whitehouse-dprk/docs";
var languages = LanguageIdentifier.LoadBuiltIn();
var documents = new DocumentLoader().Load([path], w => Console.Error.WriteLine(w)).Select(raw => DocumentFactory.Create(raw, languages))
    .DistinctBy(d => d.Id).ToList();
long words = documents.Sum(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents.Count} documents, {words:N0} words (whitespace-separated, normalised text)"));

var packs = new SanctionWatch.Analysis.Pipeline.LanguagePacks();
var gazetteer = new GazetteerRecognizer(Gazetteer.LoadBuiltIn().Entries);
var tokens = new Dictionary<string, List<Token>>();
var sentences = new Dictionary<string, List<TextSpan>>();
var mentions = new Dictionary<string, List<Mention>>();

Measure("tokenise", () => { foreach (var d in documents) { tokens[d.Id] = Tokenizer.Tokenize(d.Text); } });
Measure("sentences", () => { foreach (var d in documents) { sentences[d.Id] = SentenceSplitter.Split(d.Text, tokens[d.Id], d.Language); } });
Measure("gazetteers", () => { foreach (var d in documents) { var m = new List<Mention>(); gazetteer.Recognize(d.Text, tokens[d.Id], m); mentions[d.Id] = m; } });
Measure("patterns", () => { foreach (var d in documents) { PatternRecognizer.Recognize(d.Text, tokens[d.Id], mentions[d.Id].ToList()); } });
Measure("ner", () =>
{
    foreach (var d in documents.Where(d => d.Language is "de" or "en"))
    {
        var model = packs.Get(d.Language).Ner!;
        foreach (var s in sentences[d.Id])
        {
            var words = tokens[d.Id].Where(t => t.Start >= s.Start && t.End <= s.End).Select(t => t.TextOf(d.Text)).ToList();
            model.Tag(words);
        }
    }
});
Measure("events", () => { foreach (var d in documents) { new EventExtractor(packs.Get(d.Language)).Extract(d.Text, tokens[d.Id], sentences[d.Id], mentions[d.Id], d.Published); } });
Measure("quotes", () => { foreach (var d in documents) { new QuoteExtractor(packs.Get(d.Language)).Extract(d.Text, tokens[d.Id], sentences[d.Id], mentions[d.Id]); } });

void Measure(string stage, Action run)
{
    run(); // warm-up: JIT and lazy resources
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    run();
    double seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-11} {seconds,7:F3} s CPU  {wall.Elapsed.TotalSeconds,7:F3} s wall  {words / Math.Max(seconds, 1e-9),12:N0} words/CPU-s"));
}
