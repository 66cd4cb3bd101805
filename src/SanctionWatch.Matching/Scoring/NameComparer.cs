using System.Globalization;
using System.Text;
using SanctionWatch.Matching.Normalization;

namespace SanctionWatch.Matching.Scoring;

/// <summary>
/// Compares two normalised names with an order-free token alignment: tokens are paired greedily by similarity,
/// run-together tokens (Jongun, PolPot) are split to match, and what is left unpaired on either side lowers the score.
/// </summary>
public sealed class NameComparer
{
    private const int MaxTokens = 12;
    private readonly MatcherParameters _p;
    private readonly bool _informed;

    /// <summary>Creates a comparer with <paramref name="parameters"/>.</summary>
    /// <param name="parameters">Threshold and weights.</param>
    /// <param name="informed">True when tokens carry their frequency in the lists screened (<see cref="NameToken.Information"/>).</param>
    public NameComparer(MatcherParameters parameters, bool informed = false)
    {
        _p = parameters;
        _informed = informed;
    }

    /// <summary>Compares <paramref name="a"/> (the query) with <paramref name="b"/> (the candidate).</summary>
    /// <param name="a">The query's name.</param>
    /// <param name="b">The candidate's name.</param>
    /// <param name="explain">True to describe the alignment.</param>
    /// <param name="organisation">True for organisations' names, where an acronym may stand for words (PLA, U.S.).</param>
    public NameComparison Compare(NormalizedName a, NormalizedName b, bool explain = false, bool organisation = false)
    {
        var ta = a.Tokens;
        var tb = b.Tokens;
        if (ta.Length == 0 || tb.Length == 0)
        {
            return new NameComparison(0, explain ? "empty name" : string.Empty);
        }

        ta = MergeRunTogether(ta, tb);
        tb = MergeRunTogether(tb, ta);
        if (organisation)
        {
            tb = FoldAcronym(tb, ta);
            ta = FoldAcronym(ta, tb);
        }

        int n = Math.Min(ta.Length, MaxTokens);
        int m = Math.Min(tb.Length, MaxTokens);
        Span<double> sim = stackalloc double[n * m];
        Span<byte> kind = stackalloc byte[n * m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                var (s, k) = TokenSimilarity.Compare(ta[i], tb[j], _p);
                sim[(i * m) + j] = s;
                kind[(i * m) + j] = (byte)k;
            }
        }

        Span<int> matchA = stackalloc int[n];
        Span<int> matchB = stackalloc int[m];
        matchA.Fill(-1);
        matchB.Fill(-1);
        double pairWeight = 0;
        double matchedWeight = 0;
        double worst = 1;
        double information = 0;
        int pairs = 0;
        while (true)
        {
            double best = _p.MinTokenSimilarity;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++)
            {
                if (matchA[i] >= 0)
                {
                    continue;
                }

                for (int j = 0; j < m; j++)
                {
                    double s = sim[(i * m) + j];
                    // Ties go to the pair of longer tokens, so particles do not steal real names.
                    if (matchB[j] < 0 && (s > best || (s == best && bi >= 0 && s > 0 && ta[i].Weight + tb[j].Weight > ta[bi].Weight + tb[bj].Weight)))
                    {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }

            if (bi < 0)
            {
                break;
            }

            matchA[bi] = bj;
            matchB[bj] = bi;
            double scaled = Math.Clamp((best - _p.TokenFloor) / (1 - _p.TokenFloor), 0, 1);
            double w = ta[bi].Weight + tb[bj].Weight;
            pairWeight += w;
            matchedWeight += scaled * w;
            worst = Math.Min(worst, scaled);
            information += ta[bi].Legal ? 0 : scaled * Math.Min(ta[bi].Information, tb[bj].Information);
            pairs++;
        }

        double totalA = 0;
        double unmatchedA = 0;
        double patronymicA = 0;
        bool legalLeftA = false;
        bool nameLeft = false;
        for (int i = 0; i < ta.Length; i++)
        {
            bool left = i >= n || matchA[i] < 0;
            bool patronymic = left && ta[i].Patronymic;
            nameLeft |= left && !ta[i].Legal && !ta[i].Particle && !patronymic;
            patronymicA += patronymic ? ta[i].Weight : 0;
            legalLeftA |= left && ta[i].Legal;
            if (ta[i].Legal && left)
            {
                continue;
            }

            totalA += ta[i].Weight;
            unmatchedA += left ? ta[i].Weight : 0;
        }

        double totalB = 0;
        double unmatchedB = 0;
        double patronymicB = 0;
        bool legalLeftB = false;
        for (int j = 0; j < tb.Length; j++)
        {
            bool left = j >= m || matchB[j] < 0;
            bool patronymic = left && tb[j].Patronymic;
            nameLeft |= left && !tb[j].Legal && !tb[j].Particle && !patronymic;
            patronymicB += patronymic ? tb[j].Weight : 0;
            legalLeftB |= left && tb[j].Legal;
            if (tb[j].Legal && left)
            {
                continue;
            }

            totalB += tb[j].Weight;
            unmatchedB += left ? tb[j].Weight : 0;
        }

        totalA = Math.Max(totalA, 1e-9);
        totalB = Math.Max(totalB, 1e-9);

        // A patronymic left over on one side only is mostly one the other side left out (Volodymyr Zelenskyy for
        // Volodymyr Oleksandrovych Zelenskyy); against a different patronymic it still counts in full.
        if (unmatchedB == 0)
        {
            unmatchedA -= (1 - _p.OmittedPatronymicFactor) * patronymicA;
        }
        else if (unmatchedA == 0)
        {
            unmatchedB -= (1 - _p.OmittedPatronymicFactor) * patronymicB;
        }

        double score = 0;
        double uA = unmatchedA / totalA;
        double uB = unmatchedB / totalB;
        if (pairs > 0)
        {
            double q = matchedWeight / pairWeight;
            double hi = Math.Max(uA, uB);
            double lo = Math.Min(uA, uB);
            score = q - (_p.ExtraTokenPenalty * hi) - (_p.ConflictPenalty * lo) - (_p.WorstTokenPenalty * (1 - worst));
            if (pairs == 1 && hi > 0)
            {
                score -= _p.SingleTokenPenalty;
            }

            // "X bin Y" and "Y bin X" are father and son: the names after the particle must align with each other.
            int fatherA = FatherIndex(ta, n);
            int fatherB = FatherIndex(tb, m);
            if (fatherA >= 0 && fatherB >= 0 && matchA[fatherA] != fatherB)
            {
                score -= _p.ConflictPenalty * _p.FatherSonFactor;
            }

            // A partial match must rest on distinctive parts: Carlos + Ortega, both common in the lists, do not single out
            // Juan Carlos Ortega Murillo the way Osama + Laden single out their entry. A patronymic, particle or legal
            // form left over (Dmitriy Peskov for PESKOV, Dmitriy Sergeevich; Qaeda for AL-QAEDA) makes no match partial.
            if (_informed && nameLeft)
            {
                score -= _p.CommonPartsPenalty * Math.Max(0, _p.NeededInformation - information);
            }

            // Two different legal forms (AG vs GmbH) name two different companies.
            if (legalLeftA && legalLeftB)
            {
                score -= _p.LegalFormConflictPenalty;
            }

            score = Math.Clamp(score, 0, 1);
        }

        if (!explain)
        {
            return new NameComparison(score, string.Empty);
        }

        var sb = new StringBuilder();
        sb.Append('\'').Append(a.Original).Append("' ~ '").Append(b.Original).Append("': ");
        var parts = new List<string>();
        for (int i = 0; i < n; i++)
        {
            if (matchA[i] >= 0)
            {
                int j = matchA[i];
                var k = (TokenMatchKind)kind[(i * m) + j];
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{ta[i].Text}~{tb[j].Text} ({k.ToString().ToLowerInvariant()} {sim[(i * m) + j]:0.00})"));
            }
        }

        sb.Append(parts.Count > 0 ? string.Join(", ", parts) : "no tokens align");
        if (_informed)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; rarity of aligned parts {information:0.00}");
        }

        var leftA = new List<string>();
        for (int i = 0; i < ta.Length; i++)
        {
            if (i >= n || matchA[i] < 0)
            {
                leftA.Add(ta[i].Text);
            }
        }

        var leftB = new List<string>();
        for (int j = 0; j < tb.Length; j++)
        {
            if (j >= m || matchB[j] < 0)
            {
                leftB.Add(tb[j].Text);
            }
        }
        if (leftA.Count > 0)
        {
            sb.Append("; unmatched in query: ").Append(string.Join(' ', leftA));
        }

        if (leftB.Count > 0)
        {
            sb.Append("; unmatched in candidate: ").Append(string.Join(' ', leftB));
        }

        return new NameComparison(score, sb.ToString());
    }

    /// <summary>The index of the token after a patronymic particle (bin, ibn, bint, ben), or -1.</summary>
    private static int FatherIndex(NameToken[] tokens, int count)
    {
        for (int i = 0; i + 1 < count; i++)
        {
            if (tokens[i].Text is "bin" or "ibn" or "bint" or "ben" or "binti")
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Folds a run of words in <paramref name="tokens"/> into one token when their initials spell an acronym of
    /// <paramref name="other"/> (People's Liberation Army for PLA, United States for US); particles inside the run
    /// (of, and) may be skipped by the acronym.
    /// </summary>
    private static NameToken[] FoldAcronym(NameToken[] tokens, NameToken[] other)
    {
        if (tokens.Length < 2)
        {
            return tokens;
        }

        foreach (var o in other)
        {
            string acronym = o.Text;
            if (acronym.Length is < 2 or > 6 || o.Legal || !acronym.All(char.IsAsciiLetter))
            {
                continue;
            }

            for (int start = 0; start < tokens.Length; start++)
            {
                int k = 0;
                int end = start;
                while (end < tokens.Length && k < acronym.Length && !tokens[end].Legal)
                {
                    if (tokens[end].Text[0] == acronym[k] && tokens[end].Text.Length > 1)
                    {
                        k++;
                    }
                    else if (!tokens[end].Particle || end == start)
                    {
                        break;
                    }

                    end++;
                }

                if (k == acronym.Length && end - start >= 2)
                {
                    var folded = new NameToken[tokens.Length - (end - start) + 1];
                    Array.Copy(tokens, folded, start);
                    folded[start] = o;
                    Array.Copy(tokens, end, folded, start + 1, tokens.Length - end);
                    return folded;
                }
            }
        }

        return tokens;
    }

    /// <summary>
    /// Joins two adjacent tokens of <paramref name="tokens"/> when their concatenation is a token of
    /// <paramref name="other"/> (Kim Jong Un vs Kim Jongun, Pol Pot vs PolPot).
    /// </summary>
    private static NameToken[] MergeRunTogether(NameToken[] tokens, NameToken[] other)
    {
        if (tokens.Length < 2)
        {
            return tokens;
        }

        Span<char> buffer = stackalloc char[64];
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            int len = tokens[i].Text.Length + tokens[i + 1].Text.Length;
            if (len > buffer.Length)
            {
                continue;
            }

            foreach (var o in other)
            {
                if (o.Text.Length < 4 || Math.Abs(o.Text.Length - len) > 1 || o.Text[0] != tokens[i].Text[0]
                    || o.Text == tokens[i].Text || o.Text == tokens[i + 1].Text || o.Legal || tokens[i].Legal)
                {
                    continue;
                }

                tokens[i].Text.AsSpan().CopyTo(buffer);
                tokens[i + 1].Text.AsSpan().CopyTo(buffer[tokens[i].Text.Length..]);
                int allowed = len >= 8 ? 1 : 0;
                int d = TokenSimilarity.Distance(buffer[..len], o.Text, allowed);
                if (d <= allowed)
                {
                    var merged = new NameToken[tokens.Length - 1];
                    Array.Copy(tokens, merged, i);
                    merged[i] = NameNormalizer.MakeToken(new string(buffer[..len]));
                    Array.Copy(tokens, i + 2, merged, i + 1, tokens.Length - i - 2);
                    return merged;
                }
            }
        }

        return tokens;
    }
}
