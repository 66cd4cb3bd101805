using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Training.Ner;

namespace SanctionWatch.Cli.Commands;

/// <summary>The named-entity tagger: <c>ner train</c> (reproducible training) and <c>ner evaluate</c> (GermEval 2014 metric).</summary>
public static class NerCommands
{
    private static readonly string[] BaseTypes = ["PER", "ORG", "LOC", "OTH"];

    /// <summary>Creates the <c>ner</c> command family.</summary>
    public static IEnumerable<Command> Create()
    {
        var ner = new Command("ner", "Named-entity tagging: train the German and English models, evaluate them");
        ner.Subcommands.Add(Train());
        ner.Subcommands.Add(Evaluate());
        ner.Subcommands.Add(Tag());
        yield return ner;
    }

    private static Option<FileInfo?> Model() => new("--model") { Description = "A model file from 'ner train' instead of the built-in one" };

    private static Option<string?> Language() => new("--language", "-l")
    {
        Description = "de or en (evaluate: detected from the file when absent)",
    };

    private static Command Train()
    {
        var language = Language();
        language.DefaultValueFactory = _ => "de";
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "The shared NER data folder (default: $SANCTIONWATCH_SHARED/data/ner or ../shared/data/ner)",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultDataDirectory()),
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Where to write the model (default: ner-LANGUAGE.bin.gz)" };
        var epochs = new Option<int>("--epochs") { Description = "The most passes over the data", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "The shuffling seed", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var command = new Command("train", "Train a named-entity model from the shared corpora (GermEval 2014 dev, Europeana, LER; wikigold, BTC)")
        {
            language, data, output, epochs, seed,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var lang = NormaliseLanguage(parse.GetValue(language)) ?? "de";
            var directory = parse.GetValue(data)!;
            if (!directory.Exists)
            {
                throw new UserErrorException($"no NER data folder at {directory.FullName} (use --data or set SANCTIONWATCH_SHARED)");
            }

            var options = new NerTrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed) };
            var result = NerTraining.Run(lang, directory.FullName, options, message => Console.Error.WriteLine($"ner train: {message}"));
            var file = parse.GetValue(output) ?? new FileInfo($"ner-{lang}.bin.gz");
            using (var stream = file.Create())
            {
                result.Model.Save(stream);
            }

            Console.WriteLine($"wrote {file.FullName} ({file.Length / 1024} KiB)");
            Console.WriteLine(Invariant($"held-out (selection) F1 {result.Selection.Overall.F1:F3}, 4 types {result.Selection.OverallBase.F1:F3}"));
            if (result.Report is { } report)
            {
                Console.WriteLine(Invariant($"held-out (report) P {report.Overall.Precision:F3} R {report.Overall.Recall:F3} F1 {report.Overall.F1:F3}, 4 types {report.OverallBase.F1:F3}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Evaluate()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "GermEval 2014 TSV (idx token outer inner) or CoNLL (token tag, BIO or IOB1)" };
        var language = Language();
        var model = Model();
        var skip = new Option<int>("--skip") { Description = "Skip this many sentences first" };
        var take = new Option<int?>("--take") { Description = "Evaluate at most this many sentences" };
        var command = new Command("evaluate", "Tag a labelled file and print precision, recall and F1 (strict spans, GermEval 2014 outer classes)")
        {
            file, language, model, skip, take,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UserErrorException($"no such file: {path.FullName}");
            }

            List<NerSentence> sentences;
            try
            {
                sentences = ReadLabelled(path.FullName);
            }
            catch (FormatException e)
            {
                throw new UserErrorException($"{path.Name}: {e.Message}", e);
            }

            sentences = [.. sentences.Skip(Math.Max(0, parse.GetValue(skip))).Take(parse.GetValue(take) ?? int.MaxValue)];
            if (sentences.Count == 0)
            {
                throw new UserErrorException($"{path.Name}: no sentences to evaluate");
            }

            var lang = NormaliseLanguage(parse.GetValue(language)) ?? NerCorpusReader.GuessLanguage(sentences.SelectMany(s => s.Tokens));
            var tagger = CliServices.NerModel(parse.GetValue(model), lang);
            var evaluation = new NerEvaluation();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var sentence in sentences)
            {
                evaluation.Add(sentence.Labels, tagger.Tag(sentence.Tokens));
            }

            clock.Stop();
            Console.Write(Report(evaluation, lang, path.Name, clock.Elapsed));
            Console.WriteLine(Invariant($"F1 {evaluation.Overall.F1:F3}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Tag()
    {
        var text = new Argument<string>("TEXT") { Description = "Tokens separated by spaces (punctuation as its own token)" };
        var language = Language();
        var model = Model();
        var command = new Command("tag", "Tag one tokenised sentence and print each token with its label") { text, language, model };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var tokens = parse.GetValue(text)!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lang = NormaliseLanguage(parse.GetValue(language)) ?? NerCorpusReader.GuessLanguage(tokens);
            var labels = CliServices.NerModel(parse.GetValue(model), lang).Tag(tokens);
            for (var i = 0; i < tokens.Length; i++)
            {
                Console.WriteLine($"{tokens[i]}\t{labels[i]}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The per-type table, strict and collapsed; the caller prints the final <c>F1</c> line.</summary>
    private static string Report(NerEvaluation evaluation, string language, string name, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{name}: {evaluation.Sentences} sentences, {evaluation.Tokens} tokens, language {language}, {evaluation.Tokens / Math.Max(elapsed.TotalSeconds, 1e-6):F0} tokens/s"));
        text.AppendLine("strict, outer spans, 12 classes:");
        text.AppendLine(Row("type", "gold", "pred", "P", "R", "F1"));
        var types = NerEvaluation.GermEvalTypes.Concat(evaluation.ByType.Keys.Order(StringComparer.Ordinal)).Distinct();
        foreach (var type in types)
        {
            var score = evaluation.ByType.GetValueOrDefault(type);
            text.AppendLine(Row(type, score));
        }

        text.AppendLine(Row("overall", evaluation.Overall));
        text.AppendLine("strict, collapsed to 4 base types:");
        foreach (var type in BaseTypes.Concat(evaluation.ByBaseType.Keys.Order(StringComparer.Ordinal)).Distinct())
        {
            text.AppendLine(Row(type, evaluation.ByBaseType.GetValueOrDefault(type)));
        }

        text.AppendLine(Row("overall", evaluation.OverallBase));
        return text.ToString();
    }

    private static string Row(string type, NerScore score) =>
        Row(type, score.Gold.ToString(CultureInfo.InvariantCulture), score.Predicted.ToString(CultureInfo.InvariantCulture), Invariant($"{score.Precision:F3}"), Invariant($"{score.Recall:F3}"), Invariant($"{score.F1:F3}"));

    private static string Row(string type, string gold, string predicted, string p, string r, string f1) =>
        $"  {type,-10} {gold,6} {predicted,6} {p,6} {r,6} {f1,6}";

    private static List<NerSentence> ReadLabelled(string path)
    {
        var firstData = File.ReadLines(path).FirstOrDefault(l => l.Length > 0 && l[0] != '#') ?? string.Empty;
        var fields = firstData.Split('\t');
        var germEval = fields.Length >= 4 && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return germEval ? NerCorpusReader.ReadGermEval(reader) : NerCorpusReader.ReadConll(reader, "evaluate");
    }

    private static string? NormaliseLanguage(string? language) => language?.ToLowerInvariant() switch
    {
        null or "" => null,
        "de" or "german" or "deutsch" => "de",
        "en" or "english" => "en",
        _ => throw new UserErrorException($"unknown language '{language}' (de or en)") { ExitCode = ExitCodes.Usage },
    };

    private static string DefaultDataDirectory()
    {
        var shared = Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED");
        return shared is { Length: > 0 } ? Path.Combine(shared, "data", "ner") : Path.Combine("..", "shared", "data", "ner");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
