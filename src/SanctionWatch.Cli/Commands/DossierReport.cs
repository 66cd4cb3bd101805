using System.Net;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Cli.Commands;

/// <summary>Writes the dossier's findings (and listed entities) as a report whose every statement is footnoted to its sentence and article.</summary>
public sealed class DossierReport
{
    private readonly Dossier _dossier;
    private readonly Dictionary<string, AnalyzedDocument> _documents;
    private readonly List<(string Sentence, string Document, string? Where)> _notes = [];
    private readonly Dictionary<string, DocumentPages> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int, int), int> _noteIndex = [];

    /// <summary>Creates the report of <paramref name="dossier"/> over the stored <paramref name="documents"/>.</summary>
    public DossierReport(Dossier dossier, IEnumerable<AnalyzedDocument> documents)
    {
        _dossier = dossier;
        _documents = documents.ToDictionary(d => d.Document.Id, StringComparer.Ordinal);
    }

    /// <summary>The report as Markdown.</summary>
    public string Markdown()
    {
        _notes.Clear();
        _noteIndex.Clear();
        var sb = new StringBuilder();
        sb.Append("# SanctionWatch report\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Generated {_dossier.GeneratedAt:yyyy-MM-dd HH:mm} UTC from {_dossier.Documents.Count} article(s): {_dossier.Findings.Count} finding(s), {_dossier.Events.Count} event(s).\n\n");
        sb.Append("## Findings\n\n");
        if (_dossier.Findings.Count == 0)
        {
            sb.Append("No findings.\n\n");
        }

        foreach (var f in _dossier.Findings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"### {Md(f.Summary)}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"- Regime: {Md(f.Regime)}; measure: {Md(f.Measure)}\n- Provisions: {Md(string.Join("; ", f.Provisions))}\n- Status: **{Md(f.Status)}**\n- Independent sources: {f.Sources}\n\n");
            foreach (var eventId in f.Events)
            {
                if (_dossier.Events.FirstOrDefault(e => e.Id == eventId) is not { } ev)
                {
                    continue;
                }

                string notes = string.Concat(ev.Evidence.Select(s => $"[^{Note(s.Document, s.Start, s.End)}]"));
                sb.Append(CultureInfo.InvariantCulture, $"- {Md(Describe(ev))} ({Md(ev.Modality)}){notes}\n");
                foreach (var denial in _dossier.Events.Where(x => x.Denies == ev.Id))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"  - Denied{(denial.Claimant is null ? "" : " by " + Md(Name(denial.Claimant)))}{string.Concat(denial.Evidence.Select(s => $"[^{Note(s.Document, s.Start, s.End)}]"))}\n");
                }
            }

            sb.Append('\n');
        }

        var listed = _dossier.Entities.Where(e => e.Listings.Count > 0).ToList();
        sb.Append("## Entities on sanctions lists\n\n");
        if (listed.Count == 0)
        {
            sb.Append("None.\n\n");
        }

        foreach (var e in listed)
        {
            var l = e.Listings[0];
            string note = e.Mentions.Count > 0 ? $"[^{Note(e.Mentions[0].Document, e.Mentions[0].Start, e.Mentions[0].End)}]" : "";
            sb.Append(CultureInfo.InvariantCulture, $"- {Md(e.Name)} is named in the articles{note} and matches {Md(l.Name)} ({Md(l.List)} {Md(l.Reference)}, {Md(l.Program)}; score {l.Score:0.00}, {Md(l.Algorithm)}).\n");
        }

        sb.Append("\n## Sources\n\n");
        for (int i = 0; i < _notes.Count; i++)
        {
            var (sentence, document, where) = _notes[i];
            sb.Append(CultureInfo.InvariantCulture, $"[^{i + 1}]: “{Md(sentence)}” — {Md(Cite(document))}{(where is null ? "" : ", " + Md(where))}\n");
        }

        return sb.ToString();
    }

    /// <summary>The report as a standalone HTML page (all text escaped, no script).</summary>
    public string Html()
    {
        string md = Markdown();
        var sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SanctionWatch report</title></head><body>\n");
        bool inList = false;
        foreach (string line in md.Split('\n'))
        {
            string text = WebUtility.HtmlEncode(line.TrimStart('#', ' ', '-'));
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(?<!\\)\[\^(\d+)\]:", "<span id=\"fn$1\">[$1]</span>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(?<!\\)\[\^(\d+)\]", "<sup><a href=\"#fn$1\">$1</a></sup>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            // Undo the Markdown escapes: in HTML the encoder already keeps article text inert.
            text = text.Replace("\\[", "[", StringComparison.Ordinal).Replace("\\*", "*", StringComparison.Ordinal)
                .Replace("\\_", "_", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal).Replace("&amp;lt;", "&lt;", StringComparison.Ordinal);
            bool item = line.TrimStart().StartsWith("- ", StringComparison.Ordinal);
            if (inList && !item)
            {
                sb.Append("</ul>\n");
                inList = false;
            }

            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                sb.Append("<h3>").Append(text).Append("</h3>\n");
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                sb.Append("<h2>").Append(text).Append("</h2>\n");
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                sb.Append("<h1>").Append(text).Append("</h1>\n");
            }
            else if (item)
            {
                if (!inList)
                {
                    sb.Append("<ul>\n");
                    inList = true;
                }

                sb.Append("<li>").Append(text).Append("</li>\n");
            }
            else if (line.Length > 0)
            {
                sb.Append("<p>").Append(text).Append("</p>\n");
            }
        }

        sb.Append(inList ? "</ul>\n" : "").Append("</body></html>\n");
        return sb.ToString();
    }

    private int Note(string document, int start, int end)
    {
        var key = (document, start, end);
        if (_noteIndex.TryGetValue(key, out int n))
        {
            return n;
        }

        _notes.Add((Sentence(document, start, end), document, Where(document, start)));
        n = _notes.Count;
        _noteIndex[key] = n;
        return n;
    }

    // The whole sentence around a span, so the reader sees the claim in its own words.
    private string Sentence(string document, int start, int end)
    {
        if (!_documents.TryGetValue(document, out var d))
        {
            return "";
        }

        string text = d.Document.Text;
        var sentences = d.Analysis?.Sentences ?? [];
        int s = start, e = end;
        foreach (var span in sentences)
        {
            if (span.Start <= start && span.End > start)
            {
                s = span.Start;
            }

            if (span.Start < end && span.End >= end)
            {
                e = span.End;
            }
        }

        s = Math.Clamp(s, 0, text.Length);
        e = Math.Clamp(e, s, text.Length);
        return text[s..e].Replace('\n', ' ').Replace(DocumentPages.PageBreak, ' ').Trim();
    }

    // "S/2024/215, para. 45, p. 23" for a span of a paged report; null for an article without pages.
    private string? Where(string document, int start)
    {
        if (!_documents.TryGetValue(document, out var d))
        {
            return null;
        }

        if (!_pages.TryGetValue(document, out var pages))
        {
            pages = DocumentPages.Of(d.Document.Text);
            _pages[document] = pages;
        }

        return Citation.Of(d.Document.Title, pages.ParagraphOf(start), pages.PageOf(start));
    }

    private string Cite(string document)
    {
        var d = _dossier.Documents.FirstOrDefault(x => x.Id == document);
        string? url = _documents.TryGetValue(document, out var a) ? a.Document.Url : null;
        return $"{d?.Title ?? d?.Source ?? document} ({document}{(d?.Published is null ? "" : ", " + d.Published)}{(url is null ? "" : ", " + url)})";
    }

    private string Name(string? id) => id is null ? "unknown" : _dossier.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    private string Describe(DossierEvent ev)
    {
        string items = string.Join(", ", ev.Items.Select(i => i.Text));
        return $"{ev.Type}: {Name(ev.Actor)} → {Name(ev.Target)}{(items.Length > 0 ? ": " + items : "")}{(ev.Date is null ? "" : ", " + (ev.Date.Value ?? ev.Date.Text))}";
    }

    // Footnote and emphasis markers in article text must not become Markdown syntax.
    private static string Md(string? text) =>
        (text ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace('\n', ' ');
}
