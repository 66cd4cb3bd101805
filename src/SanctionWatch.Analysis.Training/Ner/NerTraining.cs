using System.IO.Compression;
using System.Text.RegularExpressions;

namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>
/// Trains the shipped German or English model from the shared NER data (never from GermEval's test file),
/// with clusters and gazetteers computed from the shared unlabelled text and lists.
/// </summary>
public static partial class NerTraining
{
    /// <summary>The corpus whose annotation scheme the German model follows.</summary>
    public const string GermanTarget = "germeval";

    /// <summary>The corpus whose annotation scheme the English model follows.</summary>
    public const string EnglishTarget = "wikigold";

    /// <summary>Trains a model for <paramref name="language"/> from <paramref name="nerDirectory"/> (the shared <c>data/ner</c> folder).</summary>
    /// <exception cref="FileNotFoundException">A training file is missing.</exception>
    public static NerTrainingResult Run(string language, string nerDirectory, NerTrainingOptions options, Action<string> log)
    {
        var dataDirectory = Path.GetFullPath(Path.Combine(nerDirectory, ".."));
        var sharedDirectory = Path.GetFullPath(Path.Combine(dataDirectory, ".."));
        var (train, selection, report, unlabelled, target) = language switch
        {
            "de" => LoadGerman(nerDirectory, log),
            "en" => LoadEnglish(nerDirectory, sharedDirectory, log),
            _ => throw new ArgumentException($"no training recipe for language '{language}' (de or en)", nameof(language)),
        };

        var gazetteer = BuildGazetteer(dataDirectory, log);
        var clusterText = unlabelled.Concat(train.Select(s => s.Tokens)).ToList();
        var clusters = new ClusterBuilder(40000, 256, 32, options.Seed, log).Build(clusterText);
        var trainer = new PerceptronTrainer(options, log);
        var model = trainer.Train(language, train, selection, target, clusters, gazetteer);
        if (options.Refit)
        {
            log($"refit on training and selection data for {trainer.BestEpoch} passes");
            var refit = new PerceptronTrainer(options with { Epochs = trainer.BestEpoch }, log);
            model = refit.Train(language, [.. train, .. selection], [], target, clusters, gazetteer);
        }
        NerEvaluation? reportEvaluation = null;
        if (report.Count > 0)
        {
            reportEvaluation = new NerEvaluation();
            foreach (var sentence in report)
            {
                reportEvaluation.Add(sentence.Labels, model.Tag(sentence.Tokens));
            }
        }

        return new NerTrainingResult(model, trainer.HeldOut!, reportEvaluation);
    }

    private static (List<NerSentence> Train, List<NerSentence> Selection, List<NerSentence> Report, List<string[]> Unlabelled, string Target) LoadGerman(string ner, Action<string> log)
    {
        var germeval = Read(Path.Combine(ner, "de/germeval2014/NER-de-dev.tsv"), r => NerCorpusReader.ReadGermEval(r));
        var cut = germeval.Count * 9 / 10;
        var train = germeval.Take(cut).ToList();
        var selection = germeval.Skip(cut).ToList();

        foreach (var file in Directory.GetFiles(Path.Combine(ner, "de/europeana-newspapers"), "*.bio").Order(StringComparer.Ordinal))
        {
            train.AddRange(Read(file, r => NerCorpusReader.ReadConll(r, "europeana", EuropeanaType, splitSentences: true)));
        }

        var ler = new List<NerSentence>();
        foreach (var file in new[] { "ler_dev.conll", "ler_test.conll" })
        {
            ler.AddRange(Read(Path.Combine(ner, "de/ler", file), r => NerCorpusReader.ReadConll(r, "ler", LerType)));
        }

        // Court decisions are mostly legal references; keep every sentence with a person, place or organisation and a fifth of the rest.
        train.AddRange(ler.Where((s, i) => s.Labels.Any(l => l != BioLabels.Outside) || i % 5 == 0));
        log($"German: {cut} GermEval dev sentences for training, {selection.Count} held out; {train.Count} training sentences in all");

        var unlabelled = new List<string[]>();
        using (var zip = ZipFile.OpenRead(Path.Combine(ner, "de/ler/dataset_courts_timex.zip")))
        {
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".txt", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                while (reader.ReadLine() is { } line)
                {
                    var text = Markup().Replace(line, " ");
                    var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (tokens.Length > 0)
                    {
                        unlabelled.Add(tokens);
                    }
                }
            }
        }

        return (train, selection, [], unlabelled, GermanTarget);
    }

    private static (List<NerSentence> Train, List<NerSentence> Selection, List<NerSentence> Report, List<string[]> Unlabelled, string Target) LoadEnglish(string ner, string shared, Action<string> log)
    {
        var wikigold = Read(Path.Combine(ner, "en/wikigold/wikigold.conll.txt"), r => NerCorpusReader.ReadConll(r, "wikigold"));
        var trainCut = wikigold.Count * 8 / 10;
        var selectionCut = wikigold.Count * 9 / 10;
        var train = wikigold.Take(trainCut).ToList();
        var selection = wikigold.Skip(trainCut).Take(selectionCut - trainCut).ToList();
        var report = wikigold.Skip(selectionCut).ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(ner, "en/btc"), "*.conll").Order(StringComparer.Ordinal))
        {
            train.AddRange(Read(file, r => NerCorpusReader.ReadConll(r, "btc")));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(ner, "en/gum-news"), "*.tsv").Order(StringComparer.Ordinal))
        {
            train.AddRange(Read(file, r => NerCorpusReader.ReadGum(r)));
        }

        log($"English: wikigold {train.Count(s => s.Corpus == "wikigold")} / {selection.Count} / {report.Count} (train / selection / report); {train.Count} training sentences in all");

        var unlabelled = new List<string[]>();
        var docs = Path.Combine(shared, "corpus/whitehouse-dprk/docs");
        if (Directory.Exists(docs))
        {
            foreach (var file in Directory.GetFiles(docs).Order(StringComparer.Ordinal))
            {
                foreach (var line in File.ReadLines(file))
                {
                    var tokens = EnglishToken().Matches(line).Select(m => m.Value).ToArray();
                    if (tokens.Length > 0)
                    {
                        unlabelled.Add(tokens);
                    }
                }
            }
        }

        return (train, selection, report, unlabelled, EnglishTarget);
    }

    private static NerGazetteer BuildGazetteer(string data, Action<string> log)
    {
        var builder = new GazetteerBuilder();
        builder.AddOrganisationWords();
        var gazetteer = Path.Combine(data, "gazetteer");
        builder.AddGeoNamesCities(Path.Combine(gazetteer, "geonames/cities15000.zip"));
        builder.AddCountryList(Path.Combine(gazetteer, "country-list/country_de.csv"));
        builder.AddCountryList(Path.Combine(gazetteer, "country-list/country_en.csv"));
        builder.AddCountryTranslations(Path.Combine(gazetteer, "geonames/country_translations.json"), "de", "en");
        builder.AddUnList(Path.Combine(data, "sanctions/un/consolidated_2025-04-19.xml"));
        builder.AddOfacSdn(Path.Combine(data, "sanctions/ofac/sdn.csv"));
        log($"gazetteer: {builder.Count} entries");
        return builder.Build();
    }

    private static string? EuropeanaType(string type) => type.ToUpperInvariant() switch
    {
        "PER" => "PER",
        "LOC" => "LOC",
        "ORG" => "ORG",
        _ => null,
    };

    /// <summary>LER's fine classes folded into GermEval's: persons, places and organisations; legal references are not entities here.</summary>
    private static string? LerType(string type) => type switch
    {
        "PER" or "RR" or "AN" => "PER",
        "LD" or "ST" or "STR" or "LDS" => "LOC",
        "ORG" or "UN" or "INN" or "GRT" or "MRK" => "ORG",
        _ => null,
    };

    private static List<NerSentence> Read(string path, Func<TextReader, List<NerSentence>> read)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return read(reader);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\w+(?:[-'’.]\w+)*|[^\w\s]")]
    private static partial Regex EnglishToken();
}
