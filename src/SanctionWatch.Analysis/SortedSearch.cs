namespace SanctionWatch.Analysis;

/// <summary>
/// Binary search in a list sorted by an integer key (an offset or a token index), so that a lookup per sentence
/// or per mention costs a logarithm and a long document's analysis stays linear in its length.
/// </summary>
internal static class SortedSearch
{
    /// <summary>The index of the first item whose key is at or after <paramref name="key"/>, or the count when none is.</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> sorted, int key, Func<T, int> keyOf)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keyOf(sorted[mid]) < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
