using SanctionWatch.Model.Documents;

namespace SanctionWatch.Server.Pages;

/// <summary>Renders article text as escaped HTML paragraphs with nested, non-crossing highlights.</summary>
public static class TextRenderer
{
    /// <summary>The paragraphs of <paramref name="text"/> between <paramref name="from"/> and <paramref name="to"/>, with <paramref name="marks"/> applied.</summary>
    public static string Render(string text, IEnumerable<Highlight> marks, int from = 0, int? to = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        int end = Math.Min(to ?? text.Length, text.Length);
        var ordered = marks.Where(m => m.Start >= from && m.End <= end && m.End > m.Start)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        var sb = new StringBuilder(text.Length * 2);
        var open = new Stack<Highlight>();
        int at = from;
        sb.Append("<p>");
        void Emit(int until)
        {
            // Paragraph breaks close and reopen the marks that span them, so the HTML stays well formed.
            while (at < until)
            {
                int nl = text.IndexOf('\n', at, until - at);
                if (nl < 0)
                {
                    sb.Append(Html.E(text[at..until]));
                    at = until;
                    break;
                }

                sb.Append(Html.E(text[at..nl]));
                int next = nl;
                while (next < until && text[next] == '\n')
                {
                    next++;
                }

                var reopen = open.Reverse().ToList();
                foreach (var m in open)
                {
                    sb.Append(Close(m));
                }

                sb.Append("</p><p>");
                foreach (var m in reopen)
                {
                    Open(m);
                }

                at = next;
            }
        }

        void Open(Highlight m)
        {
            sb.Append("<mark class=\"").Append(Html.E(m.Css)).Append('"');
            if (m.Title is not null)
            {
                sb.Append(" title=\"").Append(Html.E(m.Title)).Append('"');
            }

            if (m.Href is not null)
            {
                sb.Append("><a href=\"").Append(Html.E(m.Href)).Append('"');
            }

            sb.Append('>');
        }

        foreach (var m in ordered)
        {
            while (open.Count > 0 && open.Peek().End <= m.Start)
            {
                Emit(open.Peek().End);
                sb.Append(Close(open.Pop()));
            }

            if (open.Count > 0 && m.End > open.Peek().End)
            {
                continue; // crosses an open mark: skip rather than produce broken nesting
            }

            Emit(m.Start);
            Open(m);
            open.Push(m);
        }

        while (open.Count > 0)
        {
            Emit(open.Peek().End);
            sb.Append(Close(open.Pop()));
        }

        Emit(end);
        sb.Append("</p>");
        return sb.ToString();
    }

    private static string Close(Highlight m) => m.Href is null ? "</mark>" : "</a></mark>";

    /// <summary>The paragraph (newline-delimited) that holds [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static (int Start, int End) Paragraph(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A page break (form feed) of a PDF report ends a paragraph too.
        int s = start <= 0 ? 0 : text.AsSpan(0, Math.Min(start, text.Length)).LastIndexOfAny('\n', DocumentPages.PageBreak) + 1;
        int e = end >= text.Length ? text.Length : text.AsSpan(end).IndexOfAny('\n', DocumentPages.PageBreak) is var i and >= 0 ? end + i : -1;
        return (s, e < 0 ? text.Length : e);
    }
}
