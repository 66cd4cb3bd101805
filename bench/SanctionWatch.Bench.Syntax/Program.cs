using System.Diagnostics;
using System.Globalization;
using SanctionWatch.Analysis.Syntax;
using SanctionWatch.Analysis.Training.Syntax;

// Tagging + lemmatising + parsing throughput on one thread: words per second over the word forms of the German GSD
// and English EWT test files, with the built-in models (or MODEL files given as de=PATH en=PATH).
// Usage: dotnet run -c Release --project bench/SanctionWatch.Bench.Syntax [-- SECONDS [de=PATH] [en=PATH]]
var seconds = args.Length > 0 && double.TryParse(args[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 5.0;
var shared = Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") is { Length: > 0 } env ? env : FindShared();
var models = args.Skip(1).Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);

foreach (var (language, file) in new[] { ("de", "data/syntax/de/de_gsd-ud-test.conllu"), ("en", "data/syntax/en/en_ewt-ud-test.conllu") })
{
    var sentences = Conllu.ReadFile(Path.Combine(shared, file)).Select(x => x.Forms).ToList();
    SyntaxModel model;
    if (models.TryGetValue(language, out var path))
    {
        using var stream = File.OpenRead(path);
        model = SyntaxModel.Load(stream);
    }
    else
    {
        model = SyntaxModel.LoadBuiltIn(language) ?? throw new InvalidOperationException($"no built-in model for {language}");
    }

    Console.WriteLine($"{language} model: tagger {model.TaggerWeights.Keys.Length} rows / {model.TaggerWeights.Entries} weights, transitions {model.TransitionWeights.Keys.Length} / {model.TransitionWeights.Entries}, labels {model.LabelWeights.Keys.Length} / {model.LabelWeights.Entries}");
    var analyzer = new SyntaxAnalyzer(model);
    foreach (var sentence in sentences.Take(300))
    {
        analyzer.Analyze(sentence); // Warm-up: JIT and tiered compilation.
    }

    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var words = 0L;
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        foreach (var sentence in sentences)
        {
            analyzer.Analyze(sentence);
            words += sentence.Length;
        }
    }

    clock.Stop();
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds; // the parse loop's alone, before the tagger-only loop
    var tagger = new MorphoTagger(model.Tags, new TaggerFeatures(model.Clusters));
    var tagClock = Stopwatch.StartNew();
    var tagWords = 0L;
    while (tagClock.Elapsed.TotalSeconds < seconds / 2)
    {
        foreach (var sentence in sentences)
        {
            tagger.Tag(sentence, model.TaggerWeights);
            tagWords += sentence.Length;
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: tagger alone {tagWords / tagClock.Elapsed.TotalSeconds:F0} words/s wall"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{language}: {words} words in {clock.Elapsed.TotalSeconds:F1} s wall, {cpu:F1} s CPU: {words / clock.Elapsed.TotalSeconds:F0} words/s wall, {words / cpu:F0} words/s per CPU second"));
}

static string FindShared()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "shared");
        if (Directory.Exists(Path.Combine(candidate, "data")))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("no shared data folder (set SANCTIONWATCH_SHARED)");
}
