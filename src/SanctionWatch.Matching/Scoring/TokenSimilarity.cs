using SanctionWatch.Matching.Normalization;

namespace SanctionWatch.Matching.Scoring;

/// <summary>Scores two name tokens in [0, 1], trying exact, spelling-group, phonetic, edit-distance and initial matches.</summary>
public static class TokenSimilarity
{
    // Candidate retrieval and linking weigh a shared sound key without the spelling loss.
    private static readonly MatcherParameters Unspelled = MatcherParameters.Default with { PhoneticSpelling = 0 };

    /// <summary>The similarity and the reason, by the default token weights, a phonetic match losing nothing for its spelling.</summary>
    public static (double Score, TokenMatchKind Kind) Compare(in NameToken a, in NameToken b) => Compare(a, b, Unspelled);

    /// <summary>
    /// The similarity and the reason by the default token weights; a phonetic match loses <paramref name="phoneticSpelling"/>
    /// per unit the spellings differ, so a shared sound key alone does not make Mariah Mario or Jianguo Jong.
    /// </summary>
    public static (double Score, TokenMatchKind Kind) Compare(in NameToken a, in NameToken b, double phoneticSpelling) =>
        Compare(a, b, phoneticSpelling == 0 ? Unspelled : phoneticSpelling == MatcherParameters.Default.PhoneticSpelling ? MatcherParameters.Default : MatcherParameters.Default with { PhoneticSpelling = phoneticSpelling });

    /// <summary>
    /// The similarity and the reason, weighed by <paramref name="p"/>: its score for each kind of token match, and its
    /// <see cref="MatcherParameters.PhoneticSpelling"/> loss of a phonetic match per unit the spellings differ.
    /// </summary>
    public static (double Score, TokenMatchKind Kind) Compare(in NameToken a, in NameToken b, MatcherParameters p)
    {
        if (a.Text == b.Text)
        {
            return (1.0, TokenMatchKind.Exact);
        }

        if (a.Canonical == b.Canonical)
        {
            return (p.SpellingSimilarity, TokenMatchKind.Spelling);
        }

        if ((a.Nickname is not null && a.Nickname == b.Canonical) || (b.Nickname is not null && b.Nickname == a.Canonical))
        {
            return (p.NicknameSimilarity, TokenMatchKind.Nickname);
        }

        int la = a.Text.Length;
        int lb = b.Text.Length;
        if (la == 1 || lb == 1)
        {
            return a.Text[0] == b.Text[0] && la != lb ? (p.InitialSimilarity, TokenMatchKind.Initial) : (0.0, TokenMatchKind.None);
        }

        int max = Math.Max(la, lb);

        // Only distances that can still give a match are worth computing exactly: up to 60% of the longer token when
        // the sound keys agree (raw >= MinPhoneticAgreement below), else half of it (raw >= MinEditSimilarity), one
        // letter for short tokens.
        bool sameKey = a.Key == b.Key && a.Key.Length >= 2 && Math.Min(la, lb) >= 3;
        int limit = sameKey ? MaxDistance(p.MinPhoneticAgreement, max) : max <= p.ShortTokenLength ? 1 : MaxDistance(p.MinEditSimilarity, max);
        int distance = Math.Abs(la - lb) * 2 > max ? max
            : LettersMissing(a.Text, b.Text) > limit ? limit + 1
            : Distance(a.Text, b.Text, limit);
        double raw = 1.0 - ((double)distance / max);

        // Short tokens (Chinese and Korean syllables, Ali/Ala) differ by one letter at most before they count as similar.
        double edit = raw < p.MinEditSimilarity || (max <= p.ShortTokenLength && distance > 1) ? 0 : raw;

        // A shared phonetic key counts only when the spellings are not far apart (Oliver and Alvaro share one).
        if (sameKey && raw >= p.MinPhoneticAgreement)
        {
            double phonetic = (Math.Min(la, lb) >= p.LongPhoneticLength ? p.PhoneticSimilarity : p.ShortPhoneticSimilarity) - (p.PhoneticSpelling * (1 - raw));
            if (phonetic > edit)
            {
                return (phonetic, TokenMatchKind.Phonetic);
            }
        }

        return edit > 0 ? (edit, TokenMatchKind.Edit) : (0.0, TokenMatchKind.None);
    }

    /// <summary>
    /// The largest edit distance between tokens of which the longer has <paramref name="max"/> letters that keeps their
    /// similarity at or above <paramref name="similarity"/> (never below it: the epsilon only absorbs rounding).
    /// </summary>
    private static int MaxDistance(double similarity, int max) => (int)(((1 - similarity) * max) + 1e-9);

    /// <summary>1 − (optimal string alignment distance / longer length); 0 when the strings share too little.</summary>
    public static double EditSimilarity(string a, string b)
    {
        int la = a.Length;
        int lb = b.Length;
        int max = Math.Max(la, lb);
        if (Math.Abs(la - lb) * 2 > max)
        {
            return 0;
        }

        int d = Distance(a, b);
        double sim = 1.0 - ((double)d / max);
        return sim < 0.5 ? 0 : sim;
    }

    /// <summary>
    /// A lower bound of the edit distance, far cheaper than the distance: every letter of one token that the other
    /// does not contain at all needs an edit of its own.
    /// </summary>
    private static int LettersMissing(string a, string b)
    {
        ulong maskA = 0;
        ulong maskB = 0;
        foreach (char c in a)
        {
            maskA |= 1UL << (c & 63);
        }

        foreach (char c in b)
        {
            maskB |= 1UL << (c & 63);
        }

        int missingA = 0;
        foreach (char c in a)
        {
            missingA += ((maskB >> (c & 63)) & 1UL) == 0 ? 1 : 0;
        }

        int missingB = 0;
        foreach (char c in b)
        {
            missingB += ((maskA >> (c & 63)) & 1UL) == 0 ? 1 : 0;
        }

        return Math.Max(missingA, missingB);
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Distance(a, b, int.MaxValue - 1);

    /// <summary>
    /// Optimal string alignment distance, exact up to <paramref name="limit"/>; beyond it, some value above the limit
    /// (the computation stops once two consecutive rows exceed it, since every alignment crosses one of them).
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        int la = a.Length;
        int lb = b.Length;
        if (la == 0)
        {
            return lb;
        }

        if (lb == 0)
        {
            return la;
        }

        int width = lb + 1;
        Span<int> rows = (3 * width) <= 512 ? stackalloc int[3 * width] : new int[3 * width];
        var prev2 = rows[..width];
        var prev = rows.Slice(width, width);
        var cur = rows.Slice(2 * width, width);
        for (int j = 0; j <= lb; j++)
        {
            prev[j] = j;
        }

        int previousMin = 0;
        for (int i = 1; i <= la; i++)
        {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= lb; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            // A transposition steps from row i - 2 to row i, so only two rows over the limit bound the result.
            if (rowMin > limit && previousMin > limit)
            {
                return limit + 1;
            }

            previousMin = rowMin;

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[lb];
    }
}
