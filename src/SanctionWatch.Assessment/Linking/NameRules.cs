using System.Collections.Frozen;
using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Assessment.Linking;

/// <summary>
/// Decides whether a name from an article and a name on a list entry name the same party: every part of the
/// article's name must match a part of the entry's (same spelling, a romanisation variant, or a near spelling of a
/// long part), and what the entry adds may only be middle names, a patronymic or a legal form. A Korean entry's
/// given name counts as a whole (KIM Jong Un is not KIM Jong Sik), and a lone generic word never names anyone.
/// </summary>
public sealed class NameRules
{
    private const double SameToken = 0.88;

    private static readonly FrozenSet<string> KoreanSurnames = new[]
    {
        "kim", "gim", "ri", "rhee", "lee", "yi", "pak", "park", "bak", "choe", "choi", "chae", "jang", "chang", "o", "oh",
        "han", "kang", "gang", "jo", "cho", "jon", "jeon", "chon", "yun", "yoon", "hwang", "ryu", "yu", "so", "seo", "sin",
        "shin", "hyon", "hyun", "ju", "chu", "paek", "baek", "ko", "go", "mun", "moon", "jong", "jeong", "chong", "kye",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly NameNormalizer _normalizer;
    private readonly Func<string, bool> _countryWord;

    /// <summary>
    /// Creates the rules over the screening's normaliser (so transliteration is the same as in <c>screen</c>);
    /// <paramref name="countryWord"/> tells a country's name or adjective ("philippine"), which alone names no party.
    /// </summary>
    public NameRules(NameNormalizer normalizer, Func<string, bool> countryWord)
    {
        _normalizer = normalizer;
        _countryWord = countryWord;
    }

    /// <summary>How strongly <paramref name="entityName"/> (from an article) names the entry name <paramref name="entryName"/>.</summary>
    /// <param name="person">True when both are people.</param>
    /// <param name="entityName">The article's name.</param>
    /// <param name="entryName">The list's name or alias.</param>
    /// <param name="property">Which of the entry's names it is.</param>
    public NameEvidence Evaluate(bool person, string entityName, string entryName, string property)
    {
        var q = Content(_normalizer.Normalize(entityName).Tokens);
        var entryTokens = _normalizer.Normalize(entryName).Tokens;
        var e = Content(entryTokens);
        if (q.Count == 0 || e.Count == 0)
        {
            return None(entityName, entryName, property, "no name parts");
        }

        if (person && q.Count < 2)
        {
            return None(entityName, entryName, property, "a single name part does not name a person");
        }

        if (!person && q.Count == 1 && (DescriptorWords.IsGeneric(q[0].Text) || _countryWord(q[0].Text) || _countryWord(q[0].Text + "s")))
        {
            return None(entityName, entryName, property, $"'{q[0].Text}' is a generic word");
        }

        // A one-word name against a company's name with its legal form (Forum / LLC FORUM, Tara / TARA LIMITED) is a
        // word that happens to be some company's name; only a listed group's bare name (HAMAS, TALIBAN) is linked so.
        if (!person && q.Count == 1 && entryTokens.Any(t => t.Legal && t.Canonical != "lf:group"))
        {
            return None(entityName, entryName, property, "a one-word name against a company name with a legal form");
        }

        // News spells an organisation's name as it calls itself; near spellings of its words are other words
        // (Delta / DOLTA, Times / TAMAS), so an organisation's words must be spelt as listed (or a plural of it).
        bool exactOnly = !person;
        var pairedE = new int[e.Count];
        Array.Fill(pairedE, -1);
        var parts = new List<string>();
        for (int i = 0; i < q.Count; i++)
        {
            int best = -1;
            double bestScore = 0;
            for (int j = 0; j < e.Count; j++)
            {
                if (pairedE[j] < 0 && Same(q[i], e[j], out double s) && s > bestScore && (!exactOnly || s >= 0.95 || LongVariant(q[i].Text, e[j].Text, entityName)))
                {
                    best = j;
                    bestScore = s;
                }
            }

            if (best < 0)
            {
                return None(entityName, entryName, property, $"'{q[i].Text}' matches no part of the entry's name");
            }

            pairedE[best] = i;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{q[i].Text}~{e[best].Text}"));
        }

        var left = Enumerable.Range(0, e.Count).Where(j => pairedE[j] < 0).ToList();
        string detail = string.Join(", ", parts) + (left.Count > 0 ? "; entry adds " + string.Join(' ', left.Select(j => e[j].Text)) : string.Empty);
        if (left.Count == 0)
        {
            return new NameEvidence(entityName, entryName, property, NameStrength.Exact, detail);
        }

        if (!person)
        {
            return None(entityName, entryName, property, detail + " (an organisation's name must match in full)");
        }

        return PersonRemainder(entityName, entryName, property, e, pairedE, left, detail);
    }

    private NameEvidence PersonRemainder(string entityName, string entryName, string property, List<NameToken> e, int[] pairedE, List<int> left, string detail)
    {
        // "LAST, Given Middle": the part before the comma is the family name. Without a comma the order is unknown,
        // so every part must be matched.
        int comma = entryName.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            return new NameEvidence(entityName, entryName, property, NameStrength.Covered, detail + " (the entry's name has parts the article does not write)");
        }

        int family = Content(_normalizer.Normalize(entryName[..comma]).Tokens).Count;
        bool korean = family >= 1 && KoreanSurnames.Contains(e[0].Text);
        bool familyMissing = left.Any(j => j < family);
        // With two family names the first is the father's (MADURO MOROS): an article writing one writes that one.
        bool familyMatched = pairedE[0] >= 0;
        if (family >= e.Count || !familyMatched)
        {
            return None(entityName, entryName, property, detail + " (the family name does not match)");
        }

        // The first given name must always match; a Korean given name is one name written in syllables, all of which must match.
        if (pairedE[family] < 0 || (korean && left.Any(j => j >= family)))
        {
            return None(entityName, entryName, property, detail + " (the given name differs)");
        }

        if (familyMissing && property != Lists.Model.FtmProperty.Name)
        {
            return None(entityName, entryName, property, detail + " (an alias with a further family name is another person's name too often)");
        }

        return familyMissing
            ? new NameEvidence(entityName, entryName, property, NameStrength.Partial, detail + " (a further family name)")
            : new NameEvidence(entityName, entryName, property, NameStrength.Full, detail + " (middle names)");
    }

    /// <summary>
    /// The number of words of <paramref name="name"/> when it is made only of descriptor words and country names
    /// ("Ministry of Defense", "Russian Armed Forces"), else 0: such a name describes a kind of body, and needs a
    /// qualifying country to name one.
    /// </summary>
    public int DescriptorSize(string name)
    {
        var tokens = Content(_normalizer.Normalize(name).Tokens);
        return tokens.All(t => DescriptorWords.IsGeneric(t.Text) || _countryWord(t.Text)) ? tokens.Count : 0;
    }

    // An organisation's long word transliterated two ways (Hezbollah / HIZBALLAH): same first and last letter, at
    // most two letters apart; a word the article writes in capitals is an acronym or a brand, spelt exactly.
    private static bool LongVariant(string a, string b, string written) =>
        a.Length >= 8 && b.Length >= 8 && a[0] == b[0] && a[^1] == b[^1] && written.Any(char.IsLower)
        && TokenSimilarity.Distance(a, b) <= 2;

    /// <summary>True when two name parts are one name: same text or spelling group, or a close spelling of a long part.</summary>
    public static bool Same(in NameToken a, in NameToken b, out double score)
    {
        var (s, kind) = TokenSimilarity.Compare(a, b);
        score = s;
        if (kind is TokenMatchKind.Exact or TokenMatchKind.Spelling)
        {
            return true;
        }

        // Plural and singular of one word (Houthi / HOUTHIS, Guard / GUARDS).
        if (a.Text.Length >= 5 && b.Text.Length >= 5 && (a.Text + "s" == b.Text || b.Text + "s" == a.Text))
        {
            score = 0.95;
            return true;
        }

        // A near spelling is one slip in a short name part (Hasan / Hassan, Ladin / Laden), two in a long one
        // (Qassem / Qasim); more is another name (Putin / Potanin, Sarah / Sahir).
        if (kind is not (TokenMatchKind.Phonetic or TokenMatchKind.Edit) || s < SameToken || Math.Min(a.Text.Length, b.Text.Length) < 4)
        {
            return false;
        }

        int distance = TokenSimilarity.Distance(a.Text, b.Text);
        return distance <= 1 || (distance == 2 && a.Text[0] == b.Text[0] && Math.Min(a.Text.Length, b.Text.Length) >= 5 && Math.Max(a.Text.Length, b.Text.Length) >= 6);
    }

    // Legal forms and joining particles say nothing about which party it is.
    private static List<NameToken> Content(NameToken[] tokens) =>
        tokens.Where(t => !t.Legal && !NameVocabulary.Particles.Contains(t.Text) && t.Text != "the").ToList();

    private static NameEvidence None(string entityName, string entryName, string property, string why) =>
        new(entityName, entryName, property, NameStrength.None, why);
}
