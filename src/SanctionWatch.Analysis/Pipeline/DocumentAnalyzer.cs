using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Ner;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// The per-document pipeline: tokens → sentences → entity mentions (gazetteers first, then the statistical
/// tagger for names no gazetteer knows). Pure and thread-safe, so that documents can be analysed in
/// parallel and by any worker with the same result.
/// </summary>
public sealed class DocumentAnalyzer
{
    /// <summary>Changes whenever the pipeline's output for the same text can change; stored analyses of another version are redone.</summary>
    public const string Version = "0.4.2";

    private readonly GazetteerRecognizer _gazetteer;
    private readonly bool _useTagger;

    /// <summary>Creates the analyser with the built-in gazetteers and taggers.</summary>
    public DocumentAnalyzer()
        : this(GazetteerRecognizer.BuiltIn, useTagger: true)
    {
    }

    /// <summary>Creates the analyser with the given gazetteer, with or without the statistical tagger.</summary>
    public DocumentAnalyzer(GazetteerRecognizer gazetteer, bool useTagger = true)
    {
        _gazetteer = gazetteer;
        _useTagger = useTagger;
    }

    /// <summary>
    /// Loads what analysing a document in <paramref name="language"/> needs (the tagger model, the event and quote
    /// lexicons), so that a caller can do it in the background while documents are still being read; loading
    /// happens once per process, whoever asks first, and <see cref="Analyze"/> would otherwise do it on first use.
    /// </summary>
    public static void Prepare(string language)
    {
        if (language is "de" or "en")
        {
            NerModel.Load(language);
        }

        Events.EventExtractor.For(language);
        Quotes.QuoteExtractor.For(language);
        _ = GazetteerRecognizer.BuiltIn;
    }

    /// <summary>Analyses one document.</summary>
    public DocumentAnalysis Analyze(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, document.Language);
        var mentions = new List<Mention>();
        _gazetteer.Recognize(text, tokens, mentions);
        Patterns.PatternRecognizer.Recognize(text, tokens, mentions);
        if (_useTagger && document.Language is "de" or "en")
        {
            AddTaggedMentions(text, tokens, sentences, NerModel.Load(document.Language), mentions);
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        // Events and quotes point into the final, sorted mention list.
        var events = Events.EventExtractor.For(document.Language).Extract(text, tokens, sentences, mentions, document.Published);
        var quotes = Quotes.QuoteExtractor.For(document.Language).Extract(text, tokens, sentences, mentions);
        return new DocumentAnalysis(document.Id, Version, sentences, mentions) { Events = events, Quotes = quotes };
    }

    // Names the tagger finds that no gazetteer mention covers; derivations ("russischen") and parts are left
    // to the gazetteers, which know what they refer to.
    private static void AddTaggedMentions(string text, List<Token> tokens, List<Model.Documents.TextSpan> sentences, NerModel model, List<Mention> mentions)
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
            for (int i = FirstStartingAtOrAfter(sorted, sentence.Start - longest); i < sorted.Count && sorted[i].Start < sentence.End; i++)
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
                    "PER" => "Person",
                    "ORG" => "Organization",
                    "LOC" => "Address",
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
                    if (schema != "Person" || knownEnd >= end || known.Any(k => k.Start >= knownEnd && k.Start < end))
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

                mentions.Add(new Mention(start, end, surface, schema, null, surface, null, "ner"));
                known.Add((start, end));
            }

            first = last;
        }
    }

    private static int FirstStartingAtOrAfter(List<(int Start, int End)> sorted, int offset)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
