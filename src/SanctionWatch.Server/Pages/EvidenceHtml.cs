using SanctionWatch.Model.Documents;

namespace SanctionWatch.Server.Pages;

/// <summary>An event's evidence as the finding page shows it: who claims it, how firmly, where and when, then the sentence marked in its paragraph.</summary>
public static class EvidenceHtml
{
    /// <summary>Each evidence span of <paramref name="ev"/>, its paragraph quoted with the span marked.</summary>
    public static void Append(StringBuilder sb, DossierEvent ev, DossierIndex index, DocumentTexts texts)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var span in ev.Evidence)
        {
            if (texts.Text(span.Document) is not { } t || span.End > t.Length)
            {
                continue;
            }

            var (ps, pe) = TextRenderer.Paragraph(t, span.Start, span.End);
            var document = index.Document(span.Document);
            string? claimant = span.Claimant ?? ev.Claimant;
            // A report's page and paragraph, as an analyst cites it: "S/2024/215, para. 45, p. 23".
            var where = Citation.Of(document?.Title, span.Paragraph, span.Page) is { } w ? $", <span class=\"page\">{E(w)}</span>" : "";
            sb.Append("<div class=\"claim\"><p class=\"claim-meta\">")
                .Append($"<span class=\"claimant\">{(claimant is null ? "stated by the article itself" : "according to " + EventHtml.Party(index, claimant))}</span>")
                .Append($" · <span class=\"modality\">{E(span.Modality ?? ev.Modality)}</span>")
                .Append($" · <span class=\"source\">{E(document?.Source ?? span.Document)}</span>")
                .Append($" · published <span class=\"published\">{E(document?.Published ?? "undated")}</span></p>")
                .Append("<blockquote class=\"paragraph\">")
                .Append(TextRenderer.Render(t, [new Highlight(span.Start, span.End, "evidence", ev.Type)], ps, pe))
                .Append($"<cite><a href=\"{Href("/documents/", span.Document)}\">{E(document?.Title ?? document?.Source ?? span.Document)}</a>{where}</cite></blockquote></div>");
        }
    }
}
