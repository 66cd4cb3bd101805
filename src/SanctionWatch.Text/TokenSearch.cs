namespace SanctionWatch.Text;

/// <summary>Finds tokens by offset in a token list ordered by position.</summary>
public static class TokenSearch
{
    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
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
