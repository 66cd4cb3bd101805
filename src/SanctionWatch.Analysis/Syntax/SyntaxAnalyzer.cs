using SanctionWatch.Analysis.Ner;

namespace SanctionWatch.Analysis.Syntax;

/// <summary>Tags, lemmatises and parses sentences with one <see cref="SyntaxModel"/>; safe to call from several threads at once.</summary>
public sealed class SyntaxAnalyzer
{
    private readonly SyntaxModel _model;
    private readonly MorphoTagger _tagger;
    private readonly DependencyParser _parser;

    public SyntaxAnalyzer(SyntaxModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _tagger = new MorphoTagger(model.Tags, new TaggerFeatures(model.Clusters));
        _parser = new DependencyParser(model.Labels);
    }

    /// <summary>The model's language.</summary>
    public string Language => _model.Language;

    /// <summary>Analyses one sentence of words (already tokenised); an empty list gives an empty result.</summary>
    public SentenceSyntax Analyze(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var n = words.Count;
        var tags = _model.Tags;
        var tagged = _tagger.Tag(words, _model.TaggerWeights);
        var upos = new string[n];
        var xpos = new string[n];
        var feats = new string[n];
        var lemmas = new string[n];
        var k = tags.Categories.Length;
        for (var i = 0; i < n; i++)
        {
            upos[i] = tags.Upos[tagged.Upos[i]];
            xpos[i] = tags.Xpos[tagged.Xpos[i]];
            feats[i] = tags.FeatString(tagged.Feats.AsSpan(i * k, k));
            lemmas[i] = _model.Lemmatizer.Lemma(words[i], upos[i]);
        }

        var attributes = Attributes(words, tagged, feats, _model.Clusters);
        var state = _parser.Parse(attributes, _model.TransitionWeights, _model.LabelWeights);
        var heads = new int[n];
        var deprels = new string[n];
        for (var i = 0; i < n; i++)
        {
            heads[i] = state.Heads[i] == n || state.Heads[i] < 0 ? -1 : state.Heads[i];
            deprels[i] = state.Labels[i] >= 0 ? _parser.Labels[state.Labels[i]] : "dep";
        }

        PseudoProjective.Decode(heads, deprels);
        return new SentenceSyntax(words.ToArray(), upos, xpos, feats, lemmas, heads, deprels);
    }

    /// <summary>The parser's view of tagged words, the root appended.</summary>
    internal static WordAttributes[] Attributes(IReadOnlyList<string> words, MorphoTagger.TaggedWords tagged, string[] feats, WordClusters clusters)
    {
        var n = words.Count;
        var result = new WordAttributes[n + 1];
        for (var i = 0; i < n; i++)
        {
            var packed = clusters.Lookup(words[i]);
            result[i] = new WordAttributes(
                FeatureHash.OfLower(words[i]),
                (ulong)(tagged.Xpos[i] + 10),
                (ulong)(tagged.Upos[i] + 10),
                packed < 0 ? 3 : WordClusters.Fine(packed) + 10,
                FeatureHash.Of(feats[i]));
        }

        result[n] = WordAttributes.Root;
        return result;
    }
}
