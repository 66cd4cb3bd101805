namespace SanctionWatch.Analysis.Events;

/// <summary>
/// What one language's word forms and writing tell the rules (<c>grammar.tsv</c>): traits such as capitalised nouns or
/// a decimal comma, and guesses from a word's shape whether it is a participle, an infinitive, a subjunctive or an
/// inflected adjective where no parse says so.
/// </summary>
internal sealed class WordShapes
{
    private readonly HashSet<string> _participles = new(StringComparer.Ordinal);
    private string[] _participleEndings = [];
    private string[] _strongEndings = [];
    private string[] _infinitiveEndings = [];
    private string[] _subjunctiveEndings = [];
    private string[] _notSubjunctiveEndings = [];
    private string[] _adjectiveEndings = [];
    private readonly HashSet<string> _verbalNounEndings = new(StringComparer.Ordinal);

    /// <summary>Nouns start upper case and adjectives lower case (German).</summary>
    public bool CapitalisedNouns { get; private set; }

    /// <summary>Numbers are written with a decimal comma and a thousands point.</summary>
    public bool DecimalComma { get; private set; }

    /// <summary>A name takes an -s for the genitive ("Nordkoreas Machthaber", "im Osten Russlands").</summary>
    public bool GenitiveS { get; private set; }

    /// <summary>"vor zwei Jahren": the word for "ago" comes before the count.</summary>
    public bool AgoFirst { get; private set; }

    /// <summary>"June 19": the month comes before the day.</summary>
    public bool MonthFirst { get; private set; }

    /// <summary>A subjunctive verb (Konjunktiv I) marks what it says as reported.</summary>
    public bool SubjunctiveReports { get; private set; }

    /// <summary>A verb of saying takes its clause after a comma ("sagt, Putin wolle …").</summary>
    public bool CommaComplement { get; private set; }

    /// <summary>A perfect in the clause makes an infinitive marker before the verb no plan ("… zu haben").</summary>
    public bool PerfectNotPlan { get; private set; }

    /// <summary>An infinitive clause ends in its marker and verb ("Nordkorea mit Öl zu versorgen", "geliefert zu haben").</summary>
    public bool VerbFinalInfinitive { get; private set; }

    /// <summary>A verb's particle follows it at once ("called on"), not at the clause's end ("forderte … auf").</summary>
    public bool AdjacentParticles { get; private set; }

    /// <summary>The prefix of participles (ge-), or null.</summary>
    public string? ParticiplePrefix { get; private set; }

    /// <summary>The infinitive marker written inside separable verbs (abzuweisen), or null.</summary>
    public string? InfinitiveInfix { get; private set; }

    /// <summary>Adjective endings of a country's name used as an adjective ("North Korean", "Chinese"); empty where the case shows it.</summary>
    public IReadOnlyList<string> DemonymEndings { get; private set; } = [];

    /// <summary>Guesses from its form whether the lower-case word <paramref name="w"/> is a past participle.</summary>
    public bool IsParticiple(string w)
    {
        if (_participles.Contains(w) || EndsWithAny(w, _participleEndings))
        {
            return true;
        }

        // Verbs with a separable prefix carry the participle prefix inside ("zurückgewiesen", "angekündigt").
        int at = ParticiplePrefix is { } prefix ? w.IndexOf(prefix, StringComparison.Ordinal) : -1;
        return at == 0 || (at > 0 && at <= 6 && EndsWithAny(w, _strongEndings));
    }

    /// <summary>Guesses whether <paramref name="w"/> (written upper case when <paramref name="upper"/>) is an infinitive; always true where the form does not show it.</summary>
    public bool IsInfinitive(string w, bool upper) =>
        _infinitiveEndings.Length == 0 || (!(upper && CapitalisedNouns) && EndsWithAny(w, _infinitiveEndings) && !IsParticiple(w));

    /// <summary>Guesses whether <paramref name="w"/> is a subjunctive verb form that marks reported speech.</summary>
    public bool IsSubjunctive(string w, bool upper) =>
        SubjunctiveReports && !upper && w.Length > 4 && EndsWithAny(w, _subjunctiveEndings) && !EndsWithAny(w, _notSubjunctiveEndings);

    /// <summary>Guesses whether <paramref name="w"/> is an inflected adjective ("nordkoreanische"); false where adjectives do not inflect.</summary>
    public bool IsInflectedAdjective(string w, bool upper) =>
        !(upper && CapitalisedNouns) && EndsWithAny(w, _adjectiveEndings);

    /// <summary>
    /// True when the letters after a verb's stem make a noun of the verb itself ("Liefer|ungen", "Verkauf|",
    /// "Treff|en"), not a compound whose head is another noun ("Treff|sicherheit", "Liefer|ketten"). Languages
    /// without such endings accept every rest.
    /// </summary>
    public bool IsVerbalNounRest(ReadOnlySpan<char> rest) =>
        _verbalNounEndings.Count == 0 || rest.IsEmpty || _verbalNounEndings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest);

    /// <summary>Adds a row of <c>grammar.tsv</c> that is not a function word; for loading only.</summary>
    /// <exception cref="InvalidDataException">A kind or trait this class does not know.</exception>
    internal void Add(string kind, string[] values)
    {
        switch (kind)
        {
            case "trait":
                foreach (string trait in values)
                {
                    SetTrait(trait);
                }

                break;
            case "participle-prefix": ParticiplePrefix = values.FirstOrDefault(); break;
            case "infinitive-infix": InfinitiveInfix = values.FirstOrDefault(); break;
            case "participle": _participles.UnionWith(values); break;
            case "participle-ending": _participleEndings = [.. _participleEndings, .. values]; break;
            case "strong-ending": _strongEndings = [.. _strongEndings, .. values]; break;
            case "infinitive-ending": _infinitiveEndings = [.. _infinitiveEndings, .. values]; break;
            case "subjunctive-ending": _subjunctiveEndings = [.. _subjunctiveEndings, .. values]; break;
            case "not-subjunctive-ending": _notSubjunctiveEndings = [.. _notSubjunctiveEndings, .. values]; break;
            case "adjective-ending": _adjectiveEndings = [.. _adjectiveEndings, .. values]; break;
            case "verbal-noun-ending": _verbalNounEndings.UnionWith(values); break;
            case "demonym-ending": DemonymEndings = [.. DemonymEndings, .. values]; break;
            default: throw new InvalidDataException("unknown grammar.tsv kind: " + kind);
        }
    }

    private void SetTrait(string trait)
    {
        switch (trait)
        {
            case "capitalised-nouns": CapitalisedNouns = true; break;
            case "decimal-comma": DecimalComma = true; break;
            case "genitive-s": GenitiveS = true; break;
            case "ago-first": AgoFirst = true; break;
            case "month-first": MonthFirst = true; break;
            case "subjunctive-reports": SubjunctiveReports = true; break;
            case "comma-complement": CommaComplement = true; break;
            case "perfect-not-plan": PerfectNotPlan = true; break;
            case "verb-final-infinitive": VerbFinalInfinitive = true; break;
            case "adjacent-particles": AdjacentParticles = true; break;
            default: throw new InvalidDataException("unknown grammar.tsv trait: " + trait);
        }
    }

    private static bool EndsWithAny(string w, string[] endings)
    {
        foreach (string e in endings)
        {
            if (w.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
