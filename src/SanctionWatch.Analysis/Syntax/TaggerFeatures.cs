using SanctionWatch.Analysis.Ner;

namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// The tagger's feature templates: the word and its neighbours, prefixes, suffixes, shape, word clusters and the two
/// tags already chosen to the left. Each template id below is part of the model format.
/// </summary>
internal sealed class TaggerFeatures
{
    /// <summary>The most features one word gets.</summary>
    public const int Max = 40;

    /// <summary>The template names in id order, for reports; a template's id is its index.</summary>
    public static readonly string[] Templates =
    [
        "bias", "w", "lower", "p1", "p2", "p3", "s1", "s2", "s3", "s4", "s5", "shape", "first+shape",
        "w-1", "w+1", "w-2", "w+2", "s3-1", "s3+1", "c", "cc", "c-1", "c+1", "cc-1", "cc+1",
        "t-1", "t-2+t-1", "t-1+w", "u-1", "u-1+s3", "w-1+w", "w+w+1", "hyphen-tail", "len",
    ];

    private readonly WordClusters _clusters;

    public TaggerFeatures(WordClusters clusters) => _clusters = clusters;

    /// <summary>The per-word values that do not depend on tags, computed once per sentence.</summary>
    public WordInfo[] Prepare(IReadOnlyList<string> words)
    {
        var info = new WordInfo[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var lower = w.ToLowerInvariant();
            var packed = _clusters.Lookup(w);
            info[i] = new WordInfo(FeatureHash.Of(w), FeatureHash.Of(lower), Suffix(lower, 3), packed < 0 ? 0 : WordClusters.Fine(packed) + 1, packed < 0 ? 0 : WordClusters.Coarse(packed) + 1, lower);
        }

        return info;
    }

    /// <summary>Writes the features of word <paramref name="i"/> and returns how many.</summary>
    public static int Extract(ReadOnlySpan<WordInfo> info, int i, string word, int prevTag, int prevTag2, int prevUpos, Span<ulong> f)
    {
        var n = 0;
        var me = info[i];
        var lower = me.Lower;
        f[n++] = FeatureHash.Feature(0, 1);
        f[n++] = FeatureHash.Feature(1, me.Form);
        f[n++] = FeatureHash.Feature(2, me.LowerHash);
        for (var k = 1; k <= 3; k++)
        {
            f[n++] = FeatureHash.Feature(2 + k, k <= lower.Length ? FeatureHash.Of(lower.AsSpan(0, k)) : 0);
        }

        for (var k = 1; k <= 5; k++)
        {
            f[n++] = FeatureHash.Feature(5 + k, Suffix(lower, k));
        }

        var shape = Shape(word);
        f[n++] = FeatureHash.Feature(11, shape);
        f[n++] = FeatureHash.Feature(12, shape, i == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Feature(13, Lower(info, i - 1));
        f[n++] = FeatureHash.Feature(14, Lower(info, i + 1));
        f[n++] = FeatureHash.Feature(15, Lower(info, i - 2));
        f[n++] = FeatureHash.Feature(16, Lower(info, i + 2));
        f[n++] = FeatureHash.Feature(17, i > 0 ? info[i - 1].Suffix3 : 1);
        f[n++] = FeatureHash.Feature(18, i + 1 < info.Length ? info[i + 1].Suffix3 : 1);
        f[n++] = FeatureHash.Feature(19, me.Fine);
        f[n++] = FeatureHash.Feature(20, me.Coarse);
        f[n++] = FeatureHash.Feature(21, i > 0 ? info[i - 1].Fine : 1);
        f[n++] = FeatureHash.Feature(22, i + 1 < info.Length ? info[i + 1].Fine : 1);
        f[n++] = FeatureHash.Feature(23, i > 0 ? info[i - 1].Coarse : 1);
        f[n++] = FeatureHash.Feature(24, i + 1 < info.Length ? info[i + 1].Coarse : 1);
        f[n++] = FeatureHash.Feature(25, (ulong)(prevTag + 2));
        f[n++] = FeatureHash.Feature(26, (ulong)(prevTag2 + 2), (ulong)(prevTag + 2));
        f[n++] = FeatureHash.Feature(27, (ulong)(prevTag + 2), me.LowerHash);
        f[n++] = FeatureHash.Feature(28, (ulong)(prevUpos + 2));
        f[n++] = FeatureHash.Feature(29, (ulong)(prevUpos + 2), me.Suffix3);
        f[n++] = FeatureHash.Feature(30, Lower(info, i - 1), me.LowerHash);
        f[n++] = FeatureHash.Feature(31, me.LowerHash, Lower(info, i + 1));
        var dash = lower.LastIndexOf('-');
        if (dash > 0 && dash < lower.Length - 1)
        {
            f[n++] = FeatureHash.Feature(32, FeatureHash.Of(lower.AsSpan(dash + 1)));
        }

        f[n++] = FeatureHash.Feature(33, (ulong)Math.Min(lower.Length, 12));
        return n;
    }

    private static ulong Lower(ReadOnlySpan<WordInfo> info, int i) => i < 0 ? 1 : i >= info.Length ? 2 : info[i].LowerHash;

    private static ulong Suffix(string lower, int k) => k <= lower.Length ? FeatureHash.Of(lower.AsSpan(lower.Length - k)) : 3;

    /// <summary>A short word shape: character classes with runs collapsed (e.g. <c>Xx</c>, <c>d.d</c>), at most 6 symbols.</summary>
    private static ulong Shape(string word)
    {
        ulong h = 17;
        var last = '\0';
        var count = 0;
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last && count < 6)
            {
                h = FeatureHash.Chain(h, k);
                last = k;
                count++;
            }
        }

        return h;
    }

    /// <summary>The tag-independent values of one word.</summary>
    internal readonly record struct WordInfo(ulong Form, ulong LowerHash, ulong Suffix3, ulong Fine, ulong Coarse, string Lower);
}
