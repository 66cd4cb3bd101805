using System.Text;

namespace SanctionWatch.Ingest.Pdf;

/// <summary>
/// Puts a page's words into lines in reading order: a page with two columns is read left column then right,
/// band by band between lines that run across the page (titles, headers).
/// </summary>
internal static class PdfPageLayout
{
    /// <summary>The page's lines in reading order.</summary>
    public static List<PdfLine> Lines(IReadOnlyList<PdfWord> words, double pageWidth)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var (from, to) = Gutter(words, pageWidth);
        if (from >= to)
        {
            return Group([.. words], 0);
        }

        var across = Group(words.Where(w => w.Left < to && w.Right > from).ToList(), 0);
        var left = Group(words.Where(w => w.Right <= from).ToList(), 1);
        var right = Group(words.Where(w => w.Left >= to).ToList(), 2);
        var ordered = new List<PdfLine>(across.Count + left.Count + right.Count);
        int l = 0, r = 0;
        foreach (var line in across)
        {
            while (l < left.Count && left[l].Baseline > line.Baseline)
            {
                ordered.Add(left[l++]);
            }

            while (r < right.Count && right[r].Baseline > line.Baseline)
            {
                ordered.Add(right[r++]);
            }

            ordered.Add(line);
        }

        ordered.AddRange(left.Skip(l));
        ordered.AddRange(right.Skip(r));
        return ordered;
    }

    // The widest vertical band in the middle of the page that (almost) no word crosses, when the text on both sides
    // fills its side like a column of prose does; a table's short cells do not make columns.
    private static (double From, double To) Gutter(IReadOnlyList<PdfWord> words, double pageWidth)
    {
        int bins = (int)Math.Ceiling(pageWidth);
        if (bins < 100 || words.Count < 20)
        {
            return (0, 0);
        }

        var cover = new int[bins + 1];
        foreach (var w in words)
        {
            for (int x = Math.Max(0, (int)w.Left); x <= Math.Min(bins, (int)Math.Ceiling(w.Right)); x++)
            {
                cover[x]++;
            }
        }

        int allowed = Math.Max(1, words.Count / 30);
        int bestFrom = 0, bestTo = 0;
        for (int x = (int)(pageWidth * 0.3); x < (int)(pageWidth * 0.7); x++)
        {
            if (cover[x] > allowed)
            {
                continue;
            }

            int end = x;
            while (end < bins && cover[end] <= allowed)
            {
                end++;
            }

            if (end - x > bestTo - bestFrom)
            {
                (bestFrom, bestTo) = (x, end);
            }

            x = end;
        }

        if (bestTo - bestFrom < 8)
        {
            return (0, 0);
        }

        var leftWords = words.Where(w => w.Right <= bestFrom).ToList();
        var rightWords = words.Where(w => w.Left >= bestTo).ToList();
        if (leftWords.Count < words.Count / 5 || rightWords.Count < words.Count / 5 || !Fills(leftWords) || !Fills(rightWords))
        {
            return (0, 0);
        }

        return (bestFrom, bestTo);
    }

    private static bool Fills(List<PdfWord> side)
    {
        var lines = Group(side, 1);
        if (lines.Count < 3)
        {
            return false;
        }

        double lo = lines.Min(l => l.Left), hi = lines.Max(l => l.Right);
        return lines.Average(l => l.Right - l.Left) >= 0.6 * (hi - lo);
    }

    // Words whose baselines lie within half a size of each other share a line; a smaller raised word is a marker.
    private static List<PdfLine> Group(List<PdfWord> words, int column)
    {
        var lines = new List<PdfLine>();
        var byHeight = words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left).ToList();
        var current = new List<PdfWord>();
        foreach (var w in byHeight)
        {
            if (current.Count > 0 && current[0].Baseline - w.Baseline > 0.5 * Math.Max(current.Max(c => c.Size), w.Size))
            {
                lines.Add(Line(current, column));
                current.Clear();
            }

            current.Add(w);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(current, column));
        }

        return lines;
    }

    private static PdfLine Line(List<PdfWord> words, int column)
    {
        words.Sort((a, b) => a.Left.CompareTo(b.Left));
        var main = words.MaxBy(w => w.Size);
        double size = main.Size;
        double baseline = words.Where(w => w.Size >= 0.85 * size).Min(w => w.Baseline);
        var text = new StringBuilder();
        bool table = false;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            bool marker = w.Size < 0.85 * size && w.Baseline > baseline + 0.15 * size && i > 0;
            if (marker)
            {
                text.Append('[').Append(w.Text).Append(']');
                continue;
            }

            if (i > 0)
            {
                bool cell = w.Left - words[i - 1].Right > 2 * size;
                table |= cell;
                text.Append(cell ? " | " : " ");
            }

            text.Append(w.Text);
        }

        return new PdfLine(text.ToString(), words[0].Left, words[^1].Right, baseline, size, column, table);
    }
}
