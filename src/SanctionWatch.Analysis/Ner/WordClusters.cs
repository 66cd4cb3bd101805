namespace SanctionWatch.Analysis.Ner;

/// <summary>Distributional word clusters at two granularities, computed from unlabelled text; a word maps to (fine, coarse).</summary>
internal sealed class WordClusters
{
    private readonly Dictionary<string, int> _clusters;

    /// <summary>Creates the map from word to packed cluster ids (see <see cref="Pack"/>).</summary>
    public WordClusters(Dictionary<string, int> clusters) => _clusters = clusters;

    /// <summary>No clusters.</summary>
    public static WordClusters Empty { get; } = new([]);

    /// <summary>The stored map.</summary>
    public IReadOnlyDictionary<string, int> Entries => _clusters;

    /// <summary>Reads the map as <see cref="Write"/> wrote it inside a model file.</summary>
    public static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var clusters = new Dictionary<string, int>(Math.Max(0, count), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            clusters[reader.ReadString()] = reader.ReadInt32();
        }

        return new WordClusters(clusters);
    }

    /// <summary>Writes the map into a model file: a count, then each word and its packed value in ordinal word order.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_clusters.Count);
        foreach (var (word, packed) in _clusters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(packed);
        }
    }

    /// <summary>Packs two cluster ids: fine (up to 15 bits, from bit 5) and coarse (5 bits); bit 23 is left for a flag.</summary>
    public static int Pack(int fine, int coarse) => (fine << 5) | coarse;

    /// <summary>The fine cluster of a packed value, with the flag.</summary>
    public static ulong Fine(int packed) => packed < 0 ? 1000000UL + (ulong)(-packed) : (ulong)(uint)(((packed >> 5) & 0x3FFFF) | (packed & Flag));

    /// <summary>The coarse cluster of a packed value, with the flag.</summary>
    public static ulong Coarse(int packed) => packed < 0 ? 1000000UL + (ulong)(-packed) : (ulong)(uint)((packed & 0x1F) | (packed & Flag));

    /// <summary>Marks a capitalised form found only through its lower-case form.</summary>
    private const int Flag = 1 << 23;

    /// <summary>The packed clusters of a word (trying its lower-case form too), or -1 when it has none.</summary>
    public int Lookup(string word)
    {
        if (_clusters.TryGetValue(word, out var packed))
        {
            return packed;
        }

        if (word.Length > 0 && char.IsUpper(word[0]) && _clusters.TryGetValue(word.ToLowerInvariant(), out packed))
        {
            // A capitalised form of a known lower-case word: mark it so that German nouns and sentence starts stay apart.
            return packed | Flag;
        }

        return -1;
    }
}
