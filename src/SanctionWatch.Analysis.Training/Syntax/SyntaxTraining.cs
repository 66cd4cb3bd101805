using System.Diagnostics;

namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>
/// Trains a syntax model end to end: tag set and lemmatiser from the training trees, the tagger, jackknifed tags for the
/// parser's training sentences, pseudo-projective trees, then the parser. Deterministic for a given seed.
/// </summary>
public static class SyntaxTraining
{
    /// <summary>Trains the model of <paramref name="language"/> from the shared folder.</summary>
    public static SyntaxTrainingResult Run(string language, string shared, SyntaxTrainingOptions options, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var (train, tune) = SyntaxCorpus.Load(language, shared, log);
        var clusters = NerModel.LoadBuiltIn(language).Clusters;
        var tags = TaggerTrainer.BuildTagSet(train);
        var lemmatizer = LemmatizerBuilder.Build(train);
        log($"{tags.Upos.Length} UPOS, {tags.Xpos.Length} XPOS, {tags.Categories.Length} feature categories; {lemmatizer.Lexicon.Count} lexicon entries, {lemmatizer.Rules.Count} lemma rules");
        var trainTags = train.Select(s => TaggerTrainer.Encode(tags, s)).ToList();
        var tuneTags = tune.Select(s => TaggerTrainer.Encode(tags, s)).ToList();
        var tagger = new TaggerTrainer(tags, clusters, options);
        var taggerWeights = tagger.Train(trainTags, tuneTags, log);
        var bestEpoch = tagger.BestEpoch;
        log($"tagger trained ({clock.Elapsed.TotalSeconds:F0} s)");

        var predicted = new MorphoTagger.TaggedWords[train.Count];
        if (options.Folds > 1)
        {
            for (var fold = 0; fold < options.Folds; fold++)
            {
                var rest = trainTags.Where((_, i) => i % options.Folds != fold).ToList();
                // As many passes as the full tagger needed: no selection per fold, which would cost a pass of tagging each time.
                var weights = tagger.Train(rest, [], _ => { }, Math.Max(1, bestEpoch));
                for (var i = fold; i < train.Count; i += options.Folds)
                {
                    predicted[i] = tagger.Tag(weights, trainTags[i].Words);
                }
            }

            log($"jackknifed tags for the parser in {options.Folds} folds ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        else
        {
            for (var i = 0; i < train.Count; i++)
            {
                predicted[i] = new MorphoTagger.TaggedWords(trainTags[i].Upos, trainTags[i].Xpos, trainTags[i].Feats);
            }
        }

        var trees = train.Select(s => Projectivizer.Encode(s.Heads, s.Deprels)).ToList();
        var liftedCounts = trees.SelectMany(t => t.Labels).Where(l => l.Contains(PseudoProjective.Separator, StringComparison.Ordinal))
            .GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string Keep(string label) => !label.Contains(PseudoProjective.Separator, StringComparison.Ordinal) || liftedCounts.GetValueOrDefault(label) >= options.MinLiftedLabel
            ? label
            : label[..label.IndexOf(PseudoProjective.Separator, StringComparison.Ordinal)];
        string[] labels = ["root", .. trees.SelectMany(t => t.Labels).Select(Keep).Where(l => l != "root").Distinct().Order(StringComparer.Ordinal)];
        log($"{labels.Length} relation labels, {labels.Count(l => l.Contains(PseudoProjective.Separator, StringComparison.Ordinal))} of them lifted; {trees.Sum(t => t.Labels.Count(l => l.Contains(PseudoProjective.Separator, StringComparison.Ordinal)))} arcs lifted");

        var trainExamples = train.Select((s, i) => Example(s, predicted[i], tags, clusters, trees[i].Heads, [.. trees[i].Labels.Select(Keep)], labels)).ToList();
        var tuneExamples = tune.Select(s =>
        {
            var tree = Projectivizer.Encode(s.Heads, s.Deprels);
            return Example(s, tagger.Tag(taggerWeights, s.Forms), tags, clusters, tree.Heads, [.. tree.Labels.Select(Keep)], labels);
        }).ToList();
        var (transitions, labelWeights) = new ParserTrainer(labels, options).Train(trainExamples, tuneExamples, log);
        log($"parser trained ({clock.Elapsed.TotalSeconds:F0} s)");

        var model = Shrink(new SyntaxModel(language, tags, taggerWeights, lemmatizer, clusters, labels, transitions, labelWeights), options);
        log($"pruned to {model.TaggerWeights.Entries} tagger, {model.TransitionWeights.Entries} transition and {model.LabelWeights.Entries} relation weights");
        var scores = SyntaxEvaluation.Evaluate(new SyntaxAnalyzer(model), tune);
        return new SyntaxTrainingResult(model, scores);
    }

    /// <summary>
    /// Drops small weights as the file stores them (half precision, so the result is the same whether pruning runs here
    /// or on a saved model with <c>syntax prune</c>).
    /// </summary>
    public static SyntaxModel Shrink(SyntaxModel model, SyntaxTrainingOptions options)
    {
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var english = model.Language == "en";
        return SyntaxModel.Load(buffer).Pruned(options.TaggerPrune ?? (english ? 1f : 0f), options.ParserPrune ?? (english ? 2f : 0f));
    }

    private static ParseExample Example(ConlluSentence sentence, MorphoTagger.TaggedWords tagged, TagSet tags, WordClusters clusters, int[] heads, string[] deprels, string[] labels)
    {
        var n = heads.Length;
        var k = tags.Categories.Length;
        var feats = Enumerable.Range(0, n).Select(i => tags.FeatString(tagged.Feats.AsSpan(i * k, k))).ToArray();
        var words = SyntaxAnalyzer.Attributes(sentence.Forms, tagged, feats, clusters);
        var goldHeads = new int[n + 1];
        var goldLabels = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            goldHeads[i] = heads[i] < 0 ? n : heads[i];
            goldLabels[i] = Math.Max(0, Array.IndexOf(labels, deprels[i]));
        }

        goldHeads[n] = -1;
        return new ParseExample(words, goldHeads, goldLabels);
    }
}
