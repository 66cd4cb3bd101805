using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Server.Hosting;
using static SanctionWatch.Server.Pages.Html;

namespace SanctionWatch.Server.Pages;

/// <summary>The analyst pages: dashboard, finding, document, entity, timeline, screening and search; no JavaScript needed.</summary>
public static class PageEndpoints
{
    /// <summary>Maps the pages and their stylesheet.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/static/site.css", () => Results.Text(SiteCss.Text, "text/css")).ExcludeFromDescription();
        app.MapStaticAssets();
        app.MapGet("/", Dashboard).ExcludeFromDescription();
        app.MapGet("/findings/{id}", FindingPage).ExcludeFromDescription();
        app.MapGet("/documents/{id}", DocumentPage).ExcludeFromDescription();
        app.MapGet("/entities/{id}/page", EntityPage).ExcludeFromDescription();
        app.MapGet("/timeline", Timeline).ExcludeFromDescription();
        app.MapGet("/screen", Screen).ExcludeFromDescription();
        app.MapGet("/search", Search).ExcludeFromDescription();
        return app;
    }

    private static IResult Dashboard(Workbench wb, AlertDesk alerts)
    {
        // A snapshot possibly older than the store (marked so) rather than a wait for a rebuild after every write.
        var snapshot = wb.Overview(allowStale: true);
        // The body is the same for every view of one snapshot: made once, not per request.
        // Alerts change without the dossier changing, so they are not part of the memoised body.
        var recent = new StringBuilder();
        AppendAlerts(recent, alerts);
        string body = recent + snapshot.Memo("dashboard", s => DashboardBody(s.Summary));
        return Page("Dashboard", !snapshot.Stale ? body
            : $"<p class=\"stale\">The store has changed since these figures were computed ({E(snapshot.BuiltAt.ToString("u", CultureInfo.InvariantCulture))}); they are being brought up to date — reload in a moment.</p>" + body);
    }

    private static string DashboardBody(DashboardSummary d)
    {
        var sb = new StringBuilder();
        sb.Append("<section class=\"counts\"><ul>")
            .Append($"<li><b>{d.Documents}</b> documents</li><li><b>{d.Entities}</b> entities</li>")
            .Append($"<li><b>{d.Events}</b> events</li><li><b>{d.Quotes}</b> quotes</li>")
            .Append($"<li><b>{d.Findings}</b> findings</li><li><b>{d.ListedEntities}</b> listed entities</li></ul></section>");
        sb.Append("<section><h2>Findings by measure and status</h2>");
        if (d.Findings == 0)
        {
            sb.Append("<p class=\"empty\">No findings yet.</p>");
        }
        else
        {
            sb.Append("<table class=\"by-measure\"><thead><tr><th>Measure</th><th>Findings by status</th></tr></thead><tbody>");
            foreach (var (measure, statuses) in d.ByMeasureAndStatus)
            {
                sb.Append($"<tr><td>{E(measure)}</td><td>{E(string.Join(", ", statuses.Select(s => $"{s.Status} {s.Count}")))}</td></tr>");
            }

            sb.Append("</tbody></table>");
            if (d.TopFindings.Count < d.Findings)
            {
                sb.Append($"<p>The {d.TopFindings.Count} findings with the most independent sources, of {d.Findings}:</p>");
            }

            sb.Append("<table><thead><tr><th>Measure</th><th>Status</th><th>Finding</th><th>Sources</th></tr></thead><tbody>");
            foreach (var f in d.TopFindings)
            {
                sb.Append($"<tr><td>{E(f.Measure)}</td><td><span class=\"status\">{E(f.Status)}</span></td><td><a class=\"finding\" href=\"{Href("/findings/", f.Id)}\">{E(f.Summary)}</a></td><td>{f.Sources}</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        sb.Append("</section><section><h2>Newest documents</h2><ul class=\"documents\">");
        foreach (var doc in d.NewestDocuments)
        {
            sb.Append($"<li><a href=\"{Href("/documents/", doc.Id)}\">{E(doc.Title ?? doc.Source)}</a> <small>{E(doc.Published ?? "undated")} · {E(doc.Language)}</small></li>");
        }

        sb.Append("</ul></section><section><h2>Listed entities</h2><ul>");
        foreach (var e in d.Listed)
        {
            sb.Append($"<li><a href=\"{Href("/entities/", e.Id)}/page\">{E(e.Name)}</a> – {E(e.Listings[0].Name)} ({E(e.Listings[0].List)})</li>");
        }

        sb.Append("</ul></section>");
        return sb.ToString();
    }

    // Recent alerts from the watchlists, newest first; only shown when something is watched.
    private static void AppendAlerts(StringBuilder sb, AlertDesk desk)
    {
        var recent = desk.Alerts(unreadOnly: false, limit: 10);
        if (recent.Count == 0)
        {
            return;
        }

        sb.Append("<section class=\"alerts\"><h2>Recent alerts</h2><ul>");
        foreach (var a in recent)
        {
            string link = a.Document is null ? E(a.Message) : $"<a href=\"{Href("/documents/", a.Document)}\">{E(a.Message)}</a>";
            sb.Append($"<li class=\"alert{(a.Read ? "" : " unread")}\"><span class=\"status\">{E(a.Kind)}</span> {link} <small>{E(a.Watch.Kind ?? "")} {E(a.Watch.Value ?? "")} · {a.Created:yyyy-MM-dd HH:mm}</small></li>");
        }

        sb.Append("</ul></section>");
    }

    private static IResult FindingPage(Workbench wb, ReviewDesk desk, string id)
    {
        var d = wb.Overview().Dossier;
        if (d.Findings.FirstOrDefault(f => f.Id == id) is not { } f)
        {
            return NotFound("The finding");
        }

        var sb = new StringBuilder();
        sb.Append($"<dl><dt>Summary</dt><dd class=\"summary\">{E(f.Summary)}</dd><dt>Regime</dt><dd>{E(f.Regime)}</dd><dt>Measure</dt><dd>{E(f.Measure)}</dd>")
            .Append($"<dt>Provisions</dt><dd>{E(string.Join("; ", f.Provisions))}</dd><dt>Status</dt><dd class=\"status\">{E(f.Status)}</dd><dt>Independent sources</dt><dd>{f.Sources}</dd></dl>");
        sb.Append(ReviewForms.Finding(f, desk.KeyRequired));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Text(string docId)
        {
            if (!texts.TryGetValue(docId, out var t) && wb.Document(docId) is { } loaded)
            {
                t = loaded.Document.Text;
                texts[docId] = t;
            }

            return t;
        }

        sb.Append("<h2>Evidence</h2>");
        foreach (var eventId in f.Events)
        {
            if (d.Events.FirstOrDefault(e => e.Id == eventId) is not { } ev)
            {
                continue;
            }

            sb.Append("<article class=\"event\"><div class=\"evidence-col\">");
            sb.Append($"<h3>{E(ev.Type)} {E(ev.Date?.Value ?? ev.Date?.Text)} <small>{E(ev.Modality)}</small></h3>");
            AppendEvidence(sb, ev, Text, d);
            sb.Append("</div><aside class=\"counter\"><h4>Denials and contradictions</h4>");
            var against = d.Events.Where(x => x.Denies == ev.Id || (ev.Conflicts?.Contains(x.Id) ?? false) || (x.Conflicts?.Contains(ev.Id) ?? false)).ToList();
            if (against.Count == 0)
            {
                sb.Append("<p class=\"empty\">None reported.</p>");
            }

            foreach (var other in against)
            {
                sb.Append($"<div class=\"denial\"><b>{E(other.Modality)}</b> {E(other.Claimant)}");
                AppendEvidence(sb, other, Text, d);
                sb.Append("</div>");
            }

            sb.Append("</aside></article>");
        }

        return Page("Finding", sb.ToString());
    }

    private static void AppendEvidence(StringBuilder sb, DossierEvent ev, Func<string, string?> text, Dossier d)
    {
        foreach (var span in ev.Evidence)
        {
            if (text(span.Document) is not { } t || span.End > t.Length)
            {
                continue;
            }

            var (ps, pe) = TextRenderer.Paragraph(t, span.Start, span.End);
            var documentTitle = d.Documents.FirstOrDefault(x => x.Id == span.Document)?.Title;
            var title = documentTitle ?? span.Document;
            // A report's page and paragraph, as an analyst cites it: "S/2024/215, para. 45, p. 23".
            var where = Citation.Of(documentTitle, span.Paragraph, span.Page) is { } w ? $", <span class=\"page\">{E(w)}</span>" : "";
            sb.Append("<blockquote class=\"paragraph\">")
                .Append(TextRenderer.Render(t, [new Highlight(span.Start, span.End, "evidence", ev.Type)], ps, pe))
                .Append($"<cite><a href=\"{Href("/documents/", span.Document)}\">{E(title)}</a>{where}</cite></blockquote>");
        }
    }

    private static IResult DocumentPage(Workbench wb, string id)
    {
        if (wb.Document(id) is not { } loaded)
        {
            return NotFound("The document");
        }

        var doc = loaded.Document;
        var snapshot = wb.Overview();
        var d = snapshot.Dossier;
        var marks = new List<Highlight>();
        var entityByMention = new Dictionary<(int, int), DossierEntity>();
        foreach (var e in d.Entities)
        {
            foreach (var m in e.Mentions.Where(m => m.Document == doc.Id))
            {
                entityByMention[(m.Start, m.End)] = e;
            }
        }

        if (loaded.Analysis is { } a)
        {
            foreach (var ev in a.Events)
            {
                marks.AddRange(ev.Evidence.Select(s => new Highlight(s.Start, s.End, "evidence", $"{ev.Type} ({ev.Modality})")));
            }

            marks.AddRange(a.Quotes.Select(q => new Highlight(q.Start, q.End, "quote", q.SpeakerText is null ? "quote" : "quote: " + q.SpeakerText)));
            foreach (var m in a.Mentions)
            {
                entityByMention.TryGetValue((m.Start, m.End), out var entity);
                marks.Add(new Highlight(m.Start, m.End, "ent ent-" + m.Schema, $"{m.Schema}: {m.Name}", entity is null ? null : "/entities/" + Uri.EscapeDataString(entity.Id) + "/page"));
            }
        }

        var story = d.Stories.FirstOrDefault(s => s.Documents.Contains(doc.Id));
        var sb = new StringBuilder();
        sb.Append($"<dl class=\"meta\"><dt>Language</dt><dd>{E(doc.Language)}</dd><dt>Published</dt><dd>{E(doc.Published ?? "unknown")}</dd>")
            .Append($"<dt>Source</dt><dd>{E(doc.Source)}</dd><dt>Story</dt><dd>{E(story?.Label ?? (snapshot.StoriesClustered ? "none" : "not clustered (see /api/dossier)"))}</dd>")
            .Append($"<dt>Analysed</dt><dd>{(loaded.Analysis is null ? "not yet" : "yes")}</dd></dl>");
        sb.Append("<p class=\"legend\"><mark class=\"ent ent-Person\">person</mark> <mark class=\"ent ent-Organization\">organisation</mark> <mark class=\"ent ent-Country\">country/place</mark> <mark class=\"quote\">quote</mark> <mark class=\"evidence\">event evidence</mark></p>");
        sb.Append("<article class=\"text\">").Append(TextRenderer.Render(doc.Text, marks)).Append("</article>");
        var here = d.Entities.Where(e => e.Mentions.Any(m => m.Document == doc.Id)).ToList();
        if (here.Count > 0)
        {
            sb.Append("<h2>Entities</h2><ul>");
            foreach (var e in here)
            {
                sb.Append($"<li><a href=\"{Href("/entities/", e.Id)}/page\">{E(e.Name)}</a> <small>{E(e.Schema)}</small></li>");
            }

            sb.Append("</ul>");
        }

        return Page(doc.Title ?? doc.Source, sb.ToString());
    }

    private static IResult EntityPage(Workbench wb, ReviewDesk desk, string id)
    {
        var d = wb.Overview().Dossier;
        if (d.Entities.FirstOrDefault(e => e.Id == id) is not { } e)
        {
            return NotFound("The entity");
        }

        var sb = new StringBuilder();
        sb.Append($"<dl><dt>Schema</dt><dd>{E(e.Schema)}</dd><dt>Country</dt><dd>{E(e.Country ?? "unknown")}</dd><dt>Aliases</dt><dd>{E(string.Join("; ", e.Aliases))}</dd></dl>");
        sb.Append("<h2>Listings</h2>");
        if (e.Listings.Count == 0)
        {
            sb.Append("<p class=\"empty\">Not matched to any loaded list.</p>");
        }

        foreach (var l in e.Listings)
        {
            sb.Append($"<div class=\"listing\"><p><b>{E(l.Name)}</b> – {E(l.List)} {E(l.Reference)}; {E(l.Program)}; score {N(l.Score)}; list of {E(l.ListDate)}; {E(l.Algorithm)}</p><table class=\"explain\"><tbody>");
            foreach (var (feature, f) in l.Explanations ?? new Dictionary<string, FeatureExplanation>())
            {
                sb.Append($"<tr><td>{E(feature)}</td><td>{N(f.Score, "0.00")}</td><td>{E(f.Detail)}</td></tr>");
            }

            sb.Append("</tbody></table>").Append(ReviewForms.Listing(e.Id, l, desk.KeyRequired)).Append("</div>");
        }

        sb.Append(ReviewForms.Rejected(e.Id, desk.Decisions(), desk.KeyRequired));
        sb.Append("<h2>Events</h2>");
        var events = d.Events.Where(ev => ev.Actor == e.Id || ev.Target == e.Id).OrderBy(ev => ev.Date?.Value ?? "", StringComparer.Ordinal).ToList();
        AppendTimeline(sb, events, d);
        sb.Append("<h2>Related entities</h2><ul class=\"related\">");
        var docs = e.Mentions.Select(m => m.Document).ToHashSet(StringComparer.Ordinal);
        foreach (var other in d.Entities.Where(o => o.Id != e.Id && o.Mentions.Any(m => docs.Contains(m.Document)))
            .OrderByDescending(o => o.Mentions.Count(m => docs.Contains(m.Document))).Take(20))
        {
            sb.Append($"<li><a href=\"{Href("/entities/", other.Id)}/page\">{E(other.Name)}</a> <small>{other.Mentions.Count(m => docs.Contains(m.Document))} co-mentions</small></li>");
        }

        sb.Append("</ul><h2>Mentions</h2><ul class=\"mentions\">");
        foreach (var m in e.Mentions.Take(200))
        {
            sb.Append($"<li><a href=\"{Href("/documents/", m.Document)}\">{E(d.Documents.FirstOrDefault(x => x.Id == m.Document)?.Title ?? m.Document)}</a>: “{E(m.Text)}”</li>");
        }

        sb.Append("</ul>");
        return Page(e.Name, sb.ToString());
    }

    private static void AppendTimeline(StringBuilder sb, List<DossierEvent> events, Dossier d)
    {
        if (events.Count == 0)
        {
            sb.Append("<p class=\"empty\">No events.</p>");
            return;
        }

        string Name(string? id) => id is null ? "" : d.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;
        sb.Append("<ol class=\"timeline\">");
        foreach (var ev in events)
        {
            sb.Append($"<li><time>{E(ev.Date?.Value ?? ev.Date?.Text ?? "undated")}</time> <b>{E(ev.Type)}</b> {E(Name(ev.Actor))} → {E(Name(ev.Target))} <small>{E(ev.Modality)}</small>");
            if (ev.Evidence.Count > 0)
            {
                sb.Append($" <a href=\"{Href("/documents/", ev.Evidence[0].Document)}\">evidence</a><q>{E(ev.Evidence[0].Text)}</q>");
            }

            sb.Append("</li>");
        }

        sb.Append("</ol>");
    }

    private static IResult Timeline(Workbench wb)
    {
        var d = wb.Overview().Dossier;
        var sb = new StringBuilder();
        AppendTimeline(sb, d.Events.OrderBy(ev => ev.Date?.Value ?? "9999", StringComparer.Ordinal).ToList(), d);
        return Page("Timeline", sb.ToString());
    }

    private static IResult Screen(Workbench wb, string? q, string? schema, string? dataset)
    {
        string set = string.IsNullOrWhiteSpace(dataset) ? "default" : dataset;
        var sb = new StringBuilder();
        sb.Append($"<form method=\"get\" action=\"/screen\" class=\"screen\"><label>Name <input name=\"q\" id=\"q\" required value=\"{E(q)}\"></label> ")
            .Append("<label>Schema <select name=\"schema\" id=\"schema\">");
        foreach (string s in new[] { "", "Person", "Organization", "Company", "Vessel", "LegalEntity" })
        {
            sb.Append($"<option value=\"{s}\"{(s == (schema ?? "") ? " selected" : "")}>{(s.Length == 0 ? "any" : s)}</option>");
        }

        sb.Append("</select></label> <button type=\"submit\">Screen</button></form>");
        if (!string.IsNullOrWhiteSpace(q))
        {
            var index = wb.Index(set);
            ScreeningQuery? query = null;
            try
            {
                query = ScreeningQuery.FromInput(q, schema, [q], [], []);
            }
            catch (InvalidQueryException e)
            {
                sb.Append($"<p class=\"error\">{E(e.Message)}</p>");
            }

            if (index is null)
            {
                sb.Append("<p class=\"empty\">No lists loaded.</p>");
            }
            else if (query is not null)
            {
                var results = index.Screen(query, 10, 0.5);
                sb.Append(results.Count == 0 ? "<p class=\"empty\">No entries at or above 0.5.</p>" : "<ol class=\"results\">");
                foreach (var r in results)
                {
                    sb.Append($"<li class=\"result\"><b class=\"caption\">{E(r.Caption)}</b> <span class=\"score\">{N(r.Score, "0.000")}</span> {(r.Score >= 0.7 ? "<span class=\"match\">match</span>" : "")}")
                        .Append($"<br><small>{E(r.Schema)}; {E(r.ListId)} {E(r.Reference)}; {E(string.Join(", ", r.Programs))}</small><table class=\"explain\"><tbody>");
                    foreach (var (feature, f) in r.Explanations)
                    {
                        sb.Append($"<tr><td>{E(feature)}</td><td>{N(f.Score, "0.00")}</td><td>{E(f.Detail)}</td></tr>");
                    }

                    sb.Append("</tbody></table></li>");
                }

                sb.Append(results.Count == 0 ? "" : "</ol>");
            }
        }

        return Page("Screening", sb.ToString());
    }

    private static IResult Search(Workbench wb, string? q)
    {
        var sb = new StringBuilder();
        sb.Append($"<form method=\"get\" action=\"/search\"><label>Words <input name=\"q\" id=\"q\" value=\"{E(q)}\"></label> <button type=\"submit\">Search</button></form>");
        if (!string.IsNullOrWhiteSpace(q))
        {
            var hits = wb.Search(q, 50);
            sb.Append(hits.Count == 0 ? "<p class=\"empty\">No documents match.</p>" : "<ol class=\"hits\">");
            foreach (var h in hits)
            {
                string snippet = E(h.Snippet).Replace(E(Workbench.MarkStart.ToString()), "<mark>", StringComparison.Ordinal)
                    .Replace(E(Workbench.MarkEnd.ToString()), "</mark>", StringComparison.Ordinal);
                sb.Append($"<li><a href=\"{Href("/documents/", h.Id)}\">{E(h.Title ?? h.Id)}</a> <small>{E(h.Published)}</small><p>{snippet}</p></li>");
            }

            sb.Append(hits.Count == 0 ? "" : "</ol>");
        }

        return Page("Search", sb.ToString());
    }
}
