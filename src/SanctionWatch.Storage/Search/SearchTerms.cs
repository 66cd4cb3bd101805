using System.Text;

namespace SanctionWatch.Storage.Search;

/// <summary>
/// The words of what a user typed into a search box, all required: only letters and digits survive, so that no
/// search syntax of either backend (FTS5 operators, tsquery operators) can leak from the input.
/// </summary>
public static class SearchTerms
{
    /// <summary>At most this many words of a query are used.</summary>
    public const int MaxTerms = 16;

    /// <summary>Marks where a search snippet's hit starts (a control character no article contains after normalisation).</summary>
    public const char MarkStart = '\u0002';

    /// <summary>Marks where a search snippet's hit ends.</summary>
    public const char MarkEnd = '\u0003';

    /// <summary>The words of <paramref name="input"/> (empty when it has none).</summary>
    public static IReadOnlyList<string> Split(string? input)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return terms;
        }

        var current = new StringBuilder();
        foreach (char c in input)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                terms.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            terms.Add(current.ToString());
        }

        return terms.Take(MaxTerms).ToList();
    }
}
