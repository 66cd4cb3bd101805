namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>Reads labelled NER corpora (GermEval 2014 TSV, CoNLL-style <c>token tag</c> columns) into sentences with strict BIO labels.</summary>
public static class NerCorpusReader
{
    /// <summary>Keeps entity types as written, folding CoNLL's MISC into OTH.</summary>
    public static string? DefaultType(string type) => type.ToUpperInvariant() switch
    {
        "MISC" => "OTH",
        "PER" or "ORG" or "LOC" or "OTH" => type.ToUpperInvariant(),
        _ => type,
    };

    /// <summary>
    /// Reads GermEval 2014 TSV (<c>idx token outer inner</c>, <c>#</c> lines and blank lines between sentences), keeping the outer labels.
    /// </summary>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    public static List<NerSentence> ReadGermEval(TextReader reader, string corpus = "germeval")
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var labels = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                Flush(sentences, tokens, labels, corpus);
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                throw new FormatException($"line {lineNumber}: expected 'idx token outer inner' separated by tabs");
            }

            tokens.Add(fields[1]);
            labels.Add(fields[2]);
        }

        Flush(sentences, tokens, labels, corpus);
        return sentences;
    }

    /// <summary>
    /// Reads <c>token tag</c> columns (space or tab separated; the tag is the last column), BIO or IOB1.
    /// <paramref name="mapType"/> renames entity types (null drops the entity). When <paramref name="splitSentences"/>
    /// is set, sentences are also cut after . ! ? (for corpora without sentence breaks) and at 100 tokens.
    /// </summary>
    /// <exception cref="FormatException">A line is not in the format.</exception>
    public static List<NerSentence> ReadConll(TextReader reader, string corpus, Func<string, string?>? mapType = null, bool splitSentences = false)
    {
        mapType ??= DefaultType;
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var labels = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(sentences, tokens, labels, corpus);
                continue;
            }

            var cut = line.LastIndexOfAny([' ', '\t']);
            if (cut == 0)
            {
                continue; // An empty token (tweets have them): nothing to tag.
            }

            if (cut < 0)
            {
                if (splitSentences)
                {
                    continue; // Noisy OCR corpora have stray lines; skip them.
                }

                throw new FormatException($"line {lineNumber}: expected 'token tag'");
            }

            var token = line[..cut].Trim();
            var tag = line[(cut + 1)..].Trim();
            if (token.Length == 0)
            {
                continue;
            }

            tokens.Add(token.Split(' ', '\t')[0]);
            labels.Add(NormaliseTag(tag, mapType));
            if (splitSentences && (token is "." or "!" or "?" || tokens.Count >= 100))
            {
                Flush(sentences, tokens, labels, corpus);
            }
        }

        Flush(sentences, tokens, labels, corpus);
        return sentences;
    }

    /// <summary>
    /// Reads GUM's entity columns (<c>token type</c>, every mention typed, pronouns and common nouns included) as NER:
    /// runs of capitalised words inside person, place and organization mentions become PER, LOC and ORG.
    /// </summary>
    public static List<NerSentence> ReadGum(TextReader reader, string corpus = "gum")
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var types = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && fields[0].Length > 0)
            {
                tokens.Add(fields[0]);
                types.Add(fields[^1].Trim());
                continue;
            }

            if (tokens.Count > 0)
            {
                sentences.Add(FromGum([.. tokens], [.. types], corpus));
            }

            tokens.Clear();
            types.Clear();
        }

        if (tokens.Count > 0)
        {
            sentences.Add(FromGum([.. tokens], [.. types], corpus));
        }

        return sentences;
    }

    /// <summary>Turns GUM sentences (one mention type per token) into NER sentences.</summary>
    public static NerSentence FromGum(string[] tokens, string[] types, string corpus = "gum")
    {
        var labels = new string[tokens.Length];
        Array.Fill(labels, BioLabels.Outside);
        for (var i = 0; i < tokens.Length; i++)
        {
            var type = GumType(types[i]);
            if (type is null || !IsName(tokens[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Length && types[end] == types[i])
            {
                if (IsName(tokens[end]))
                {
                    end++;
                }
                else if (tokens[end] is "of" or "and" or "de" or "-" && end + 1 < tokens.Length && types[end + 1] == types[i] && IsName(tokens[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            // A lone capitalised word opening a sentence is usually not a name ("Scientists say").
            if (!(i == 0 && end == 1))
            {
                labels[i] = "B-" + type;
                for (var k = i + 1; k < end; k++)
                {
                    labels[k] = "I-" + type;
                }
            }

            i = end - 1;
        }

        return new NerSentence(tokens, labels, corpus);
    }

    private static string? GumType(string type) => type switch
    {
        "person" => "PER",
        "place" => "LOC",
        "organization" => "ORG",
        _ => null,
    };

    private static bool IsName(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && token is not ("I" or "He" or "She" or "They" or "We" or "You" or "It" or "The" or "A" or "An" or "His" or "Her" or "Their" or "Our" or "My" or "This" or "These" or "That" or "Those");

    /// <summary>Guesses the language of a token sample from function words: <c>de</c> or <c>en</c>.</summary>
    public static string GuessLanguage(IEnumerable<string> tokens)
    {
        var german = 0;
        var english = 0;
        foreach (var token in tokens.Take(20000))
        {
            switch (token.ToLowerInvariant())
            {
                case "der" or "die" or "das" or "und" or "ist" or "nicht" or "mit" or "den" or "von" or "zu" or "ein" or "eine" or "sich" or "auf" or "für" or "dem" or "des" or "im" or "wird":
                    german++;
                    break;
                case "the" or "and" or "of" or "is" or "to" or "was" or "with" or "for" or "that" or "on" or "by" or "as" or "it" or "this" or "are" or "from":
                    english++;
                    break;
            }
        }

        return german > english ? "de" : "en";
    }

    private static string NormaliseTag(string tag, Func<string, string?> mapType)
    {
        if (tag.Length < 3 || tag == BioLabels.Outside)
        {
            return BioLabels.Outside;
        }

        var prefix = char.ToUpperInvariant(tag[0]);
        if (prefix is not ('B' or 'I') || tag[1] is not ('-' or '_' or '.'))
        {
            return BioLabels.Outside;
        }

        var type = mapType(tag[2..]);
        return type is null ? BioLabels.Outside : $"{prefix}-{type}";
    }

    private static void Flush(List<NerSentence> sentences, List<string> tokens, List<string> labels, string corpus)
    {
        if (tokens.Count > 0)
        {
            sentences.Add(new NerSentence([.. tokens], BioLabels.ToStrictBio(labels), corpus));
        }

        tokens.Clear();
        labels.Clear();
    }
}
