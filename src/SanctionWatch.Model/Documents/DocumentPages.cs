using System.Text.RegularExpressions;

namespace SanctionWatch.Model.Documents;

/// <summary>
/// Where the pages and numbered paragraphs of a paged document (pages separated by form feeds, as the PDF reader
/// writes them) begin, so that an offset can be cited as "para. 45, p. 23"; a text without form feeds has no pages.
/// </summary>
public sealed partial class DocumentPages
{
    /// <summary>The character between two pages of a paged document's text.</summary>
    public const char PageBreak = '\f';

    private readonly int[] _pageStarts;
    private readonly int[] _paragraphStarts;
    private readonly string[] _paragraphNumbers;

    private DocumentPages(int[] pageStarts, int[] paragraphStarts, string[] paragraphNumbers)
    {
        _pageStarts = pageStarts;
        _paragraphStarts = paragraphStarts;
        _paragraphNumbers = paragraphNumbers;
    }

    /// <summary>True when the text has page breaks.</summary>
    public bool IsPaged => _pageStarts.Length > 0;

    /// <summary>The number of pages (1 for a text without page breaks).</summary>
    public int Count => _pageStarts.Length + 1;

    /// <summary>Finds the pages and numbered paragraphs of <paramref name="text"/> in one pass.</summary>
    public static DocumentPages Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pages = new List<int>();
        for (int i = text.IndexOf(PageBreak, StringComparison.Ordinal); i >= 0; i = text.IndexOf(PageBreak, i + 1))
        {
            pages.Add(i + 1);
        }

        var starts = new List<int>();
        var numbers = new List<string>();
        if (pages.Count > 0)
        {
            foreach (Match m in NumberedParagraph().Matches(text))
            {
                var number = m.Groups["n"];
                starts.Add(number.Index);
                numbers.Add(number.Value);
            }
        }

        return new DocumentPages([.. pages], [.. starts], [.. numbers]);
    }

    /// <summary>The 1-based page <paramref name="offset"/> is on, or null for a text without pages.</summary>
    public int? PageOf(int offset) => IsPaged ? 1 + CountAtOrBefore(_pageStarts, offset) : null;

    /// <summary>The number of the numbered paragraph <paramref name="offset"/> is in ("45"), or null.</summary>
    public string? ParagraphOf(int offset)
    {
        int i = CountAtOrBefore(_paragraphStarts, offset) - 1;
        return i >= 0 ? _paragraphNumbers[i] : null;
    }

    // How many of the sorted values are at or before the offset.
    private static int CountAtOrBefore(int[] sorted, int offset)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= offset)
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

    // "45. The Panel found …" at the start of the text, a paragraph or a page: UN reports number their paragraphs.
    [GeneratedRegex(@"(?:\A|\n\n|\f)(?<n>\d{1,4})\.[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedParagraph();
}
