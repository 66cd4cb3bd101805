namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>Trains the greedy morphological tagger (all slices of <see cref="TagSet"/> at once), keeping the pass with the best held-out accuracy.</summary>
internal sealed class TaggerTrainer
{
    private readonly TagSet _tags;
    private readonly MorphoTagger _tagger;
    private readonly SyntaxTrainingOptions _options;

    public TaggerTrainer(TagSet tags, WordClusters clusters, SyntaxTrainingOptions options)
    {
        _tags = tags;
        _tagger = new MorphoTagger(tags, new TaggerFeatures(clusters));
        _options = options;
    }

    /// <summary>The tag set of a corpus: categories in UD order, value 0 of each meaning "absent".</summary>
    public static TagSet BuildTagSet(IEnumerable<ConlluSentence> sentences)
    {
        var words = sentences.SelectMany(s => s.Words).ToList();
        var upos = words.Select(w => w.Upos).Distinct().Order(StringComparer.Ordinal).ToArray();
        var xpos = words.Select(w => w.Xpos).Where(x => x != "_").Distinct().Order(StringComparer.Ordinal).ToArray();
        var pairs = words.SelectMany(w => Pairs(w.Feats)).Distinct().ToList();
        var categories = pairs.Select(p => p.Name).Distinct().OrderBy(c => c, StringComparer.OrdinalIgnoreCase).ToArray();
        var values = categories.Select(c => new[] { string.Empty }.Concat(pairs.Where(p => p.Name == c).Select(p => p.Value).Distinct().Order(StringComparer.Ordinal)).ToArray()).ToArray();
        return new TagSet(upos, xpos, categories, values);
    }

    /// <summary>A sentence as tag indexes (unknown UPOS and features map to 0, unknown XPOS to -1: not learnt).</summary>
    public static TaggedSentence Encode(TagSet tags, ConlluSentence sentence)
    {
        var n = sentence.Words.Count;
        var k = tags.Categories.Length;
        var feats = new int[n * k];
        for (var i = 0; i < n; i++)
        {
            foreach (var (name, value) in Pairs(sentence.Words[i].Feats))
            {
                var c = Array.IndexOf(tags.Categories, name);
                if (c >= 0)
                {
                    feats[(i * k) + c] = Math.Max(0, Array.IndexOf(tags.Values[c], value));
                }
            }
        }

        return new TaggedSentence(
            sentence.Forms,
            [.. sentence.Words.Select(w => Math.Max(0, Array.IndexOf(tags.Upos, w.Upos)))],
            [.. sentence.Words.Select(w => Array.IndexOf(tags.Xpos, w.Xpos))],
            feats);
    }

    /// <summary>The pass whose weights the last <see cref="Train"/> kept.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>Trains; without held-out sentences, runs exactly <paramref name="epochs"/> passes and keeps the last.</summary>
    public WeightTable Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> heldOut, Action<string> log, int? epochs = null)
    {
        var table = new TrainingTable(_tags.Width);
        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var k = _tags.Categories.Length;
        var chosen = new int[k];
        var updates = new List<(int Class, float Delta)>();
        WeightTable? best = null;
        var bestScore = -1.0;
        var stale = 0;
        var passes = epochs ?? _options.TaggerEpochs;
        for (var epoch = 1; epoch <= passes; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var gold = train[s];
                _tagger.Tag(gold.Words, table, (i, features, scores) =>
                {
                    var predicted = _tagger.Decide(scores, chosen);
                    updates.Clear();
                    Fix(updates, gold.Upos[i], predicted.Upos, 0);
                    Fix(updates, gold.Xpos[i], predicted.Xpos, _tags.Upos.Length);
                    for (var c = 0; c < k; c++)
                    {
                        Fix(updates, gold.Feats[(i * k) + c], chosen[c], _tags.Offsets[c]);
                    }

                    table.Update(features, updates);
                    table.Tick();
                    return new MorphoTagger.TagChoice(predicted.Upos, predicted.Xpos, [.. chosen]);
                });
            }

            if (heldOut.Count == 0)
            {
                if (epoch == passes)
                {
                    BestEpoch = epoch;
                    return table.Average(_options.Threshold);
                }

                continue;
            }

            var averaged = table.Average(_options.Threshold);
            var (upos, xpos, feats) = Accuracy(averaged, heldOut);
            log($"tagger pass {epoch}: held-out UPOS {upos:F4}, XPOS {xpos:F4}, UFeats {feats:F4}, {averaged.Keys.Length} rows");
            if (upos + xpos + feats > bestScore)
            {
                bestScore = upos + xpos + feats;
                best = averaged;
                BestEpoch = epoch;
                stale = 0;
            }
            else if (++stale >= 2)
            {
                break;
            }
        }

        return best!;
    }

    /// <summary>Tags sentences with trained weights.</summary>
    public MorphoTagger.TaggedWords Tag(WeightTable weights, string[] words) => _tagger.Tag(words, weights);

    private (double Upos, double Xpos, double Feats) Accuracy(WeightTable weights, IReadOnlyList<TaggedSentence> sentences)
    {
        var total = 0;
        var upos = 0;
        var xpos = 0;
        var feats = 0;
        foreach (var s in sentences)
        {
            var tagged = _tagger.Tag(s.Words, weights);
            for (var i = 0; i < s.Words.Length; i++)
            {
                total++;
                upos += tagged.Upos[i] == s.Upos[i] ? 1 : 0;
                xpos += s.Xpos[i] < 0 || tagged.Xpos[i] == s.Xpos[i] ? 1 : 0;
                var k = _tags.Categories.Length;
                feats += tagged.Feats.AsSpan(i * k, k).SequenceEqual(s.Feats.AsSpan(i * k, k)) ? 1 : 0;
            }
        }

        return ((double)upos / Math.Max(1, total), (double)xpos / Math.Max(1, total), (double)feats / Math.Max(1, total));
    }

    private static void Fix(List<(int Class, float Delta)> updates, int gold, int predicted, int offset)
    {
        // A word without a gold value (German PUD's XPOS) teaches nothing about that slice.
        if (gold >= 0 && gold != predicted)
        {
            updates.Add((offset + gold, 1));
            updates.Add((offset + predicted, -1));
        }
    }

    private static IEnumerable<(string Name, string Value)> Pairs(string feats)
    {
        if (feats is "_" or "")
        {
            yield break;
        }

        foreach (var pair in feats.Split('|'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                yield return (pair[..eq], pair[(eq + 1)..]);
            }
        }
    }
}
