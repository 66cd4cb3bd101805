namespace SanctionWatch.Analysis.Syntax;

/// <summary>Greedy left-to-right tagging of UPOS, XPOS and morphological features with one averaged-perceptron row per feature.</summary>
internal sealed class MorphoTagger
{
    private readonly TaggerFeatures _features;

    public MorphoTagger(TagSet tags, TaggerFeatures features)
    {
        Tags = tags;
        _features = features;
    }

    public TagSet Tags { get; }

    /// <summary>Tags a sentence with the given scorer; the trainer passes its growing weights, and <paramref name="gold"/>
    /// (when given) receives a callback per word so that it can update before the next word sees the prediction.</summary>
    public TaggedWords Tag(IReadOnlyList<string> words, IFeatureScorer scorer, Func<int, ReadOnlySpan<ulong>, ReadOnlySpan<float>, TagChoice>? gold = null)
    {
        var n = words.Count;
        var info = _features.Prepare(words);
        var result = new TaggedWords(new int[n], new int[n], new int[n * Tags.Categories.Length]);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Width];
        Span<int> chosen = stackalloc int[Tags.Categories.Length];
        var prevTag = -1;
        var prevTag2 = -1;
        var prevUpos = -1;
        for (var i = 0; i < n; i++)
        {
            var count = TaggerFeatures.Extract(info, i, words[i], prevTag, prevTag2, prevUpos, features);
            scorer.Score(features[..count], scores);
            var choice = Decide(scores, chosen);
            if (gold is not null)
            {
                // Training: the trainer updates on this word and tells us what to condition the next words on.
                choice = gold(i, features[..count], scores);
            }

            result.Upos[i] = choice.Upos;
            result.Xpos[i] = choice.Xpos;
            for (var c = 0; c < chosen.Length; c++)
            {
                result.Feats[(i * chosen.Length) + c] = gold is null ? chosen[c] : choice.Feats![c];
            }

            prevTag2 = prevTag;
            prevTag = choice.Xpos;
            prevUpos = choice.Upos;
        }

        return result;
    }

    /// <summary>The best value of every slice.</summary>
    public TagChoice Decide(ReadOnlySpan<float> scores, Span<int> chosen)
    {
        var upos = TagSet.Best(scores, 0, Tags.Upos.Length);
        var xpos = TagSet.Best(scores, Tags.Upos.Length, Tags.Xpos.Length);
        for (var c = 0; c < chosen.Length; c++)
        {
            chosen[c] = TagSet.Best(scores, Tags.Offsets[c], Tags.Values[c].Length);
        }

        return new TagChoice(upos, xpos, null);
    }

    /// <summary>One word's choice: UPOS and XPOS index and (in training) the feature value per category.</summary>
    internal readonly record struct TagChoice(int Upos, int Xpos, int[]? Feats);

    /// <summary>The chosen indexes of a sentence; <see cref="Feats"/> holds one value index per word and category.</summary>
    internal readonly record struct TaggedWords(int[] Upos, int[] Xpos, int[] Feats);
}
