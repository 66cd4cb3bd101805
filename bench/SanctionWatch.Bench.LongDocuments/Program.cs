using System.Globalization;
using SanctionWatch.Bench.Common;
using SanctionWatch.Bench.LongDocuments;

// Long-document benchmark (issue 23): is one document's cost linear in its length? Usage:
//   dotnet build -c Release src/SanctionWatch.Cli
//   dotnet run -c Release --project bench/SanctionWatch.Bench.LongDocuments -- [--sizes 1,5,20|none] [--pages 600] [--exe PATH]
// Runs the Release `sanctionwatch analyze` as a whole process, on a fresh database each time (no lists loaded), on:
//   - the White House corpus (all files; the reference words/s of many short documents),
//   - one .txt of each size in MB made of the corpus's paragraphs in order,
//   - a synthetic report of --pages pages as .pdf and the same body text as .txt.
// Words are what `wc -w` counts in the .txt (for the PDF: in its .txt twin). Peak is the maximum resident set size.
var culture = CultureInfo.InvariantCulture;
string shared = Shared.Find();
string exe = OptionValue("--exe") ?? Path.Combine(Shared.RepoRoot(), "src/SanctionWatch.Cli/bin/Release/net10.0/sanctionwatch");
var sizes = (OptionValue("--sizes") ?? "1,5,20").Split(',', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "none").Select(s => double.Parse(s, culture)).ToArray();
int pages = OptionValue("--pages") is { } p ? int.Parse(p, culture) : 600;
if (!File.Exists(exe))
{
    Console.Error.WriteLine($"error: {exe} not found; run `dotnet build -c Release src/SanctionWatch.Cli` first");
    return 2;
}

var corpus = Path.Combine(shared, "corpus/whitehouse-dprk/docs");
var paragraphs = LongText.Paragraphs(corpus);
var work = Directory.CreateTempSubdirectory("sw-long-");
try
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; exe {exe}");
    Console.WriteLine("input                         words   wall s    CPU s  words/s (wall)  words/s (CPU)  peak MB  load before");
    var docs = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).ToArray();
    // --sizes none skips the corpus and the text sizes: only the report, as PDF and as text.
    var reference = sizes.Length == 0 ? default : Measure("White House corpus (377 files)", docs, WordCount.Of(docs));
    foreach (double mb in sizes)
    {
        string file = Path.Combine(work.FullName, string.Create(culture, $"long-{mb}mb.txt"));
        File.WriteAllText(file, LongText.OfSize(paragraphs, (long)(mb * 1_000_000)));
        var r = Measure(string.Create(culture, $"{mb} MB .txt"), [file], WordCount.Of([file]));
        Console.WriteLine(string.Create(culture, $"    ratio to the corpus: {r.WordsPerCpuSecond / reference.WordsPerCpuSecond:0.00} on CPU, {r.WordsPerSecond / reference.WordsPerSecond:0.00} on wall time"));
        File.Delete(file);
    }

    var (pdf, text) = ReportPdf.Build(paragraphs, pages);
    string pdfFile = Path.Combine(work.FullName, "report.pdf"), txtFile = Path.Combine(work.FullName, "report.txt");
    File.WriteAllBytes(pdfFile, pdf);
    File.WriteAllText(txtFile, text);
    long words = WordCount.Of([txtFile]);
    var asText = Measure(string.Create(culture, $"{pages}-page report .txt"), [txtFile], words);
    var asPdf = Measure(string.Create(culture, $"{pages}-page report .pdf ({pdf.Length / 1e6:0.0} MB)"), [pdfFile], words);
    Console.WriteLine(string.Create(culture, $"    PDF/txt words/s: {asPdf.WordsPerCpuSecond / asText.WordsPerCpuSecond:0.00} on CPU, {asPdf.WordsPerSecond / asText.WordsPerSecond:0.00} on wall time (target >= 0.5); PDF peak {asPdf.PeakMb:0} MB (target <= 1024)"));
    return 0;
}
finally
{
    work.Delete(recursive: true);
}

Result Measure(string label, string[] files, long words)
{
    string load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
    var dir = Directory.CreateTempSubdirectory("sw-long-run-");
    try
    {
        var r = Timed.Run(exe, ["analyze", .. files, "--db", Path.Combine(dir.FullName, "b.db"), "--out", Path.Combine(dir.FullName, "d.json")]);
        var result = new Result(words / r.Wall, words / r.Cpu, r.PeakMb);
        Console.WriteLine(string.Create(culture, $"{label,-28} {words,8} {r.Wall,8:0.00} {r.Cpu,8:0.00} {result.WordsPerSecond,15:0} {result.WordsPerCpuSecond,14:0} {r.PeakMb,8:0}  {load}"));
        return result;
    }
    finally
    {
        dir.Delete(recursive: true);
    }
}

string? OptionValue(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

/// <summary>Words per second of one run.</summary>
internal readonly record struct Result(double WordsPerSecond, double WordsPerCpuSecond, double PeakMb);
