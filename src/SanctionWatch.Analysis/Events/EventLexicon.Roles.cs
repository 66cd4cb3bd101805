namespace SanctionWatch.Analysis.Events;

/// <summary>The role words of the lexicon: what marks a party as target, source or place, determiners, titles and seats of power.</summary>
internal sealed partial class EventLexicon
{
    public HashSet<string> TargetMarks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SourceMarks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LocationMarks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Determiners { get; } = new(StringComparer.Ordinal);

    /// <summary>Paired coordinators by their second word ("noch" → "weder", "nor" → "neither"): it joins two names only after the first.</summary>
    public Dictionary<string, string> PairedCoordinators { get; } = new(StringComparer.Ordinal);

    /// <summary>Prepositions of being subject to a measure ("under a U.N. embargo", "unter Sanktionen").</summary>
    public HashSet<string> SubjectionMarks { get; } = new(StringComparer.Ordinal);

    public TermTrie<string> Titles { get; } = new();

    /// <summary>Canonical names of capitals and seats of power (case-sensitive, as the gazetteer names them).</summary>
    public HashSet<string> Seats { get; } = new(StringComparer.Ordinal);

    private void LoadRoles(string language)
    {
        foreach (var row in Rows("roles", language))
        {
            if (row[1] == "paired" && row[2].Split(' ') is [var opener, var joiner])
            {
                PairedCoordinators[joiner] = opener; // "weder noch": "noch" joins after "weder"
                continue;
            }

            foreach (string w in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                switch (row[1])
                {
                    case "target": TargetMarks.Add(w); break;
                    case "source": SourceMarks.Add(w); break;
                    case "location": LocationMarks.Add(w); break;
                    case "determiner": Determiners.Add(w); break;
                    case "subjection": SubjectionMarks.Add(w); break;
                    case "title": Titles.Add(w, w); break;
                    case "seat": Seats.Add(w); break;
                    default: break;
                }
            }
        }
    }
}
