using System.Numerics;

namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>
/// Clusters words by the company they keep in unlabelled text: counts of the frequent words two to the left and right,
/// log-scaled, randomly projected to a few dimensions, then spherical k-means (fine) and k-means over the centroids (coarse).
/// </summary>
internal sealed class ClusterBuilder
{
    private const int ContextWords = 250;
    private const int Dimensions = 64;
    private readonly int _vocabulary;
    private readonly int _fine;
    private readonly int _coarse;
    private readonly int _seed;
    private readonly Action<string> _log;

    public ClusterBuilder(int vocabulary, int fine, int coarse, int seed, Action<string> log)
    {
        _vocabulary = vocabulary;
        _fine = fine;
        _coarse = coarse;
        _seed = seed;
        _log = log;
    }

    public WordClusters Build(IReadOnlyList<string[]> sentences)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                frequency[token] = frequency.GetValueOrDefault(token) + 1;
            }
        }

        var ranked = frequency.Where(p => p.Value >= 3).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var words = ranked.Take(_vocabulary).ToList();
        var wordIndex = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var context = ranked.Take(ContextWords).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        const int width = ContextWords + 1;
        const int columns = 4 * width;
        var V = words.Count;
        var counts = new float[V * columns];
        foreach (var sentence in sentences)
        {
            var ids = new int[sentence.Length];
            var ctx = new int[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                ids[i] = wordIndex.GetValueOrDefault(sentence[i], -1);
                ctx[i] = context.GetValueOrDefault(sentence[i], ContextWords);
            }

            for (var i = 0; i < sentence.Length; i++)
            {
                if (ids[i] < 0)
                {
                    continue;
                }

                var row = ids[i] * columns;
                for (var d = -2; d <= 2; d++)
                {
                    var j = i + d;
                    if (d == 0 || j < 0 || j >= sentence.Length)
                    {
                        continue;
                    }

                    var position = d < 0 ? d + 2 : d + 1;
                    counts[row + (position * width) + ctx[j]] += 1;
                }
            }
        }

        var random = new Random(_seed);
        var projection = new float[columns * Dimensions];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = random.NextSingle() < 0.5f ? -1f : 1f;
        }

        var vectors = new float[V * Dimensions];
        for (var v = 0; v < V; v++)
        {
            var source = counts.AsSpan(v * columns, columns);
            var target = vectors.AsSpan(v * Dimensions, Dimensions);
            for (var c = 0; c < columns; c++)
            {
                var x = source[c];
                if (x == 0)
                {
                    continue;
                }

                var weight = MathF.Log(1 + x);
                var p = projection.AsSpan(c * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    target[d] += weight * p[d];
                }
            }

            Normalise(target);
        }

        var fine = KMeans(vectors, V, _fine, 12, random, out var centroids);
        var coarse = KMeans(centroids, _fine, _coarse, 20, random, out _);
        var result = new Dictionary<string, int>(V, StringComparer.Ordinal);
        for (var v = 0; v < V; v++)
        {
            result[words[v]] = WordClusters.Pack(fine[v], coarse[fine[v]]);
        }

        _log($"clusters: {V} words from {sentences.Sum(s => s.Length)} tokens into {_fine} / {_coarse}");
        return new WordClusters(result);
    }

    private static void Normalise(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] /= norm;
            }
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>Spherical k-means (cosine similarity), seeded deterministically.</summary>
    private static int[] KMeans(float[] vectors, int count, int k, int iterations, Random random, out float[] centroids)
    {
        k = Math.Min(k, count);
        centroids = new float[k * Dimensions];
        var picks = Enumerable.Range(0, count).ToArray();
        random.Shuffle(picks);
        for (var c = 0; c < k; c++)
        {
            vectors.AsSpan(picks[c] * Dimensions, Dimensions).CopyTo(centroids.AsSpan(c * Dimensions));
        }

        var assignment = new int[count];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            for (var v = 0; v < count; v++)
            {
                var x = vectors.AsSpan(v * Dimensions, Dimensions);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var s = Dot(x, centroids.AsSpan(c * Dimensions, Dimensions));
                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = c;
                    }
                }

                assignment[v] = best;
            }

            Array.Clear(centroids);
            for (var v = 0; v < count; v++)
            {
                var target = centroids.AsSpan(assignment[v] * Dimensions, Dimensions);
                var x = vectors.AsSpan(v * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    target[d] += x[d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                Normalise(centroids.AsSpan(c * Dimensions, Dimensions));
            }
        }

        return assignment;
    }
}
