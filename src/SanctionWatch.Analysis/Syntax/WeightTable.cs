namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// Averaged-perceptron weights of one classifier: an open-addressing table from a feature's 32-bit key to the non-zero
/// (class, weight) pairs of its row, stored together. Tagger rows are wide (a few hundred classes) but mostly zero, so
/// keeping only the non-zero pairs makes the table small enough to stay in cache; rows are stored the same way on disk.
/// </summary>
internal sealed class WeightTable : IFeatureScorer
{
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <summary>Builds the table from dense rows: <paramref name="weights"/> holds one row of <paramref name="classes"/> per key.</summary>
    public WeightTable(int classes, uint[] keys, float[] weights)
        : this(classes, keys, Sparse(classes, keys.Length, weights))
    {
    }

    private WeightTable(int classes, uint[] keys, (int[] Starts, Entry[] Entries) rows)
    {
        Classes = classes;
        Keys = keys;
        var starts = rows.Starts;
        _entries = rows.Entries;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _slots = new Slot[capacity];
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = (int)(Scramble(keys[r]) & (uint)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(keys[r], starts[r], starts[r + 1] - starts[r]);
        }
    }

    /// <summary>The number of classes (the row width).</summary>
    public int Classes { get; }

    /// <summary>The row keys.</summary>
    public uint[] Keys { get; }

    /// <summary>The number of stored (class, weight) pairs.</summary>
    public int Entries => _entries.Length;

    /// <summary>The 32-bit key a 64-bit feature hash is stored under (never 0, which marks an empty slot).</summary>
    public static uint Key(ulong feature)
    {
        var key = (uint)(feature >> 32) ^ (uint)feature;
        return key == 0 ? 1u : key;
    }

    /// <summary>Scores of all classes for a set of features.</summary>
    /// <remarks>
    /// The lookups are independent, and each one is a likely cache miss in a table of several megabytes, so they run in
    /// phases (home slots, then probing, then the rows) that let the processor overlap the misses instead of waiting on
    /// each in turn: this more than halved the parser's time per word.
    /// </remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        var n = features.Length;
        Span<uint> keys = n <= 128 ? stackalloc uint[n] : new uint[n];
        Span<int> found = n <= 128 ? stackalloc int[n] : new int[n];
        var slots = _slots;
        uint touched = 0;
        for (var i = 0; i < n; i++)
        {
            keys[i] = Key(features[i]);
            found[i] = (int)(Scramble(keys[i]) & (uint)_mask);
            touched ^= slots[found[i]].Key;
        }

        var entries = _entries;
        for (var i = 0; i < n; i++)
        {
            var slot = found[i];
            while (true)
            {
                var k = slots[slot].Key;
                if (k == keys[i])
                {
                    found[i] = slot;
                    touched ^= (uint)entries[slots[slot].Start].Class;
                    break;
                }

                if (k == 0)
                {
                    found[i] = -1;
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (found[i] >= 0)
            {
                ref readonly var s = ref slots[found[i]];
                foreach (ref readonly var e in entries.AsSpan(s.Start, s.Count))
                {
                    scores[e.Class] += e.Weight;
                }
            }
        }

        // Keeps the touching loads from being optimised away; never true for a table with a class 0 ≠ key.
        if (touched == uint.MaxValue)
        {
            scores[0] += 0;
        }
    }

    /// <summary>A copy without the weights smaller than <paramref name="threshold"/> in magnitude (and without rows left empty).</summary>
    public WeightTable Pruned(float threshold)
    {
        var keys = new List<uint>();
        var starts = new List<int>();
        var entries = new List<Entry>();
        foreach (var key in Keys)
        {
            var slot = (int)(Scramble(key) & (uint)_mask);
            while (_slots[slot].Key != key)
            {
                slot = (slot + 1) & _mask;
            }

            var first = entries.Count;
            foreach (var e in _entries.AsSpan(_slots[slot].Start, _slots[slot].Count))
            {
                if (Math.Abs(e.Weight) >= threshold)
                {
                    entries.Add(e);
                }
            }

            if (entries.Count > first)
            {
                keys.Add(key);
                starts.Add(first);
            }
        }

        starts.Add(entries.Count);
        return new WeightTable(Classes, [.. keys], ([.. starts], [.. entries]));
    }

    /// <summary>Writes the rows sparsely: per row its key, its pair count and (class, half-precision weight) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Keys.Length);
        foreach (var key in Keys)
        {
            var slot = (int)(Scramble(key) & (uint)_mask);
            while (_slots[slot].Key != key)
            {
                slot = (slot + 1) & _mask;
            }

            var s = _slots[slot];
            writer.Write(key);
            writer.Write7BitEncodedInt(s.Count);
            foreach (var e in _entries.AsSpan(s.Start, s.Count))
            {
                writer.Write7BitEncodedInt(e.Class);
                writer.Write((Half)e.Weight);
            }
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WeightTable Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes <= 0 || count < 0)
        {
            throw new InvalidDataException("bad weight table header");
        }

        var keys = new uint[count];
        var starts = new int[count + 1];
        var entries = new List<Entry>();
        for (var r = 0; r < count; r++)
        {
            keys[r] = reader.ReadUInt32();
            starts[r] = entries.Count;
            var n = reader.Read7BitEncodedInt();
            for (var i = 0; i < n; i++)
            {
                var c = reader.Read7BitEncodedInt();
                if ((uint)c >= (uint)classes)
                {
                    throw new InvalidDataException("bad class index in weight table");
                }

                entries.Add(new Entry((float)reader.ReadHalf(), c));
            }
        }

        starts[count] = entries.Count;
        return new WeightTable(classes, keys, (starts, [.. entries]));
    }

    private static (int[] Starts, Entry[] Entries) Sparse(int classes, int rows, float[] weights)
    {
        var entries = new List<Entry>();
        var starts = new int[rows + 1];
        for (var r = 0; r < rows; r++)
        {
            starts[r] = entries.Count;
            for (var c = 0; c < classes; c++)
            {
                var w = weights[(r * classes) + c];
                if (w != 0)
                {
                    entries.Add(new Entry(w, c));
                }
            }
        }

        starts[rows] = entries.Count;
        return (starts, [.. entries]);
    }

    private static uint Scramble(uint key) => key * 0x9E3779B1u;

    private readonly record struct Slot(uint Key, int Start, int Count);

    private readonly record struct Entry(float Weight, int Class);
}
