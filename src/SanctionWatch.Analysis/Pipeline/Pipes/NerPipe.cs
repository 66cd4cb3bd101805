using SanctionWatch.Analysis.Ner;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// Adds the names the statistical tagger of the language pack finds and no earlier recogniser covered;
/// derivations ("russischen") and parts are left to the gazetteers, which know what they refer to.
/// </summary>
public sealed class NerPipe() : Pipe("ner", DocLayer.Tokens | DocLayer.Sentences, DocLayer.Mentions)
{
    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        if (doc.Pack.Ner is { } model)
        {
            AddTaggedMentions(doc.Text, doc.Tokens, doc.Sentences, model, doc.Mentions.Open, doc.Pack.Lexicon);
        }
    }

    private static bool BesideANumber(List<Token> tokens, int i) =>
        (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number)
        || (i > 0 && tokens[i - 1].Kind == TokenKind.Number)
        || (i > 1 && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 2].Kind == TokenKind.Number);

    // Names the tagger finds that no gazetteer mention covers; derivations ("russischen") and parts are left
    // to the gazetteers, which know what they refer to.
    private static void AddTaggedMentions(string text, List<Token> tokens, List<TextSpan> sentences, NerModel model, List<Mention> mentions, Events.EventLexicon? lexicon)
    {
        // Only mentions that overlap a sentence can touch its tagged names: looking them up by start offset keeps a
        // long document's cost linear (checking every mention for every name made it grow with the square).
        var sorted = mentions.Select(m => (m.Start, m.End)).OrderBy(k => k.Start).ToList();
        int longest = sorted.Count == 0 ? 0 : sorted.Max(k => k.End - k.Start);
        var known = new List<(int Start, int End)>();
        int first = 0;
        var words = new List<string>(64);
        foreach (var sentence in sentences)
        {
            known.Clear();
            for (int i = SortedSearch.FirstAtOrAfter(sorted, sentence.Start - longest, static k => k.Start); i < sorted.Count && sorted[i].Start < sentence.End; i++)
            {
                if (sorted[i].End > sentence.Start)
                {
                    known.Add(sorted[i]);
                }
            }

            while (first < tokens.Count && tokens[first].Start < sentence.Start)
            {
                first++;
            }

            int last = first;
            words.Clear();
            while (last < tokens.Count && tokens[last].End <= sentence.End)
            {
                words.Add(tokens[last].TextOf(text));
                last++;
            }

            if (words.Count == 0)
            {
                continue;
            }

            foreach (var span in model.TagSpans(words))
            {
                string? schema = span.Type switch
                {
                    "PER" => SchemaNames.Person,
                    "ORG" => SchemaNames.Organization,
                    "LOC" => SchemaNames.Address,
                    _ => null,
                };
                if (schema is null)
                {
                    continue;
                }

                int from = first + span.Start, to = first + span.End - 1;
                while (from <= to && tokens[from].Kind == TokenKind.Punctuation)
                {
                    from++;
                }

                while (to >= from && tokens[to].Kind == TokenKind.Punctuation)
                {
                    to--;
                }

                // "Firma Levante Air Cargo", "shipping company Arktika Tankers": the kind of party is no part of its name.
                while (schema == SchemaNames.Organization && lexicon is not null && from < to && char.IsUpper(text[tokens[from + 1].Start])
                    && lexicon.Words.Is(tokens[from].TextOf(text).ToLowerInvariant(), Events.FunctionWord.Descriptor))
                {
                    from++;
                }

                if (from > to)
                {
                    continue;
                }

                int start = tokens[from].Start;
                int end = tokens[to].End;
                if (known.Any(k => k.Start < end && start < k.End))
                {
                    // "habe Putin Kim eine Limousine geschenkt": the tagger runs two names together; the gazetteer
                    // knows the first, so the words after it are a name of their own.
                    int knownEnd = known.Where(k => k.Start < end && start < k.End).Max(k => k.End);
                    // "Russian-made CNC machine tools": a country glued to "-made" describes the goods after it, no person.
                    if (schema != SchemaNames.Person || knownEnd >= end || known.Any(k => k.Start >= knownEnd && k.Start < end) || text[knownEnd] == '-')
                    {
                        continue;
                    }

                    while (from <= to && tokens[from].Start < knownEnd)
                    {
                        from++;
                    }

                    if (from > to || tokens[from].Kind == TokenKind.Punctuation)
                    {
                        continue;
                    }

                    start = tokens[from].Start;
                }

                string surface = text[start..end];
                if (!char.IsUpper(surface[0]) && !char.IsDigit(surface[0]))
                {
                    continue; // a lower-case "name" is a tagging error in both languages
                }

                if (lexicon is not null && lexicon.Months.ContainsKey(tokens[to].TextOf(text).ToLowerInvariant())
                    && ((from == to && BesideANumber(tokens, from)) || (to == from + 1 && lexicon.PartWords.Contains(tokens[from].TextOf(text).ToLowerInvariant()))))
                {
                    continue; // "am 3. Jun 2024", "June 5", "Anfang Januar": a date, no name
                }

                mentions.Add(new Mention(start, end, surface, schema, null, surface, null, "ner"));
                known.Add((start, end));
            }

            first = last;
        }
    }
}
