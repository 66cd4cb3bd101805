namespace SanctionWatch.Analysis.Syntax;

/// <summary>Greedy arc-hybrid parsing: the best valid transition at each step, and for each new arc the best relation.</summary>
internal sealed class DependencyParser
{
    public DependencyParser(string[] labels)
    {
        Labels = labels;
        RootLabel = Array.IndexOf(labels, "root");
    }

    public ParserFeatures Features { get; } = new();

    /// <summary>The relation labels (pseudo-projective ones included); <c>root</c> only on arcs from the root.</summary>
    public string[] Labels { get; }

    public int RootLabel { get; }

    /// <summary>Parses words whose attributes end with the root's; returns the final configuration.</summary>
    public ParserState Parse(ReadOnlySpan<WordAttributes> words, IFeatureScorer transitions, IFeatureScorer labels)
    {
        var state = new ParserState(words.Length - 1);
        Span<ulong> atoms = stackalloc ulong[Features.AtomCount];
        Span<ulong> features = stackalloc ulong[Math.Max(ParserFeatures.TransitionCount, ParserFeatures.LabelCount)];
        Span<float> scores = stackalloc float[Math.Max(3, Labels.Length)];
        while (!state.IsTerminal)
        {
            var count = Features.Transition(state, words, atoms, features);
            transitions.Score(features[..count], scores);
            var transition = BestValid(state, scores);
            var label = -1;
            if (transition != ParserState.Shift)
            {
                var (head, dependent) = state.Arc(transition);
                label = ChooseLabel(state, words, head, dependent, labels, atoms, features, scores);
            }

            state.Apply(transition, label);
        }

        return state;
    }

    /// <summary>The highest-scoring transition that is valid in the configuration.</summary>
    public static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var t = 0; t < 3; t++)
        {
            if (state.IsValid(t) && (best < 0 || scores[t] > scores[best]))
            {
                best = t;
            }
        }

        return best;
    }

    /// <summary>The relation of a new arc: <c>root</c> from the root, otherwise the best other label.</summary>
    public int ChooseLabel(ParserState state, ReadOnlySpan<WordAttributes> words, int head, int dependent, IFeatureScorer labels, Span<ulong> atoms, Span<ulong> features, Span<float> scores)
    {
        if (head == state.Words)
        {
            return RootLabel;
        }

        var count = Features.Label(state, words, head, dependent, atoms, features);
        labels.Score(features[..count], scores);
        return BestLabel(scores);
    }

    /// <summary>The best label other than <c>root</c>.</summary>
    public int BestLabel(ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var l = 0; l < Labels.Length; l++)
        {
            if (l != RootLabel && (best < 0 || scores[l] > scores[best]))
            {
                best = l;
            }
        }

        return best;
    }
}
