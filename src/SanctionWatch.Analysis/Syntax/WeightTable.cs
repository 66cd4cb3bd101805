using System.Numerics;

namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// Averaged-perceptron weights of one classifier: an open-addressing table from a feature's 32-bit key to a dense row
/// of <see cref="Classes"/> floats. Syntax classifiers have few classes (3 transitions, a few dozen labels), so a
/// dense row is added with SIMD in a handful of instructions; rows are stored sparsely on disk.
/// </summary>
internal sealed class WeightTable : IFeatureScorer
{
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>Builds the table; <paramref name="weights"/> holds one row of <paramref name="classes"/> per key.</summary>
    public WeightTable(int classes, uint[] keys, float[] weights)
    {
        Classes = classes;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _mask = capacity - 1;
        _keys = new uint[capacity];
        _rows = new int[capacity];
        _weights = weights;
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = (int)(Scramble(keys[r]) & (uint)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[r];
            _rows[slot] = r * classes;
        }

        Keys = keys;
    }

    /// <summary>The number of classes (the row width).</summary>
    public int Classes { get; }

    /// <summary>The row keys in storage order.</summary>
    public uint[] Keys { get; }

    /// <summary>All rows, one after the other in the order of <see cref="Keys"/>.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The 32-bit key a 64-bit feature hash is stored under (never 0, which marks an empty slot).</summary>
    public static uint Key(ulong feature)
    {
        var key = (uint)(feature >> 32) ^ (uint)feature;
        return key == 0 ? 1u : key;
    }

    /// <summary>Adds the row of one feature to the class scores (nothing when the feature has no row).</summary>
    public void AddTo(ulong feature, Span<float> scores)
    {
        var key = Key(feature);
        var slot = (int)(Scramble(key) & (uint)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                Add(_weights.AsSpan(_rows[slot], Classes), scores);
                return;
            }

            if (k == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Scores of all classes for a set of features.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (var f in features)
        {
            AddTo(f, scores);
        }
    }

    /// <summary>Writes the rows sparsely: per row its key, its non-zero count and (class, half-precision weight) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Keys.Length);
        for (var r = 0; r < Keys.Length; r++)
        {
            writer.Write(Keys[r]);
            var row = _weights.AsSpan(r * Classes, Classes);
            var count = 0;
            foreach (var w in row)
            {
                count += w != 0 ? 1 : 0;
            }

            writer.Write7BitEncodedInt(count);
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] != 0)
                {
                    writer.Write7BitEncodedInt(c);
                    writer.Write((Half)row[c]);
                }
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
        var weights = new float[count * classes];
        for (var r = 0; r < count; r++)
        {
            keys[r] = reader.ReadUInt32();
            var n = reader.Read7BitEncodedInt();
            for (var i = 0; i < n; i++)
            {
                var c = reader.Read7BitEncodedInt();
                if ((uint)c >= (uint)classes)
                {
                    throw new InvalidDataException("bad class index in weight table");
                }

                weights[(r * classes) + c] = (float)reader.ReadHalf();
            }
        }

        return new WeightTable(classes, keys, weights);
    }

    private static void Add(ReadOnlySpan<float> row, Span<float> scores)
    {
        var i = 0;
        for (; i + Vector<float>.Count <= row.Length; i += Vector<float>.Count)
        {
            (new Vector<float>(scores[i..]) + new Vector<float>(row[i..])).CopyTo(scores[i..]);
        }

        for (; i < row.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    private static uint Scramble(uint key) => key * 0x9E3779B1u;
}
