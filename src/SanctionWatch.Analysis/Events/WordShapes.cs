namespace SanctionWatch.Analysis.Events;

/// <summary>
/// What one language's word forms and writing tell the rules (<c>grammar.tsv</c>): traits such as capitalised nouns or
/// a decimal comma, and guesses from a word's shape whether it is a participle, an infinitive, a subjunctive or an
/// inflected adjective where no parse says so.
/// </summary>
internal sealed class WordShapes
{
    private readonly HashSet<string> _traits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _lists = new(StringComparer.Ordinal);

    /// <summary>Nouns start upper case and adjectives lower case (German).</summary>
    public bool CapitalisedNouns => Has("capitalised-nouns");

    /// <summary>Numbers are written with a decimal comma and a thousands point.</summary>
    public bool DecimalComma => Has("decimal-comma");

    /// <summary>A name takes an -s for the genitive ("Nordkoreas Machthaber", "im Osten Russlands").</summary>
    public bool GenitiveS => Has("genitive-s");

    /// <summary>"vor zwei Jahren": the word for "ago" comes before the count.</summary>
    public bool AgoFirst => Has("ago-first");

    /// <summary>"June 19": the month comes before the day.</summary>
    public bool MonthFirst => Has("month-first");

    /// <summary>A subjunctive verb (Konjunktiv I) marks what it says as reported.</summary>
    public bool SubjunctiveReports => Has("subjunctive-reports");

    /// <summary>A verb of saying takes its clause after a comma ("sagt, Putin wolle …").</summary>
    public bool CommaComplement => Has("comma-complement");

    /// <summary>A perfect in the clause makes an infinitive marker before the verb no plan ("… zu haben").</summary>
    public bool PerfectNotPlan => Has("perfect-not-plan");

    /// <summary>An infinitive clause ends in its marker and verb ("Nordkorea mit Öl zu versorgen", "geliefert zu haben").</summary>
    public bool VerbFinalInfinitive => Has("verb-final-infinitive");

    /// <summary>The prefix of participles (ge-), or null.</summary>
    public string? ParticiplePrefix => One("participle-prefix");

    /// <summary>The infinitive marker written inside separable verbs (abzuweisen), or null.</summary>
    public string? InfinitiveInfix => One("infinitive-infix");

    /// <summary>Adjective endings of a country's name used as an adjective ("North Korean", "Chinese"); empty where the case shows it.</summary>
    public IReadOnlyList<string> DemonymEndings => List("demonym-ending");

    /// <summary>Guesses from its form whether the lower-case word <paramref name="w"/> is a past participle.</summary>
    public bool IsParticiple(string w)
    {
        if (List("participle").Contains(w) || EndsWithAny(w, List("participle-ending")))
        {
            return true;
        }

        // Verbs with a separable prefix carry the participle prefix inside ("zurückgewiesen", "angekündigt").
        int at = ParticiplePrefix is { } prefix ? w.IndexOf(prefix, StringComparison.Ordinal) : -1;
        return at == 0 || (at > 0 && at <= 6 && EndsWithAny(w, List("strong-ending")));
    }

    /// <summary>Guesses whether <paramref name="w"/> (written upper case when <paramref name="upper"/>) is an infinitive; always true where the form does not show it.</summary>
    public bool IsInfinitive(string w, bool upper)
    {
        var endings = List("infinitive-ending");
        return endings.Length == 0 || (!(upper && CapitalisedNouns) && EndsWithAny(w, endings) && !IsParticiple(w));
    }

    /// <summary>Guesses whether <paramref name="w"/> is a subjunctive verb form that marks reported speech.</summary>
    public bool IsSubjunctive(string w, bool upper) =>
        SubjunctiveReports && !upper && w.Length > 4 && EndsWithAny(w, List("subjunctive-ending")) && !EndsWithAny(w, List("not-subjunctive-ending"));

    /// <summary>Guesses whether <paramref name="w"/> is an inflected adjective ("nordkoreanische"); false where adjectives do not inflect.</summary>
    public bool IsInflectedAdjective(string w, bool upper) =>
        !(upper && CapitalisedNouns) && EndsWithAny(w, List("adjective-ending"));

    /// <summary>Adds a row of <c>grammar.tsv</c> that is not a function word; for loading only.</summary>
    internal void Add(string kind, string[] values)
    {
        if (kind == "trait")
        {
            _traits.UnionWith(values);
        }
        else
        {
            _lists[kind] = [.. _lists.GetValueOrDefault(kind, []), .. values];
        }
    }

    private bool Has(string trait) => _traits.Contains(trait);

    private string? One(string kind) => _lists.TryGetValue(kind, out var v) && v.Length > 0 ? v[0] : null;

    private string[] List(string kind) => _lists.GetValueOrDefault(kind, []);

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
