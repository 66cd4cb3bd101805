using System.Runtime.InteropServices;

namespace SanctionWatch.Analysis.Ner;

/// <summary>
/// Feature weights for tagging: an open-addressing table from a feature's 32-bit key to its few non-zero
/// (label, weight) pairs. Averaged-perceptron rows are sparse, so this is several times smaller than a dense matrix,
/// and each lookup touches two cache lines at most (the slot, then the row's entries stored together).
/// </summary>
internal sealed class SparseWeights
{
    private const int CountBits = 5;
    private const int MaxCount = (1 << CountBits) - 1;

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <summary>Builds the table; <paramref name="rowStarts"/> has one more element than <paramref name="rowKeys"/>.</summary>
    public SparseWeights(uint[] rowKeys, int[] rowStarts, byte[] labels, float[] weights)
    {
        var capacity = 16;
        while (capacity < rowKeys.Length * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slots = new Slot[capacity];
        RowKeys = rowKeys;
        RowStarts = rowStarts;
        Labels = labels;
        Weights = weights;
        _entries = new Entry[labels.Length];
        for (var e = 0; e < labels.Length; e++)
        {
            _entries[e] = new Entry(weights[e], labels[e]);
        }

        for (var r = 0; r < rowKeys.Length; r++)
        {
            var count = rowStarts[r + 1] - rowStarts[r];
            if (count > MaxCount)
            {
                throw new InvalidDataException($"a feature has {count} weights; at most {MaxCount} labels are supported");
            }

            var slot = (int)(Scramble(rowKeys[r]) & (uint)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(rowKeys[r], ((uint)rowStarts[r] << CountBits) | (uint)count);
        }
    }

    /// <summary>The row keys in storage order.</summary>
    public uint[] RowKeys { get; }

    /// <summary>Where each row's entries start in <see cref="Labels"/>; one extra element at the end.</summary>
    public int[] RowStarts { get; }

    /// <summary>The label of each entry.</summary>
    public byte[] Labels { get; }

    /// <summary>The weight of each entry.</summary>
    public float[] Weights { get; }

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
        var slots = _slots;
        var slot = (int)(Scramble(key) & (uint)_mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Key == key)
            {
                var start = (int)(s.StartAndCount >> CountBits);
                var count = (int)(s.StartAndCount & MaxCount);
                foreach (ref readonly var entry in _entries.AsSpan(start, count))
                {
                    scores[entry.Label] += entry.Weight;
                }

                return;
            }

            if (s.Key == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static uint Scramble(uint key) => key * 0x9E3779B1u;

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(uint Key, uint StartAndCount);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(float Weight, int Label);
}
