namespace SanctionWatch.Analysis;

/// <summary>
/// Ranges of a text (datelines, place names) that answer whether one of them covers a given range in logarithmic
/// time, where asking each range in turn would make a long document cost ranges × questions.
/// </summary>
internal sealed class CoveringSpans
{
    private readonly int[] _starts;

    // _reach[i]: the largest end among the ranges sorted up to i; a range covers [start, end) exactly when one that
    // starts at or before start reaches end.
    private readonly int[] _reach;

    /// <summary>Indexes <paramref name="spans"/>, in any order.</summary>
    public CoveringSpans(IEnumerable<(int Start, int End)> spans)
    {
        var sorted = spans.ToArray();
        Array.Sort(sorted, (a, b) => a.Start.CompareTo(b.Start));
        _starts = new int[sorted.Length];
        _reach = new int[sorted.Length];
        int reach = int.MinValue;
        for (int i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            reach = Math.Max(reach, sorted[i].End);
            _reach[i] = reach;
        }
    }

    /// <summary>True when a range starts at or before <paramref name="start"/> and ends at or after <paramref name="end"/>.</summary>
    public bool Covers(int start, int end)
    {
        int i = SortedSearch.FirstAtOrAfter(_starts, start + 1, static s => s) - 1;
        return i >= 0 && _reach[i] >= end;
    }
}
