namespace SanctionWatch.Analysis.Ner;

/// <summary>Compact word lists (places, countries, given names, surnames, organisations) stored as hashes of token sequences.</summary>
internal sealed class NerGazetteer
{
    /// <summary>The number of categories; each is one bit of a mask.</summary>
    public const int Categories = 6;

    /// <summary>The longest entry, in tokens.</summary>
    public const int MaxTokens = 5;

    private readonly Dictionary<ulong, byte> _entries;

    public NerGazetteer(Dictionary<ulong, byte> entries) => _entries = entries;

    /// <summary>An empty gazetteer.</summary>
    public static NerGazetteer Empty { get; } = new([]);

    /// <summary>The stored entries: sequence hash → category mask.</summary>
    public IReadOnlyDictionary<ulong, byte> Entries => _entries;

    /// <summary>The hash of a token sequence as entries are keyed.</summary>
    public static ulong SequenceHash(ReadOnlySpan<ulong> tokenHashes)
    {
        ulong h = 0;
        foreach (var t in tokenHashes)
        {
            h = FeatureHash.Chain(h, t);
        }

        return h;
    }

    /// <summary>
    /// Marks, for each token, the categories of every entry that starts there (<paramref name="begin"/>)
    /// or continues through it (<paramref name="inside"/>).
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> tokenHashes, Span<byte> begin, Span<byte> inside)
    {
        begin.Clear();
        inside.Clear();
        if (_entries.Count == 0)
        {
            return;
        }

        for (var i = 0; i < tokenHashes.Length; i++)
        {
            ulong h = 0;
            var max = Math.Min(MaxTokens, tokenHashes.Length - i);
            for (var n = 1; n <= max; n++)
            {
                h = FeatureHash.Chain(h, tokenHashes[i + n - 1]);
                if (_entries.TryGetValue(h, out var mask))
                {
                    begin[i] |= mask;
                    for (var k = i + 1; k < i + n; k++)
                    {
                        inside[k] |= mask;
                    }
                }
            }
        }
    }
}
