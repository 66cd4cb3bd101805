namespace SanctionWatch.Ingest.Markup;

/// <summary>
/// Finds the next occurrence of a fixed string, remembering the last answer so that repeated searches from
/// increasing positions cost linear time in total (a long line full of unclosed openers stays linear).
/// </summary>
internal sealed class NextIndex(string needle, StringComparison comparison = StringComparison.Ordinal)
{
    private int _from = int.MaxValue;
    private int _result = -1;

    /// <summary>The index of the first occurrence at or after <paramref name="from"/>, or -1.</summary>
    public int Find(string text, int from)
    {
        if (_from <= from && (_result == -1 || _result >= from))
        {
            return _result;
        }

        _from = from;
        _result = from >= text.Length ? -1 : text.IndexOf(needle, from, comparison);
        return _result;
    }
}
