namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>
/// Which treebank files train and tune each language (see the shared data README): German trains on GSD dev, PUD and
/// the 91 corrected GSD training trees (tuning on every tenth of them); English on the EWT documents outside the
/// official dev and test files plus GUM news, tuning on EWT dev. No test file is read here.
/// </summary>
public static class SyntaxCorpus
{
    /// <summary>The training and tuning sentences of a language from the shared folder.</summary>
    /// <exception cref="FileNotFoundException">A treebank file is missing.</exception>
    public static (List<ConlluSentence> Train, List<ConlluSentence> Tune) Load(string language, string shared, Action<string> log)
    {
        var syntax = Path.Combine(shared, "data", "syntax");
        if (language == "de")
        {
            var bosch = Conllu.ReadFile(Need(Path.Combine(syntax, "de", "de_bosch-eud2021-basic-gsdtrain.conllu")));
            var all = Conllu.ReadFile(Need(Path.Combine(syntax, "de", "de_gsd-ud-dev.conllu")))
                .Concat(Conllu.ReadFile(Need(Path.Combine(syntax, "de", "de_pud-ud-test.conllu"))).Select(WithoutXpos))
                .Concat(bosch.Select(UpdateOldLabels))
                .ToList();
            var train = all.Where((_, i) => i % 10 != 9).ToList();
            var tune = all.Where((_, i) => i % 10 == 9).ToList();
            log($"de: {train.Count} training and {tune.Count} tuning sentences");
            return (train, tune);
        }

        if (language == "en")
        {
            var dev = Conllu.ReadFile(Need(Path.Combine(syntax, "en", "en_ewt-ud-dev.conllu")));
            var held = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in new[] { "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu" })
            {
                foreach (var line in File.ReadLines(Need(Path.Combine(syntax, "en", file))))
                {
                    if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                    {
                        held.Add(DocumentOf(line["# sent_id = ".Length..]));
                    }
                }
            }

            var train = new List<ConlluSentence>();
            var skipped = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(syntax, "en", "ewt-documents"), "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var document = Conllu.ReadFile(file);
                if (document.Any(s => s.Comment("sent_id") is { } id && held.Contains(DocumentOf(id))))
                {
                    skipped++;
                    continue;
                }

                train.AddRange(document);
            }

            var gum = Path.Combine(syntax, "en", "gum-news");
            if (Directory.Exists(gum))
            {
                foreach (var file in Directory.EnumerateFiles(gum, "*.conllu").Order(StringComparer.Ordinal))
                {
                    train.AddRange(Conllu.ReadFile(file));
                }
            }

            log($"en: {train.Count} training sentences ({skipped} EWT documents of dev/test left out), {dev.Count} tuning sentences");
            return (train, dev);
        }

        throw new ArgumentException($"no syntax training recipe for language '{language}' (de or en)", nameof(language));
    }

    /// <summary>The document of an EWT sentence id: the id without its trailing <c>-NNNN</c>.</summary>
    public static string DocumentOf(string sentenceId)
    {
        var dash = sentenceId.LastIndexOf('-');
        return dash > 0 ? sentenceId[..dash] : sentenceId;
    }

    /// <summary>The Bosch trees use <c>iobj</c> where current GSD uses <c>obl:arg</c> (README); everything else is kept.</summary>
    private static ConlluSentence UpdateOldLabels(ConlluSentence sentence) =>
        new(sentence.Comments, [.. sentence.Lines.Select(l => l.Deprel == "iobj" ? new ConlluLine([.. l.Fields[..7], "obl:arg", .. l.Fields[8..]]) : l)]);

    /// <summary>German PUD has Penn Treebank tags in its XPOS column, not STTS: the tagger must not learn them.</summary>
    private static ConlluSentence WithoutXpos(ConlluSentence sentence) =>
        new(sentence.Comments, [.. sentence.Lines.Select(l => l.IsWord ? new ConlluLine([.. l.Fields[..4], "_", .. l.Fields[5..]]) : l)]);

    private static string Need(string path) => File.Exists(path) ? path : throw new FileNotFoundException($"missing treebank file {path}", path);
}
