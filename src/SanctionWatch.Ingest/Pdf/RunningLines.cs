using System.Text.RegularExpressions;

namespace SanctionWatch.Ingest.Pdf;

/// <summary>
/// Finds the headers, footers and page numbers that repeat at the top or bottom of a document's pages, so that
/// they are left out of its text: a line is running when its digit-blind form stands at the edge of at least
/// half the pages (two at least); a lone page number at an edge is always left out.
/// </summary>
internal sealed partial class RunningLines
{
    private const int EdgeLines = 2;
    private readonly HashSet<string> _running;

    private RunningLines(HashSet<string> running) => _running = running;

    /// <summary>Learns the running lines of a document from every page's lines.</summary>
    public static RunningLines Learn(IReadOnlyList<List<PdfLine>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Edges(page).Select(i => Key(page[i].Text)).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        int needed = Math.Max(2, (pages.Count + 1) / 2);
        return new RunningLines(counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The page's lines without its running headers, footers and page numbers.</summary>
    public List<PdfLine> Strip(List<PdfLine> page)
    {
        var drop = Edges(page).Where(i => _running.Contains(Key(page[i].Text)) || PageNumber().IsMatch(page[i].Text)).ToHashSet();
        return drop.Count == 0 ? page : page.Where((_, i) => !drop.Contains(i)).ToList();
    }

    // The indexes of the topmost and bottommost lines by position (not reading order: a header sits above both columns).
    private static IEnumerable<int> Edges(List<PdfLine> page)
    {
        var byHeight = Enumerable.Range(0, page.Count).OrderByDescending(i => page[i].Baseline).ToList();
        return byHeight.Take(EdgeLines).Concat(byHeight.TakeLast(EdgeLines)).Distinct();
    }

    private static string Key(string line) => Digits().Replace(line.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // "12", "- 12 -", "Page 12", "Page 12 of 300", "Seite 12", "p. 12", "12/300".
    [GeneratedRegex(@"^\s*(?:(?:page|seite|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:of|von|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
