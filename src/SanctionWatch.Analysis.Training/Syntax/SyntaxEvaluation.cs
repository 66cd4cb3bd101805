using System.Collections.Frozen;

namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>
/// Accumulates the CoNLL 2018 shared-task metrics over gold words: a word counts for UFeats when its feature set is
/// equal, for Lemma when the lemma is equal as written, for LAS when head and universal relation (subtype dropped) match.
/// </summary>
public sealed class SyntaxEvaluation
{
    private int _words;
    private int _upos;
    private int _xpos;
    private int _feats;
    private int _lemma;
    private int _uas;
    private int _las;
    private int _full;

    /// <summary>Adds one sentence; the prediction must have the gold sentence's words.</summary>
    public void Add(ConlluSentence gold, SentenceSyntax predicted)
    {
        var words = gold.Words;
        if (words.Count != predicted.Count)
        {
            throw new ArgumentException("the prediction has a different number of words", nameof(predicted));
        }

        var heads = gold.Heads;
        for (var i = 0; i < words.Count; i++)
        {
            var g = words[i];
            _words++;
            _upos += g.Upos == predicted.Upos[i] ? 1 : 0;
            _xpos += g.Xpos == predicted.Xpos[i] ? 1 : 0;
            _feats += SameFeats(g.Feats, predicted.Feats[i]) ? 1 : 0;
            _lemma += g.Lemma == predicted.Lemmas[i] ? 1 : 0;
            if (heads[i] == predicted.Heads[i])
            {
                _uas++;
                _las += Universal(g.Deprel) == Universal(predicted.Deprels[i]) ? 1 : 0;
                _full += g.Deprel == predicted.Deprels[i] ? 1 : 0;
            }
        }
    }

    /// <summary>The scores so far.</summary>
    public SyntaxScores Scores => new(_words, Ratio(_upos), Ratio(_xpos), Ratio(_feats), Ratio(_lemma), Ratio(_uas), Ratio(_las), Ratio(_full));

    /// <summary>Analyses every gold sentence's words and scores the result.</summary>
    public static SyntaxScores Evaluate(SyntaxAnalyzer analyzer, IEnumerable<ConlluSentence> gold)
    {
        var evaluation = new SyntaxEvaluation();
        foreach (var sentence in gold)
        {
            evaluation.Add(sentence, analyzer.Analyze(sentence.Forms));
        }

        return evaluation.Scores;
    }

    private double Ratio(int count) => _words == 0 ? 0 : (double)count / _words;

    private static string Universal(string deprel)
    {
        var colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    /// <summary>CoNLL 2018 compares the universal features only (language-specific ones are ignored).</summary>
    private static bool SameFeats(string a, string b)
    {
        static string[] Set(string f) => f is "_" or "" ? [] : [.. f.Split('|').Where(p => UniversalFeatures.Contains(p.Split('=')[0])).Order(StringComparer.Ordinal)];
        return Set(a).SequenceEqual(Set(b));
    }

    private static readonly FrozenSet<string> UniversalFeatures = FrozenSet.ToFrozenSet(
    [
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Typo", "Gender", "Animacy", "NounClass", "Number", "Case",
        "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite", "Clusivity",
    ], StringComparer.Ordinal);
}
