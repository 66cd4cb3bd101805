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
    public static void Decode(ReadOnlySpan<float> emissions, int n, int labelCount, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> best) =>
        Decode(emissions, n, labelCount, transitions, start, null, best);

    /// <summary>
    /// As above, considering for each label only the predecessors listed in <paramref name="predecessors"/> (when given):
    /// BIO allows an I- label only two, which halves the work for GermEval's 22 labels.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, int labelCount, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, int[][]? predecessors, Span<int> best)
    {
        if (n == 0)
        {
            return;
        }

        var L = labelCount;
        var score = System.Buffers.ArrayPool<float>.Shared.Rent(n * L);
        var back = System.Buffers.ArrayPool<int>.Shared.Rent(n * L);
        try
        {
            Run(emissions, n, L, transitions, start, predecessors, best, score, back);
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(score);
            System.Buffers.ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary>For each label, the labels that may precede it (those whose transition is not forbidden).</summary>
    public static int[][] Predecessors(ReadOnlySpan<float> transitions, int labelCount)
    {
        var result = new int[labelCount][];
        for (var y = 0; y < labelCount; y++)
        {
            var list = new List<int>();
            for (var p = 0; p < labelCount; p++)
            {
                if (transitions[(p * labelCount) + y] > Forbidden)
                {
                    list.Add(p);
                }
            }

            result[y] = [.. list];
        }

        return result;
    }

    private static void Run(ReadOnlySpan<float> emissions, int n, int L, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, int[][]? predecessors, Span<int> best, float[] score, int[] back)
    {
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
                if (predecessors is null)
                {
                    for (var p = 0; p < L; p++)
                    {
                        var s = prev[p] + transitions[(p * L) + y];
                        if (s > bestScore)
                        {
                            bestScore = s;
                            bestPrev = p;
                        }
                    }
                }
                else
                {
                    foreach (var p in predecessors[y])
                    {
                        var s = prev[p] + transitions[(p * L) + y];
                        if (s > bestScore)
                        {
                            bestScore = s;
                            bestPrev = p;
                        }
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
