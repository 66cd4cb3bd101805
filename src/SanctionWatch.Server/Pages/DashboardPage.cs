namespace SanctionWatch.Server.Pages;

/// <summary><c>/</c>: counts, findings by measure and status, the newest documents, listed entities and recent alerts.</summary>
public static class DashboardPage
{
    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, AlertDesk alerts)
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
}
