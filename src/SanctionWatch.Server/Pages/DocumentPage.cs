namespace SanctionWatch.Server.Pages;

/// <summary><c>/documents/{id}</c>: an article with its entities, quotes and event evidence highlighted.</summary>
public static class DocumentPage
{
    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, string id)
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
}
