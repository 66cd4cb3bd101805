using System.Diagnostics;

namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>
/// Trains the averaged structured perceptron: Viterbi decoding against the current weights, additive updates where the
/// best path differs from gold, weights averaged over all steps, and the pass with the best held-out F1 kept.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly NerTrainingOptions _options;
    private readonly Action<string> _log;

    public PerceptronTrainer(NerTrainingOptions options, Action<string> log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>The held-out evaluation of the kept model.</summary>
    public NerEvaluation? HeldOut { get; private set; }

    /// <summary>The pass whose weights were kept.</summary>
    public int BestEpoch { get; private set; }

    public NerModel Train(string language, IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence> heldOut, string targetCorpus, WordClusters clusters, NerGazetteer gazetteer)
    {
        var clock = Stopwatch.StartNew();
        var labels = new[] { BioLabels.Outside }
            .Concat(train.SelectMany(s => s.Labels).Where(l => l != BioLabels.Outside).Distinct().Order(StringComparer.Ordinal))
            .ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var L = labels.Length;
        var corpora = train.Select(s => s.Corpus).Append(targetCorpus).Distinct().Order(StringComparer.Ordinal).ToList();
        var target = corpora.IndexOf(targetCorpus);
        var extractor = new NerFeatureExtractor(clusters, gazetteer);

        // Pass 1: count base features so that one-off features (mostly noise) get no row.
        var trainFeatures = train.Select(s => ExtractBase(extractor, s.Tokens)).ToList();
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in trainFeatures)
        {
            foreach (var tokenFeatures in sentence)
            {
                foreach (var f in tokenFeatures)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }
            }
        }

        // Pass 2: assign rows to kept features and their corpus copies.
        var rows = new Dictionary<ulong, int>();
        var kept = new HashSet<ulong>();
        var encoded = new List<int[][]>(train.Count);
        for (var s = 0; s < train.Count; s++)
        {
            var corpus = corpora.IndexOf(train[s].Corpus);
            var sentence = trainFeatures[s];
            var tokens = new int[sentence.Length][];
            for (var t = 0; t < sentence.Length; t++)
            {
                var list = new List<int>(sentence[t].Length * 2);
                foreach (var f in sentence[t])
                {
                    if (counts[f] < _options.MinFeatureCount)
                    {
                        continue;
                    }

                    kept.Add(f);
                    list.Add(Row(rows, f));
                    if (_options.CorpusFeatures)
                    {
                        list.Add(Row(rows, FeatureHash.ForCorpus(f, corpus)));
                    }
                }

                tokens[t] = [.. list];
            }

            encoded.Add(tokens);
        }

        trainFeatures.Clear();
        var gold = train.Select(s => s.Labels.Select(l => labelIndex[l]).ToArray()).ToList();
        _log($"{train.Count} sentences, {train.Sum(s => s.Tokens.Length)} tokens, {L} labels, {counts.Count} features, {rows.Count} rows ({clock.Elapsed.TotalSeconds:F0} s)");
        counts.Clear();

        var w = new float[rows.Count * L];
        var u = new float[rows.Count * L];
        var trans = new float[L * L];
        var transU = new float[L * L];
        var start = new float[L];
        var startU = new float[L];
        var constraintTrans = new float[L * L];
        var constraintStart = new float[L];
        Viterbi.Constrain(labels, constraintTrans, constraintStart);

        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, train.Count)
            .SelectMany(i => Enumerable.Repeat(i, train[i].Corpus == targetCorpus ? Math.Max(1, _options.TargetRepeat) : 1))
            .ToArray();
        var c = 1f;
        var bestF1 = -1.0;
        NerModel? best = null;
        var stale = 0;
        var em = new float[256 * L];
        var tr = new float[L * L];
        var st = new float[L];
        var predicted = new int[256];
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var s in order)
            {
                var x = encoded[s];
                var y = gold[s];
                var n = x.Length;
                if (em.Length < n * L)
                {
                    em = new float[n * L * 2];
                    predicted = new int[n * 2];
                }

                Array.Clear(em, 0, n * L);
                for (var t = 0; t < n; t++)
                {
                    var scores = em.AsSpan(t * L, L);
                    foreach (var r in x[t])
                    {
                        var row = w.AsSpan(r * L, L);
                        for (var l = 0; l < L; l++)
                        {
                            scores[l] += row[l];
                        }
                    }
                }

                for (var i = 0; i < tr.Length; i++)
                {
                    tr[i] = trans[i] + constraintTrans[i];
                }

                for (var i = 0; i < L; i++)
                {
                    st[i] = start[i] + constraintStart[i];
                }

                Viterbi.Decode(em, n, L, tr, st, predicted);
                var wrong = false;
                for (var t = 0; t < n; t++)
                {
                    var g = y[t];
                    var p = predicted[t];
                    if (g != p)
                    {
                        wrong = true;
                        foreach (var r in x[t])
                        {
                            w[(r * L) + g] += 1;
                            u[(r * L) + g] += c;
                            w[(r * L) + p] -= 1;
                            u[(r * L) + p] -= c;
                        }
                    }

                    var gp = t == 0 ? -1 : y[t - 1];
                    var pp = t == 0 ? -1 : predicted[t - 1];
                    if (g != p || gp != pp)
                    {
                        Bump(trans, transU, start, startU, gp, g, L, 1, c);
                        Bump(trans, transU, start, startU, pp, p, L, -1, c);
                    }
                }

                if (wrong)
                {
                    errors++;
                }

                c++;
            }

            if (heldOut.Count == 0 && epoch < _options.Epochs)
            {
                _log($"epoch {epoch}: {errors} sentences wrong ({clock.Elapsed.TotalSeconds:F0} s)");
                continue;
            }

            var model = Average(language, labels, w, u, trans, transU, start, startU, c, rows, kept, target, clusters, gazetteer);
            var evaluation = Evaluate(model, heldOut);
            // Without held-out data (a refit), the last pass is kept.
            var f1 = heldOut.Count == 0 ? epoch : evaluation.Overall.F1;
            _log(heldOut.Count == 0
                ? $"epoch {epoch}: {errors} sentences wrong ({clock.Elapsed.TotalSeconds:F0} s)"
                : $"epoch {epoch}: {errors} sentences wrong; held-out F1 {evaluation.Overall.F1:F4} (4 types {evaluation.OverallBase.F1:F4}) ({clock.Elapsed.TotalSeconds:F0} s)");
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = model;
                HeldOut = evaluation;
                BestEpoch = epoch;
                stale = 0;
            }
            else if (++stale >= 3)
            {
                break;
            }
        }

        return best ?? throw new InvalidOperationException("no training data");
    }

    private static void Bump(float[] trans, float[] transU, float[] start, float[] startU, int from, int to, int L, float delta, float c)
    {
        if (from < 0)
        {
            start[to] += delta;
            startU[to] += delta * c;
        }
        else
        {
            trans[(from * L) + to] += delta;
            transU[(from * L) + to] += delta * c;
        }
    }

    private static int Row(Dictionary<ulong, int> rows, ulong feature)
    {
        if (!rows.TryGetValue(feature, out var row))
        {
            row = rows.Count;
            rows[feature] = row;
        }

        return row;
    }

    private static ulong[][] ExtractBase(NerFeatureExtractor extractor, string[] tokens)
    {
        var features = new ulong[tokens.Length * NerFeatureExtractor.Stride];
        var counts = new int[tokens.Length];
        extractor.Extract(tokens, features, counts);
        var result = new ulong[tokens.Length][];
        for (var t = 0; t < tokens.Length; t++)
        {
            result[t] = features.AsSpan(t * NerFeatureExtractor.Stride, counts[t]).ToArray();
        }

        return result;
    }

    /// <summary>Averages the weights and folds each feature's target-corpus copy into it, keeping non-negligible entries only.</summary>
    private static NerModel Average(string language, string[] labels, float[] w, float[] u, float[] trans, float[] transU, float[] start, float[] startU, float c, Dictionary<ulong, int> rows, HashSet<ulong> kept, int target, WordClusters clusters, NerGazetteer gazetteer)
    {
        var L = labels.Length;
        var merged = new Dictionary<uint, float[]>();
        foreach (var feature in kept)
        {
            // At tagging time a feature and its target-corpus copy always fire together: store their sum once.
            var key = SparseWeights.Key(feature);
            if (!merged.TryGetValue(key, out var values))
            {
                values = new float[L];
                merged[key] = values;
            }

            AddAverage(values, rows[feature], w, u, c, L);
            if (rows.TryGetValue(FeatureHash.ForCorpus(feature, target), out var copy))
            {
                AddAverage(values, copy, w, u, c, L);
            }
        }

        var keys = new List<uint>(merged.Count);
        var starts = new List<int>(merged.Count + 1);
        var entryLabels = new List<byte>();
        var weights = new List<float>();
        foreach (var (key, values) in merged)
        {
            var first = weights.Count;
            for (var l = 0; l < L; l++)
            {
                if (Math.Abs(values[l]) >= 1e-3f)
                {
                    entryLabels.Add((byte)l);
                    weights.Add(values[l]);
                }
            }

            if (weights.Count > first)
            {
                keys.Add(key);
                starts.Add(first);
            }
        }

        starts.Add(weights.Count);
        var avgTrans = new float[L * L];
        for (var i = 0; i < avgTrans.Length; i++)
        {
            avgTrans[i] = trans[i] - (transU[i] / c);
        }

        var avgStart = new float[L];
        for (var i = 0; i < L; i++)
        {
            avgStart[i] = start[i] - (startU[i] / c);
        }

        var sparse = new SparseWeights([.. keys], [.. starts], [.. entryLabels], [.. weights]);
        return new NerModel(language, labels, avgTrans, avgStart, sparse, clusters, gazetteer);
    }

    private static void AddAverage(float[] values, int row, float[] w, float[] u, float c, int L)
    {
        for (var l = 0; l < L; l++)
        {
            values[l] += w[(row * L) + l] - (u[(row * L) + l] / c);
        }
    }

    private static NerEvaluation Evaluate(NerModel model, IReadOnlyList<NerSentence> heldOut)
    {
        var evaluation = new NerEvaluation();
        foreach (var sentence in heldOut)
        {
            evaluation.Add(sentence.Labels, model.Tag(sentence.Tokens));
        }

        return evaluation;
    }
}
