using System.Buffers;
using static SanctionWatch.Analysis.Ner.WordClusters;

namespace SanctionWatch.Analysis.Ner;

/// <summary>Turns a token sequence into hashed features per token (word, affixes, shape, context, clusters, gazetteer).</summary>
internal sealed class NerFeatureExtractor
{
    /// <summary>The most features one token can have.</summary>
    public const int Stride = 64;

    private static readonly ulong Bos = FeatureHash.Of("<s>");
    private static readonly ulong Eos = FeatureHash.Of("</s>");

    private readonly WordClusters _clusters;
    private readonly NerGazetteer _gazetteer;

    public NerFeatureExtractor(WordClusters clusters, NerGazetteer gazetteer)
    {
        _clusters = clusters;
        _gazetteer = gazetteer;
    }

    /// <summary>
    /// Writes the features of every token into <paramref name="features"/> (token i at i * <see cref="Stride"/>)
    /// and their number into <paramref name="counts"/>.
    /// </summary>
    public void Extract(IReadOnlyList<string> tokens, ulong[] features, int[] counts)
    {
        var n = tokens.Count;
        var hashes = ArrayPool<ulong>.Shared.Rent(3 * n);
        var clusters = ArrayPool<int>.Shared.Rent(n);
        var masks = ArrayPool<byte>.Shared.Rent(2 * n);
        try
        {
            Extract(tokens, features, counts, hashes.AsSpan(0, n), hashes.AsSpan(n, n), hashes.AsSpan(2 * n, n), clusters.AsSpan(0, n), masks.AsSpan(0, n), masks.AsSpan(n, n));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(clusters);
            ArrayPool<byte>.Shared.Return(masks);
        }
    }

    private void Extract(IReadOnlyList<string> tokens, ulong[] features, int[] counts, Span<ulong> exact, Span<ulong> lower, Span<ulong> shape, Span<int> cluster, Span<byte> gazBegin, Span<byte> gazInside)
    {
        var n = tokens.Count;
        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            exact[i] = FeatureHash.Of(token);
            lower[i] = FeatureHash.OfLower(token);
            shape[i] = ShapeHash(token);
            cluster[i] = _clusters.Lookup(token);
        }

        _gazetteer.Mark(exact, gazBegin, gazInside);

        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            var f = features.AsSpan(i * Stride, Stride);
            var k = 0;
            var lm1 = i > 0 ? lower[i - 1] : Bos;
            var lm2 = i > 1 ? lower[i - 2] : Bos;
            var lp1 = i + 1 < n ? lower[i + 1] : Eos;
            var lp2 = i + 2 < n ? lower[i + 2] : Eos;
            var sm1 = i > 0 ? shape[i - 1] : Bos;
            var sp1 = i + 1 < n ? shape[i + 1] : Eos;
            var initial = i == 0 || IsOpening(tokens[i - 1]);
            var cap = token.Length > 0 && char.IsUpper(token[0]);
            var capContext = (ulong)((cap ? 2 : 0) + (initial ? 1 : 0));

            f[k++] = FeatureHash.Feature(1, 0);
            f[k++] = FeatureHash.Feature(2, exact[i]);
            f[k++] = FeatureHash.Feature(3, lower[i]);
            f[k++] = FeatureHash.Feature(4, lm1);
            f[k++] = FeatureHash.Feature(5, lp1);
            f[k++] = FeatureHash.Feature(6, lm2);
            f[k++] = FeatureHash.Feature(7, lp2);

            // Suffixes carry German inflection and derivation (-isch, -er, -s); prefixes carry name stems.
            var lowerSuffix = 14695981039346656037UL;
            for (var len = 1; len <= 5 && len <= token.Length; len++)
            {
                lowerSuffix = (lowerSuffix ^ char.ToLowerInvariant(token[^len])) * 1099511628211UL;
                f[k++] = FeatureHash.Feature(7 + len, lowerSuffix);
            }

            var prefix = 14695981039346656037UL;
            for (var len = 1; len <= 4 && len <= token.Length; len++)
            {
                prefix = (prefix ^ token[len - 1]) * 1099511628211UL;
                f[k++] = FeatureHash.Feature(12 + len, prefix);
            }

            f[k++] = FeatureHash.Feature(17, shape[i]);
            f[k++] = FeatureHash.Feature(18, FeatureHash.Chain(FeatureHash.Chain(sm1, shape[i]), sp1));
            f[k++] = FeatureHash.Feature(19, capContext);
            f[k++] = FeatureHash.Feature(20, lm1, lower[i]);
            f[k++] = FeatureHash.Feature(21, lower[i], lp1);
            f[k++] = FeatureHash.Feature(35, lm1, lp1);
            f[k++] = FeatureHash.Feature(36, lower[i], capContext);
            f[k++] = FeatureHash.Feature(39, shape[i], lm1);
            f[k++] = FeatureHash.Feature(40, shape[i], lp1);
            f[k++] = FeatureHash.Feature(34, (ulong)Math.Min(token.Length, 12));

            var c0 = cluster[i];
            var cm1 = i > 0 ? cluster[i - 1] : -2;
            var cp1 = i + 1 < n ? cluster[i + 1] : -2;
            f[k++] = FeatureHash.Feature(22, Fine(c0));
            f[k++] = FeatureHash.Feature(23, Coarse(c0));
            f[k++] = FeatureHash.Feature(24, Fine(cm1));
            f[k++] = FeatureHash.Feature(25, Fine(cp1));
            f[k++] = FeatureHash.Feature(26, Coarse(cm1));
            f[k++] = FeatureHash.Feature(27, Coarse(cp1));
            f[k++] = FeatureHash.Feature(37, Coarse(c0), capContext);

            k = AddMaskBits(f, k, 28, gazBegin[i]);
            k = AddMaskBits(f, k, 29, gazInside[i]);
            k = AddMaskBits(f, k, 30, i > 0 ? (byte)(gazBegin[i - 1] | gazInside[i - 1]) : (byte)0);
            k = AddMaskBits(f, k, 31, i + 1 < n ? (byte)(gazBegin[i + 1] | gazInside[i + 1]) : (byte)0);

            // Hyphenated compounds ("Putin-Regierung", "EU-Kommission") are GermEval's -part class: look at the parts.
            var hyphen = token.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen < token.Length - 1)
            {
                var last = token.LastIndexOf('-');
                f[k++] = FeatureHash.Feature(32, FeatureHash.Of(token.AsSpan(0, hyphen)));
                f[k++] = FeatureHash.Feature(33, FeatureHash.OfLower(token.AsSpan(last + 1)));
            }

            counts[i] = k;
        }
    }

    private static int AddMaskBits(Span<ulong> f, int k, int template, byte mask)
    {
        for (var bit = 0; bit < NerGazetteer.Categories; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                f[k++] = FeatureHash.Feature(template, (ulong)bit);
            }
        }

        return k;
    }

    /// <summary>True after a token that opens a sentence-like unit, where German and English capitalise any word.</summary>
    private static bool IsOpening(string previous) =>
        previous is "." or "!" or "?" or ":" or "\"" or "„" or "“" or "”" or "'" or "‚" or "‘" or "«" or "»" or "(" or "[" or "-" or "–" or "—" or ";" or "*" or "•";

    /// <summary>The word's shape with runs collapsed: "Putin" → "Xx", "G7" → "Xd", "EU-Kommission" → "X-Xx".</summary>
    private static ulong ShapeHash(string token)
    {
        var h = 14695981039346656037UL;
        var previous = '\0';
        foreach (var c in token)
        {
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (cls != previous)
            {
                h = (h ^ cls) * 1099511628211UL;
                previous = cls;
            }
        }

        return h;
    }
}
