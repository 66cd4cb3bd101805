namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>
/// The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): the cost of a transition is the number of gold arcs it makes
/// unreachable. Zero-cost transitions from any configuration lead to the best tree still reachable; from the initial
/// configuration, to the gold tree itself when it is projective.
/// </summary>
internal static class DynamicOracle
{
    /// <summary>The cost of <paramref name="transition"/>; <paramref name="gold"/> holds each word's gold head (the root is <c>n</c>).</summary>
    public static int Cost(ParserState s, int transition, int[] gold)
    {
        var n = s.Words;
        var s0 = s.Stack(0);
        var b0 = s.Front;
        switch (transition)
        {
            case ParserState.Left:
                {
                    var cost = DependentsInBuffer(s, s0, gold);
                    var h = gold[s0];
                    if (h != b0 && (h == s.Stack(1) || (h > b0 && h <= n)))
                    {
                        cost++;
                    }

                    return cost;
                }

            case ParserState.Right:
                {
                    var cost = DependentsInBuffer(s, s0, gold);
                    var h = gold[s0];
                    if (h != s.Stack(1) && h >= b0 && h <= n)
                    {
                        cost++;
                    }

                    return cost;
                }

            default:
                {
                    var cost = 0;
                    for (var i = 0; i < s.Depth; i++)
                    {
                        var d = s.Stack(i);
                        if (gold[d] == b0)
                        {
                            cost++;
                        }

                        if (i > 0 && gold[b0] == d)
                        {
                            cost++;
                        }
                    }

                    return cost;
                }
        }
    }

    /// <summary>Follows zero-cost transitions (preferring SHIFT, then LEFT, then RIGHT) to the end; the heads of the result.</summary>
    public static int[] Derive(int[] gold)
    {
        var state = new ParserState(gold.Length);
        var goldWithRoot = new int[gold.Length + 1];
        for (var i = 0; i < gold.Length; i++)
        {
            goldWithRoot[i] = gold[i] < 0 ? gold.Length : gold[i];
        }

        goldWithRoot[gold.Length] = -1;
        while (!state.IsTerminal)
        {
            var next = -1;
            foreach (var t in new[] { ParserState.Left, ParserState.Right, ParserState.Shift })
            {
                if (state.IsValid(t) && Cost(state, t, goldWithRoot) == 0)
                {
                    next = t;
                    break;
                }
            }

            if (next < 0)
            {
                throw new InvalidOperationException("no zero-cost transition");
            }

            state.Apply(next, 0);
        }

        return [.. state.Heads.Take(gold.Length).Select(h => h == gold.Length ? -1 : h)];
    }

    private static int DependentsInBuffer(ParserState s, int word, int[] gold)
    {
        var cost = 0;
        for (var d = s.Front; d < s.Words; d++)
        {
            if (gold[d] == word)
            {
                cost++;
            }
        }

        return cost;
    }
}
