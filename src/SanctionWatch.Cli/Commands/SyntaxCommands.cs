using SanctionWatch.Analysis.Syntax;
using SanctionWatch.Analysis.Training.Syntax;
using SanctionWatch.Text;

namespace SanctionWatch.Cli.Commands;

/// <summary>The tagger and dependency parser: <c>syntax train</c> (reproducible), <c>syntax parse</c> (CoNLL-U out) and <c>syntax evaluate</c> (CoNLL 2018 metrics on gold words).</summary>
public static class SyntaxCommands
{
    /// <summary>Creates the <c>syntax</c> command family.</summary>
    public static Command Create()
    {
        var syntax = new Command("syntax", "Part-of-speech tags, morphology, lemmas and dependency trees: train, parse, evaluate");
        syntax.Subcommands.Add(Train());
        syntax.Subcommands.Add(Parse());
        syntax.Subcommands.Add(Evaluate());
        syntax.Subcommands.Add(Prune());
        return syntax;
    }

    private static Option<string?> Language(string description) => new("--language", "-l") { Description = description };

    private static Option<FileInfo?> ModelOption() => new("--model") { Description = "A model file from 'syntax train' instead of the built-in one" };

    private static Command Train()
    {
        var language = Language("de or en");
        language.DefaultValueFactory = _ => "de";
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Where to write the model (default: LANGUAGE.syntax.bin.gz)" };
        var seed = new Option<int>("--seed") { Description = "The shuffling seed", DefaultValueFactory = _ => new SyntaxTrainingOptions().Seed };
        var command = new Command("train", "Train the tagger and parser from the shared treebanks ($SANCTIONWATCH_SHARED or ../shared)") { language, output, seed };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var lang = NormaliseLanguage(parse.GetValue(language)) ?? "de";
            var shared = SharedDirectory();
            var options = new SyntaxTrainingOptions { Seed = parse.GetValue(seed) };
            SyntaxTrainingResult result;
            try
            {
                result = SyntaxTraining.Run(lang, shared, options, message => Console.Error.WriteLine($"syntax train: {message}"));
            }
            catch (FileNotFoundException e)
            {
                throw new UserErrorException($"{e.Message} (set SANCTIONWATCH_SHARED)", e);
            }

            var file = parse.GetValue(output) ?? new FileInfo($"{lang}.syntax.bin.gz");
            using (var stream = file.Create())
            {
                result.Model.Save(stream);
            }

            Console.WriteLine($"wrote {file.FullName} ({file.Length / 1024} KiB)");
            Console.Write(Report(result.Tuning, "tuning"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Parse()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CoNLL-U (only the word forms are read) or plain text" };
        var language = Language("de or en (required)");
        var format = new Option<string>("--format") { Description = "Output format (conllu)", DefaultValueFactory = _ => "conllu" };
        var model = ModelOption();
        var command = new Command("parse", "Tag and parse a file, writing CoNLL-U sentence for sentence and word for word") { file, language, format, model };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var path = Existing(parse.GetValue(file)!);
            if (!string.Equals(parse.GetValue(format), "conllu", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserErrorException($"unknown format '{parse.GetValue(format)}' (conllu)") { ExitCode = ExitCodes.Usage };
            }

            var lang = NormaliseLanguage(parse.GetValue(language)) ?? throw new UserErrorException("--language de|en is required") { ExitCode = ExitCodes.Usage };
            var analyzer = new SyntaxAnalyzer(CliServices.SyntaxModel(parse.GetValue(model), lang));
            var sentences = IsConllu(path.FullName) ? ReadConllu(path) : FromText(File.ReadAllText(path.FullName, Encoding.UTF8), lang);
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            Conllu.Write(stdout, sentences.Select(s => ConlluAnnotation.Fill(s, analyzer.Analyze(s.Forms))));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Evaluate()
    {
        var file = new Argument<FileInfo>("GOLD") { Description = "A gold CoNLL-U file" };
        var language = Language("de or en (default: guessed from the file name, else de)");
        var model = ModelOption();
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON" };
        var command = new Command("evaluate", "Analyse the gold words of a treebank and print UPOS, XPOS, UFeats, Lemma, UAS and LAS (CoNLL 2018)") { file, language, model, json };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var path = Existing(parse.GetValue(file)!);
            var lang = NormaliseLanguage(parse.GetValue(language)) ?? (path.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "de");
            var gold = ReadConllu(path);
            if (gold.Count == 0)
            {
                throw new UserErrorException($"{path.Name}: no sentences");
            }

            var analyzer = new SyntaxAnalyzer(CliServices.SyntaxModel(parse.GetValue(model), lang));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var scores = SyntaxEvaluation.Evaluate(analyzer, gold);
            clock.Stop();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    file = path.Name,
                    language = lang,
                    words = scores.Words,
                    upos = scores.Upos,
                    xpos = scores.Xpos,
                    ufeats = scores.UFeats,
                    lemma = scores.Lemma,
                    uas = scores.Uas,
                    las = scores.Las,
                    lasFullLabels = scores.LabelledFull,
                    wordsPerSecond = Math.Round(scores.Words / Math.Max(clock.Elapsed.TotalSeconds, 1e-6)),
                }));
            }
            else
            {
                Console.Write(Report(scores, $"{path.Name} ({lang}, {scores.Words / Math.Max(clock.Elapsed.TotalSeconds, 1e-6):F0} words/s)"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Prune()
    {
        var file = new Argument<FileInfo>("MODEL") { Description = "A model file from 'syntax train'" };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Where to write the smaller model", Required = true };
        var tagger = new Option<float?>("--tagger") { Description = "Drop tagger weights below this (default: as 'syntax train')" };
        var parser = new Option<float?>("--parser") { Description = "Drop parser weights below this (default: as 'syntax train')" };
        var command = new Command("prune", "Drop small weights from a model (what 'syntax train' does last), to try other thresholds without retraining") { file, output, tagger, parser };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var model = CliServices.SyntaxModel(parse.GetValue(file), "de");
            var pruned = SyntaxTraining.Shrink(model, new SyntaxTrainingOptions { TaggerPrune = parse.GetValue(tagger), ParserPrune = parse.GetValue(parser) });
            var target = parse.GetValue(output)!;
            using (var stream = target.Create())
            {
                pruned.Save(stream);
            }

            Console.WriteLine($"wrote {target.FullName} ({target.Length / 1024} KiB)");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Report(SyntaxScores s, string title) => string.Create(CultureInfo.InvariantCulture,
        $"{title}: {s.Words} words\nUPOS {s.Upos:F4}\nXPOS {s.Xpos:F4}\nUFeats {s.UFeats:F4}\nLemma {s.Lemma:F4}\nUAS {s.Uas:F4}\nLAS {s.Las:F4}\nLAS (full labels) {s.LabelledFull:F4}\n");

    private static bool IsConllu(string path)
    {
        foreach (var line in File.ReadLines(path).Take(50))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                return line.Split('\t').Length == 10;
            }
        }

        return path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase);
    }

    private static List<ConlluSentence> ReadConllu(FileInfo path)
    {
        try
        {
            return Conllu.ReadFile(path.FullName);
        }
        catch (FormatException e)
        {
            throw new UserErrorException($"{path.Name}: {e.Message}", e);
        }
    }

    /// <summary>Plain text through the project's own tokenizer and sentence splitter.</summary>
    private static List<ConlluSentence> FromText(string text, string language)
    {
        var normalised = TextNormalizer.Normalize(text).Text;
        var tokens = Tokenizer.Tokenize(normalised);
        var result = new List<ConlluSentence>();
        var t = 0;
        foreach (var span in SentenceSplitter.Split(normalised, tokens, language))
        {
            var words = new List<string>();
            while (t < tokens.Count && tokens[t].Start < span.End)
            {
                if (tokens[t].Start >= span.Start)
                {
                    words.Add(tokens[t].TextOf(normalised));
                }

                t++;
            }

            if (words.Count > 0)
            {
                result.Add(ConlluAnnotation.FromWords(words, (result.Count + 1).ToString(CultureInfo.InvariantCulture), normalised[span.Start..span.End]));
            }
        }

        return result;
    }

    private static FileInfo Existing(FileInfo file) => file.Exists ? file : throw new UserErrorException($"no such file: {file.FullName}");

    private static string SharedDirectory()
    {
        var shared = Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED");
        return shared is { Length: > 0 } ? shared : Path.Combine("..", "shared");
    }

    private static string? NormaliseLanguage(string? language) => language?.ToLowerInvariant() switch
    {
        null or "" => null,
        "de" or "german" or "deutsch" => "de",
        "en" or "english" => "en",
        _ => throw new UserErrorException($"unknown language '{language}' (de or en)") { ExitCode = ExitCodes.Usage },
    };
}
