namespace SanctionWatch.Analysis.Ner;

/// <summary>64-bit hashing of strings and feature templates; stable across runs and platforms because models store the hashes.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the characters, exactly as written.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>FNV-1a over the characters folded to lower case (invariant).</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return h;
    }

    /// <summary>Combines a template id with one value.</summary>
    public static ulong Feature(int template, ulong value) => Mix(value ^ ((ulong)template * 0x9E3779B97F4A7C15UL));

    /// <summary>Combines a template id with two values (order matters).</summary>
    public static ulong Feature(int template, ulong a, ulong b) => Mix(Mix(a ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + b);

    /// <summary>Combines a running sequence hash with the next element.</summary>
    public static ulong Chain(ulong sequence, ulong next) => Mix((sequence * 31) + next);

    /// <summary>The same feature, marked as coming from one training corpus (domain adaptation by feature copies).</summary>
    public static ulong ForCorpus(ulong feature, int corpus) => Mix(feature + ((ulong)(corpus + 1) * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>MurmurHash3's 64-bit finaliser: spreads bits so that table slots are uniform.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB93FE53AB3EDUL;
        h ^= h >> 33;
        return h;
    }
}
