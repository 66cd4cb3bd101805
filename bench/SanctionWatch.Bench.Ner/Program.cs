using System.Diagnostics;
using System.Globalization;
using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Training.Ner;

// Tagging throughput on one thread: tokens per second for the German and English models.
// Usage: dotnet run -c Release --project bench/SanctionWatch.Bench.Ner [-- SECONDS]
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3.0;
var shared = Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") is { Length: > 0 } env ? env : FindShared();

foreach (var (language, file) in new[] { ("de", "data/ner/de/germeval2014/NER-de-dev.tsv"), ("en", "data/ner/en/wikigold/wikigold.conll.txt") })
{
    var sentences = LoadSentences(shared, file, language);
    var model = NerModel.LoadBuiltIn(language);
    var tokens = 0L;
    foreach (var s in sentences.Take(200))
    {
        model.Tag(s); // Warm-up: JIT and tiered compilation.
    }

    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        foreach (var s in sentences)
        {
            model.Tag(s);
            tokens += s.Length;
        }
    }

    clock.Stop();
    process.Refresh();
    // CPU time is what "per core" means on a shared machine; wall-clock time includes waiting for other processes.
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: {tokens / cpu:F0} tokens per CPU-second, {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s wall-clock, one thread ({tokens} tokens, {sentences.Count} distinct sentences)"));
}

static List<string[]> LoadSentences(string? shared, string relative, string language)
{
    var path = shared is null ? null : Path.Combine(shared, relative);
    if (path is null || !File.Exists(path))
    {
        // Without the shared data, time a fixed news sentence instead.
        var text = language == "de"
            ? "Kremlsprecher Dmitri Peskow sagte am Mittwoch in Moskau , Russland und Nordkorea würden ihre Zusammenarbeit ausbauen ."
            : "Kremlin spokesman Dmitry Peskov said on Wednesday in Moscow that Russia and North Korea would expand their cooperation .";
        return Enumerable.Repeat(text.Split(' '), 1000).ToList();
    }

    using var reader = new StreamReader(path);
    var sentences = language == "de" ? NerCorpusReader.ReadGermEval(reader) : NerCorpusReader.ReadConll(reader, "bench");
    return sentences.Select(s => s.Tokens).ToList();
}

static string? FindShared()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data")))
        {
            return Path.Combine(dir.FullName, "shared");
        }
    }

    return null;
}
