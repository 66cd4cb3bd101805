using System.Text;
using System.Text.RegularExpressions;

namespace SanctionWatch.Ingest.Pdf;

/// <summary>
/// Turns a page's lines (running lines already removed) into text: lines join into paragraphs, a word hyphenated
/// at a line end is joined, table rows stay one line each, and footnotes (the smaller lines at the foot of the
/// page) follow the body as paragraphs of their own.
/// </summary>
internal static partial class PdfPageText
{
    /// <summary>The page's text; <paramref name="bodySize"/> is the document's usual point size.</summary>
    public static string Of(List<PdfLine> lines, double bodySize)
    {
        var footnotes = Footnotes(lines, bodySize);
        var body = lines.Where(l => !footnotes.Contains(l)).ToList();
        var text = new StringBuilder();
        Paragraphs(body, text);
        var notes = lines.Where(footnotes.Contains).OrderByDescending(l => l.Baseline).ToList();
        if (notes.Count > 0)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            Paragraphs(notes, text);
        }

        return text.ToString();
    }

    // From the bottom of the page up: smaller lines below the last line of body size.
    private static HashSet<PdfLine> Footnotes(List<PdfLine> lines, double bodySize)
    {
        var notes = new HashSet<PdfLine>();
        foreach (var line in lines.OrderBy(l => l.Baseline))
        {
            if (line.Size >= 0.9 * bodySize)
            {
                break;
            }

            notes.Add(line);
        }

        // A page of small print only (a table, an annex) has no body for footnotes to stand apart from.
        return notes.Count == lines.Count ? [] : notes;
    }

    private static void Paragraphs(List<PdfLine> lines, StringBuilder text)
    {
        double leading = Leading(lines);
        int start = text.Length;
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not { } p)
            {
                text.Append(line.Text);
            }
            else if (line.IsTableRow || p.IsTableRow)
            {
                text.Append(line.IsTableRow && p.IsTableRow ? "\n" : "\n\n").Append(line.Text);
            }
            else if (Breaks(p, line, leading))
            {
                text.Append("\n\n").Append(line.Text);
            }
            else if (Hyphenated(text, line.Text))
            {
                text.Length--; // the hyphen: "Sank-" + "tionen" is "Sanktionen"
                text.Append(line.Text);
            }
            else if (text.Length > start && text[^1] == '-')
            {
                text.Append(line.Text); // "Russia-" + "Ukraine" keeps its hyphen
            }
            else
            {
                text.Append(' ').Append(line.Text);
            }

            previous = line;
        }
    }

    // A paragraph ends at extra space between lines, a numbered paragraph, an indented first line, or a short line
    // ending a sentence. Moving to the next column is no break: paragraphs run on from column to column.
    private static bool Breaks(PdfLine previous, PdfLine line, double leading)
    {
        if (line.Column != previous.Column)
        {
            return line.Column == 0 || previous.Column == 0;
        }

        double gap = previous.Baseline - line.Baseline;
        if (gap > 1.4 * leading || gap < 0 || NumberedParagraph().IsMatch(line.Text))
        {
            return true;
        }

        bool ended = previous.Text.Length > 0 && ".!?:”\"".Contains(previous.Text[^1], StringComparison.Ordinal);
        return ended && (line.Left > previous.Left + line.Size || previous.Right < line.Right - 4 * line.Size);
    }

    private static bool Hyphenated(StringBuilder text, string next) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next[0]);

    // The most common baseline distance between consecutive lines of one column.
    private static double Leading(List<PdfLine> lines)
    {
        var gaps = new List<double>();
        for (int i = 1; i < lines.Count; i++)
        {
            double gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (lines[i].Column == lines[i - 1].Column && gap > 0)
            {
                gaps.Add(Math.Round(gap, 1));
            }
        }

        return gaps.Count == 0 ? 1.2 * (lines.Count > 0 ? lines[0].Size : 12) : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    // "45. The Panel found …": UN reports number their paragraphs.
    [GeneratedRegex(@"^\d{1,4}\.\s")]
    private static partial Regex NumberedParagraph();
}
