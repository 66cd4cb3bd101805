namespace SanctionWatch.Analysis.Ner;

/// <summary>
/// Feature weights for tagging: an open-addressing table from a feature's 32-bit key to its few non-zero
/// (label, weight) pairs. Averaged-perceptron rows are sparse, so this is several times smaller than a dense matrix.
/// </summary>
internal sealed class SparseWeights
{
    private readonly uint[] _keys;
    private readonly int[] _starts;
    private readonly byte[] _labels;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>Builds the table from rows sorted or not; <paramref name="rowStarts"/> has one more element than <paramref name="rowKeys"/>.</summary>
    public SparseWeights(uint[] rowKeys, int[] rowStarts, byte[] labels, float[] weights)
    {
        var capacity = 16;
        while (capacity < rowKeys.Length * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _keys = new uint[capacity];
        _starts = new int[capacity + 1];
        _labels = labels;
        _weights = weights;
        RowKeys = rowKeys;
        RowStarts = rowStarts;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            var slot = (int)(Scramble(rowKeys[r]) & (uint)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = rowKeys[r];
            _starts[slot] = r;
        }
    }

    /// <summary>The row keys in storage order.</summary>
    public uint[] RowKeys { get; }

    /// <summary>Where each row's entries start in <see cref="Labels"/>; one extra element at the end.</summary>
    public int[] RowStarts { get; }

    /// <summary>The label of each entry.</summary>
    public byte[] Labels => _labels;

    /// <summary>The weight of each entry.</summary>
    public float[] Weights => _weights;

    /// <summary>The 32-bit key a 64-bit feature hash is stored under (never 0, which marks an empty slot).</summary>
    public static uint Key(ulong feature)
    {
        var key = (uint)(feature >> 32);
        return key == 0 ? 1u : key;
    }

    /// <summary>Adds the weights of one feature to the label scores.</summary>
    public void AddTo(ulong feature, Span<float> scores)
    {
        var key = Key(feature);
        var slot = (int)(Scramble(key) & (uint)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                var row = _starts[slot];
                var end = RowStarts[row + 1];
                for (var e = RowStarts[row]; e < end; e++)
                {
                    scores[_labels[e]] += _weights[e];
                }

                return;
            }

            if (k == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static uint Scramble(uint key) => key * 0x9E3779B1u;
}
