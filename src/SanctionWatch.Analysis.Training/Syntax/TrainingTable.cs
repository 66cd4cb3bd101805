using System.Numerics;

namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>
/// The growing weights of one averaged perceptron during training: a row per feature key, created on its first update,
/// with the running sums for averaging (w − u / c, the trick of Daumé's thesis). Scores with the current weights.
/// </summary>
internal sealed class TrainingTable : IFeatureScorer
{
    private readonly Dictionary<uint, int> _rows = [];
    private float[] _w;
    private float[] _u;

    public TrainingTable(int classes)
    {
        Classes = classes;
        _w = new float[classes * 1024];
        _u = new float[classes * 1024];
    }

    public int Classes { get; }

    /// <summary>The update clock: advance once per decision.</summary>
    public float Clock { get; private set; } = 1;

    public void Tick() => Clock++;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (var f in features)
        {
            if (_rows.TryGetValue(WeightTable.Key(f), out var row))
            {
                var weights = _w.AsSpan(row, Classes);
                var c = 0;
                for (; c + Vector<float>.Count <= weights.Length; c += Vector<float>.Count)
                {
                    (new Vector<float>(scores[c..]) + new Vector<float>(weights[c..])).CopyTo(scores[c..]);
                }

                for (; c < weights.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    /// <summary>Applies several (class, delta) updates to every feature's row, looking each row up once.</summary>
    public void Update(ReadOnlySpan<ulong> features, List<(int Class, float Delta)> updates)
    {
        if (updates.Count == 0)
        {
            return;
        }

        foreach (var f in features)
        {
            var row = Row(f);
            foreach (var (cls, delta) in updates)
            {
                _w[row + cls] += delta;
                _u[row + cls] += delta * Clock;
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to class <paramref name="cls"/> of every feature's row.</summary>
    public void Update(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features)
        {
            var row = Row(f);
            _w[row + cls] += delta;
            _u[row + cls] += delta * Clock;
        }
    }

    private int Row(ulong feature)
    {
        var key = WeightTable.Key(feature);
        if (!_rows.TryGetValue(key, out var row))
        {
            row = _rows.Count * Classes;
            if (row + Classes > _w.Length)
            {
                Array.Resize(ref _w, _w.Length * 2);
                Array.Resize(ref _u, _u.Length * 2);
            }

            _rows[key] = row;
        }

        return row;
    }

    /// <summary>The averaged weights as a runtime table, dropping weights below <paramref name="threshold"/> in magnitude and empty rows.</summary>
    public WeightTable Average(float threshold)
    {
        var keys = new List<uint>(_rows.Count);
        var weights = new List<float>(_rows.Count * Classes);
        var row = new float[Classes];
        foreach (var (key, start) in _rows.OrderBy(p => p.Value))
        {
            var any = false;
            for (var c = 0; c < Classes; c++)
            {
                var value = _w[start + c] - (_u[start + c] / Clock);
                row[c] = Math.Abs(value) >= threshold ? value : 0;
                any |= row[c] != 0;
            }

            if (any)
            {
                keys.Add(key);
                weights.AddRange(row);
            }
        }

        return new WeightTable(Classes, [.. keys], [.. weights]);
    }
}
