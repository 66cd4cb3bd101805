namespace SanctionWatch.Analysis.Ner;

/// <summary>First-order Viterbi decoding over label scores, with BIO's forbidden transitions already folded into the scores.</summary>
internal static class Viterbi
{
    /// <summary>A score low enough to forbid a path without overflowing sums.</summary>
    public const float Forbidden = -1e9f;

    /// <summary>
    /// Finds the best label sequence. <paramref name="emissions"/> holds n × L scores; <paramref name="transitions"/>
    /// L × L (from × to); <paramref name="start"/> L.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, int labelCount, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> best)
    {
        if (n == 0)
        {
            return;
        }

        var L = labelCount;
        var score = new float[n * L];
        var back = new int[n * L];
        for (var y = 0; y < L; y++)
        {
            score[y] = start[y] + emissions[y];
        }

        for (var t = 1; t < n; t++)
        {
            var prev = score.AsSpan((t - 1) * L, L);
            var cur = score.AsSpan(t * L, L);
            var bp = back.AsSpan(t * L, L);
            var em = emissions.Slice(t * L, L);
            for (var y = 0; y < L; y++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrev = 0;
                for (var p = 0; p < L; p++)
                {
                    var s = prev[p] + transitions[(p * L) + y];
                    if (s > bestScore)
                    {
                        bestScore = s;
                        bestPrev = p;
                    }
                }

                cur[y] = bestScore + em[y];
                bp[y] = bestPrev;
            }
        }

        var last = score.AsSpan((n - 1) * L, L);
        var arg = 0;
        for (var y = 1; y < L; y++)
        {
            if (last[y] > last[arg])
            {
                arg = y;
            }
        }

        best[n - 1] = arg;
        for (var t = n - 1; t > 0; t--)
        {
            arg = back[(t * L) + arg];
            best[t - 1] = arg;
        }
    }

    /// <summary>Adds the BIO constraints: I-X only after B-X or I-X, never first.</summary>
    public static void Constrain(IReadOnlyList<string> labels, Span<float> transitions, Span<float> start)
    {
        var L = labels.Count;
        for (var y = 0; y < L; y++)
        {
            if (!labels[y].StartsWith("I-", StringComparison.Ordinal))
            {
                continue;
            }

            var type = labels[y][2..];
            start[y] = Forbidden;
            for (var p = 0; p < L; p++)
            {
                var ok = labels[p].Length > 2 && string.Equals(labels[p][2..], type, StringComparison.Ordinal);
                if (!ok)
                {
                    transitions[(p * L) + y] = Forbidden;
                }
            }
        }
    }
}
