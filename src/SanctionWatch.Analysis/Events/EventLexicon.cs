using System.Globalization;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// The event, item, cue, number, date and role lexicons of one language, loaded once from the embedded
/// TSV files under <c>Resources/Events</c>. Immutable after loading, so one instance serves every thread.
/// </summary>
internal sealed class EventLexicon
{
    private EventLexicon(string language)
    {
        Language = language;
        German = language == "de";
        foreach (var row in Rows("triggers", language))
        {
            var flags = row[4].Split(',');
            var frame = row[3] switch
            {
                "receive" => Frame.Receive,
                "deny" => Frame.Deny,
                _ => Frame.Active,
            };
            bool noun = flags.Contains("noun");
            foreach (string form in row[5].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                string pattern = form;
                string? particle = null;
                int plus = form.IndexOf('+', StringComparison.Ordinal);
                if (plus > 0)
                {
                    pattern = form[..plus];
                    particle = form[(plus + 1)..];
                }

                var entry = new TriggerEntry(row[1], row[2] == "-" ? null : row[2], frame, noun, flags.Contains("expected"), flags.Contains("aid"), particle)
                {
                    NeedsItem = flags.Contains("needitem"),
                    Carrier = flags.Contains("carrier"),
                };
                Triggers.Add(pattern, entry);
                if (!German || noun || !pattern.EndsWith('*') || pattern.StartsWith('*'))
                {
                    continue;
                }

                // German participles and glued separable verbs: geliefert, zurückgewiesen, zurückzuweisen.
                var free = entry with { Particle = null };
                if (particle is null)
                {
                    Triggers.Add("ge" + pattern, free);
                }
                else
                {
                    Triggers.Add(particle + pattern, free);
                    Triggers.Add(particle + "ge" + pattern, free);
                    Triggers.Add(particle + "zu" + pattern, free);
                }
            }
        }

        foreach (var row in Rows("items", language))
        {
            var entry = new ItemEntry(row[1]);
            foreach (string form in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (form.StartsWith('"'))
                {
                    ItemPhrases.Add(form.Trim('"'), entry);
                }
                else
                {
                    ItemWords.Add(form, entry);
                }
            }
        }

        var cues = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        foreach (var row in Rows("cues", language))
        {
            var kind = ParseCue(row[1]);
            foreach (string phrase in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                string key = phrase.Trim().ToLowerInvariant();
                cues[key] = cues.GetValueOrDefault(key) | kind;
            }
        }

        foreach (var (phrase, kind) in cues)
        {
            Cues.Add(phrase, kind);
            if ((kind & (CueKind.Speech | CueKind.Claim)) != 0)
            {
                SpeechWords.Add(phrase.Split(' ')[0]);
            }
        }

        foreach (var row in Rows("numbers", language))
        {
            switch (row[1])
            {
                case "qualifier":
                    Qualifiers.Add(row[2], row[3]);
                    break;
                case "unit":
                    Units[row[2]] = row[3];
                    break;
                case "ignore":
                    foreach (string w in row[2].Split('|'))
                    {
                        QuantityFiller.Add(w);
                    }

                    break;
                case "vague":
                    Vague.Add(row[2], double.Parse(row[3], CultureInfo.InvariantCulture));
                    break;
                default:
                    var value = double.Parse(row[3], CultureInfo.InvariantCulture);
                    (row[1] switch
                    {
                        "multiplier" => Multipliers,
                        "article" => Articles,
                        _ => NumberWords,
                    })[row[2]] = value;
                    break;
            }
        }

        foreach (var row in Rows("dates", language))
        {
            foreach (string w in row[2].Split('|'))
            {
                switch (row[1])
                {
                    case "month": Months[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "weekday": Weekdays[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "day": DayWords[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "relative": RelativeWords[w] = int.Parse(row[3], CultureInfo.InvariantCulture); break;
                    case "period": Periods[w] = row[3]; break;
                    case "ago": AgoWords.Add(w); break;
                    case "part": PartWords.Add(w); break;
                    default: break;
                }
            }
        }

        foreach (var row in Rows("roles", language))
        {
            foreach (string w in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                switch (row[1])
                {
                    case "target": TargetMarks.Add(w); break;
                    case "source": SourceMarks.Add(w); break;
                    case "location": LocationMarks.Add(w); break;
                    case "determiner": Determiners.Add(w); break;
                    case "title": Titles.Add(w, w); break;
                    case "seat": Seats.Add(w); break;
                    default: break;
                }
            }
        }
    }

    /// <summary>ISO 639-1 code.</summary>
    public string Language { get; }

    /// <summary>True for German (compounds, participles, capitalised nouns).</summary>
    public bool German { get; }

    public TermTrie<TriggerEntry> Triggers { get; } = new();

    public TermTrie<ItemEntry> ItemWords { get; } = new();

    public PhraseTable<ItemEntry> ItemPhrases { get; } = new();

    public PhraseTable<CueKind> Cues { get; } = new();

    /// <summary>First words of speech and claim cues, for a cheap test whether a sentence reports speech.</summary>
    public HashSet<string> SpeechWords { get; } = new(StringComparer.Ordinal);

    public PhraseTable<string> Qualifiers { get; } = new();

    public PhraseTable<double> Vague { get; } = new();

    public Dictionary<string, double> NumberWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Articles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Multipliers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    public HashSet<string> QuantityFiller { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Weekdays { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> DayWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> RelativeWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Periods { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AgoWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PartWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> TargetMarks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SourceMarks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LocationMarks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Determiners { get; } = new(StringComparer.Ordinal);

    public TermTrie<string> Titles { get; } = new();

    /// <summary>Canonical names of capitals and seats of power (case-sensitive, as the gazetteer names them).</summary>
    public HashSet<string> Seats { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the built-in lexicon of <paramref name="language"/>, or null when there is none; each call reads a new copy.</summary>
    public static EventLexicon? LoadBuiltIn(string language) => language is "de" or "en" ? new EventLexicon(language) : null;

    private static CueKind ParseCue(string kind) => kind switch
    {
        "negation" => CueKind.Negation,
        "negation-none" => CueKind.NegationNone,
        "conditional" => CueKind.Conditional,
        "hypothetical" => CueKind.Hypothetical,
        "would" => CueKind.Would,
        "future" => CueKind.Future,
        "expected" => CueKind.Expected,
        "expected-sentence" => CueKind.ExpectedSentence,
        "alleged" => CueKind.Alleged,
        "modal-soll" => CueKind.ModalSoll,
        "perfect" => CueKind.Perfect,
        "passive" => CueKind.Passive,
        "source-before" => CueKind.SourceBefore,
        "source-after" => CueKind.SourceAfter,
        "speech" => CueKind.Speech,
        "claim" => CueKind.Claim,
        "konjunktiv" => CueKind.Konjunktiv,
        "pronoun" => CueKind.Pronoun,
        "clause" => CueKind.Clause,
        "past" => CueKind.Past,
        "aspect" => CueKind.Aspect,
        "reciprocal" => CueKind.Reciprocal,
        _ => throw new InvalidDataException("unknown cue kind: " + kind),
    };

    private static List<string[]> Rows(string name, string language)
    {
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream($"SanctionWatch.Analysis.Events.{name}.tsv")
            ?? throw new InvalidDataException($"embedded lexicon {name}.tsv is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length >= 3 && cells[0] == language)
            {
                rows.Add(cells);
            }
        }

        return rows;
    }
}
