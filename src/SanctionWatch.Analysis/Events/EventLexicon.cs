using SanctionWatch.Model.Events;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// The event, item, cue, number, date and role lexicons of one language, loaded once from the embedded
/// TSV files under <c>Resources/Events</c>. Immutable after loading, so one instance serves every thread.
/// This part reads the files and holds the words that name an event (triggers) and what changes hands (items).
/// </summary>
internal sealed partial class EventLexicon
{
    private readonly Func<string, Stream?> _open;

    private EventLexicon(string language, Func<string, Stream?> open)
    {
        _open = open;
        Language = language;
        LoadGrammar(language);
        LoadTriggers(language);
        LoadItems(language);
        LoadCues(language);
        LoadNumbers(language);
        LoadDates(language);
        LoadRoles(language);
    }

    /// <summary>ISO 639-1 code.</summary>
    public string Language { get; }

    public TermTrie<TriggerEntry> Triggers { get; } = new();

    /// <summary>The triggers that need no separable particle: what a word means when the particle its longest match wants is absent ("kaufte" without "ab").</summary>
    public TermTrie<TriggerEntry> FreeTriggers { get; } = new();

    public TermTrie<ItemEntry> ItemWords { get; } = new();

    public PhraseTable<ItemEntry> ItemPhrases { get; } = new();

    /// <summary>Reads the built-in lexicon of <paramref name="language"/>, or null when its files have no rows for it; each call reads a new copy.</summary>
    public static EventLexicon? LoadBuiltIn(string language) => BuiltInRows("triggers", language).Count > 0 ? new EventLexicon(language, BuiltIn) : null;

    /// <summary>Reads a lexicon of <paramref name="language"/> from the TSV files <paramref name="open"/> gives by name (<c>triggers</c> …); null for a missing file.</summary>
    internal static EventLexicon Load(string language, Func<string, Stream?> open) => new(language, open);

    /// <summary>The languages that have trigger rows in the built-in lexicon: those the event steps can read.</summary>
    public static IReadOnlySet<string> BuiltInLanguages() => BuiltInRows("triggers", null).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

    private void LoadTriggers(string language)
    {
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
            string type = EventType.TryParse(row[1], out var known) ? known.Name : throw new InvalidDataException($"triggers.tsv ({language}): '{row[1]}' is not an event type");
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

                var entry = new TriggerEntry(type, row[2] == "-" ? null : row[2], frame, noun, flags.Contains("expected"), flags.Contains("aid"), particle)
                {
                    NeedsItem = flags.Contains("needitem"),
                    Money = flags.Contains("money"),
                    Carrier = flags.Contains("carrier"),
                    Loading = flags.Contains("loading"),
                    VerbOnly = flags.Contains("verb"),
                    ObjectNext = flags.Contains("object-next"),
                    About = flags.Contains("about"),
                    Hit = flags.Contains("hit"),
                    Arrival = flags.Contains("arrival"),
                    ClauseSpeech = flags.Contains("clause-speech"),
                    Joint = flags.Contains("joint"),
                    Destination = flags.Contains("destination"),
                    Means = flags.Contains("means"),
                    GoodsOnly = flags.Contains("goods"),
                    Listing = flags.Contains("listing"),
                    Used = flags.Contains("used"),
                    Dismissal = flags.Contains("dismissal"),
                };
                Triggers.Add(pattern, entry);
                if (particle is null)
                {
                    FreeTriggers.Add(pattern, entry);
                }

                if (Shapes.ParticiplePrefix is not { } ge || noun || !pattern.EndsWith('*') || pattern.StartsWith('*'))
                {
                    continue;
                }

                // German participles and glued separable verbs: geliefert, zurückgewiesen, zurückzuweisen.
                var free = entry with { Particle = null };
                if (particle is null)
                {
                    Triggers.Add(ge + pattern, free);
                    FreeTriggers.Add(ge + pattern, free);
                }
                else
                {
                    Triggers.Add(particle + pattern, free);
                    Triggers.Add(particle + ge + pattern, free);
                    if (Shapes.InfinitiveInfix is { } zu)
                    {
                        Triggers.Add(particle + zu + pattern, free);
                    }
                }
            }
        }
    }

    private void LoadItems(string language)
    {
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
    }

    private static Stream? BuiltIn(string name) => typeof(EventLexicon).Assembly.GetManifestResourceStream($"SanctionWatch.Analysis.Events.{name}.tsv");

    private static List<string[]> BuiltInRows(string name, string? language) => Rows(BuiltIn, name, language);

    private List<string[]> Rows(string name, string? language) => Rows(_open, name, language);

    private static List<string[]> Rows(Func<string, Stream?> open, string name, string? language)
    {
        using var stream = open(name) ?? throw new InvalidDataException($"lexicon file {name}.tsv is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length >= 3 && (language is null || cells[0] == language))
            {
                rows.Add(cells);
            }
        }

        return rows;
    }
}
