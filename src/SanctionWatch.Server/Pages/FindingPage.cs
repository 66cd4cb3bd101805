using SanctionWatch.Assessment.Sources;

namespace SanctionWatch.Server.Pages;

/// <summary>
/// <c>/findings/{id}</c>, evidence first: the measure and its provisions, each supporting sentence marked in its
/// paragraph with claimant, modality, source and date, denials and conflicting reports beside it, the independent
/// sources with the reasoning behind their count, and the review buttons.
/// </summary>
public static class FindingPage
{
    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, ReviewDesk desk, string id)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var index = Indexed.Of(wb);
        if (index.Dossier.Findings.FirstOrDefault(f => f.Id == id) is not { } f)
        {
            return NotFound("The finding");
        }

        var texts = new DocumentTexts(wb);
        var sb = new StringBuilder();
        AppendMeasure(sb, f, wb);
        sb.Append("<h2>Evidence</h2>");
        foreach (var eventId in f.Events)
        {
            if (index.Event(eventId) is not { } ev)
            {
                continue;
            }

            sb.Append("<article class=\"event\"><div class=\"evidence-col\">")
                .Append($"<h3><b class=\"type\">{E(ev.Type)}</b> {EventHtml.Party(index, ev.Actor)} → {EventHtml.Party(index, ev.Target)}{(ev.Items.Count > 0 ? ": " + EventHtml.Items(ev) : "")} <small>{EventHtml.When(ev)} · {E(ev.Modality)}</small></h3>");
            EvidenceHtml.Append(sb, ev, index, texts);
            sb.Append("</div><aside class=\"counter\" aria-label=\"Denials and contradictions\"><h4>Denials and contradictions</h4>");
            var against = index.Against(ev);
            if (against.Count == 0)
            {
                sb.Append("<p class=\"empty\">None reported.</p>");
            }

            foreach (var other in against)
            {
                sb.Append($"<div class=\"denial\"><p><b>{E(other.Modality)}</b> {(other.Claimant is null ? "" : "by " + EventHtml.Party(index, other.Claimant))} {EventHtml.When(other)}</p>");
                EvidenceHtml.Append(sb, other, index, texts);
                sb.Append("</div>");
            }

            sb.Append("</aside></article>");
        }

        AppendSources(sb, f, index, texts);
        sb.Append(ReviewForms.Finding(f, desk.KeyRequired));
        return Page("Finding", sb.ToString());
    }

    private static void AppendMeasure(StringBuilder sb, Finding f, Workbench wb)
    {
        var measure = wb.Measures.Measures.FirstOrDefault(m => m.Id == f.Measure);
        sb.Append($"<section class=\"measure\"><dl><dt>Summary</dt><dd class=\"summary\">{E(f.Summary)}</dd><dt>Measure</dt><dd><b>{E(f.Measure)}</b>{(measure is null ? "" : " — " + E(measure.Description))}</dd>")
            .Append($"<dt>Provisions</dt><dd><ul class=\"provisions\">{string.Concat(f.Provisions.Select(p => $"<li>{E(p)}</li>"))}</ul>")
            .Append(measure is { Verified: false } ? "<small>Paragraph numbers still to be checked against the resolution texts.</small>" : "")
            .Append($"</dd><dt>Regime</dt><dd>{E(f.Regime)}</dd><dt>Status</dt><dd class=\"status\">{E(f.Status)}</dd><dt>Independent sources</dt><dd>{f.Sources}</dd></dl></section>");
    }

    // Why the count is what it is: documents that carry one agency's report, or nearly the same text, are one source.
    private static void AppendSources(StringBuilder sb, Finding f, DossierIndex index, DocumentTexts texts)
    {
        var groups = f.Documents.GroupBy(index.SourceOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        sb.Append($"<section class=\"sources\"><h2>Independent sources: {f.Sources}</h2><p>{f.Documents.Count} {(f.Documents.Count == 1 ? "document gives" : "documents give")} evidence; ")
            .Append("documents that carry the same wire agency's report, or nearly the same text, count as one source.</p><ol class=\"source-groups\">");
        foreach (var group in groups)
        {
            var agencies = group.Select(d => texts.Text(d) is { } t ? SourceGroups.Agency(t) : null).Where(a => a is not null).Distinct(StringComparer.Ordinal).ToList();
            string why = group.Count() == 1 ? (agencies.Count == 1 ? $"one document (a {E(agencies[0])} report)" : "one document")
                : agencies.Count == 1 ? $"{group.Count()} documents carrying the same {E(agencies[0])} report, counted once"
                : $"{group.Count()} near-identical texts, counted once";
            sb.Append($"<li class=\"source-group\"><span class=\"why\">{why}</span>: ")
                .Append(string.Join("; ", group.Select(d => index.Document(d) is { } doc ? $"<a href=\"{Href("/documents/", d)}\">{E(doc.Title ?? doc.Source)}</a> <small>{E(doc.Published ?? "undated")}</small>" : E(d))))
                .Append("</li>");
        }

        sb.Append("</ol></section>");
    }
}
