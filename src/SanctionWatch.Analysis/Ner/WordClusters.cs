namespace SanctionWatch.Analysis.Ner;

/// <summary>Distributional word clusters at two granularities, computed from unlabelled text; a word maps to (fine, coarse).</summary>
internal sealed class WordClusters
{
    private readonly Dictionary<string, int> _clusters;

    /// <summary>Creates the map from word to packed cluster ids (fine * 65536 + coarse).</summary>
    public WordClusters(Dictionary<string, int> clusters) => _clusters = clusters;

    /// <summary>No clusters.</summary>
    public static WordClusters Empty { get; } = new([]);

    /// <summary>The stored map.</summary>
    public IReadOnlyDictionary<string, int> Entries => _clusters;

    /// <summary>Packs two cluster ids.</summary>
    public static int Pack(int fine, int coarse) => (fine << 16) | coarse;

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
            return packed | (1 << 15);
        }

        return -1;
    }
}
