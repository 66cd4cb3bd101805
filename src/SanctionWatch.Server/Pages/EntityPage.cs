namespace SanctionWatch.Server.Pages;

/// <summary>
/// <c>/entities/{id}/page</c>: an entity's names, its listings with the screening explanation and review buttons,
/// its neighbourhood in the transfer network, its events on a timeline, related entities and mentions.
/// </summary>
public static class EntityPage
{
    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, ReviewDesk desk, string id)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var index = Indexed.Of(wb);
        var d = index.Dossier;
        if (index.Entity(id) is not { } e)
        {
            return NotFound("The entity");
        }

        var sb = new StringBuilder();
        sb.Append($"<dl><dt>Schema</dt><dd>{E(e.Schema)}</dd><dt>Country</dt><dd>{E(e.Country ?? "unknown")}</dd>")
            .Append(e.ImoNumber is null ? "" : $"<dt>IMO</dt><dd>{E(e.ImoNumber)}</dd>")
            .Append($"<dt>Aliases</dt><dd>{(e.Aliases.Count == 0 ? "none" : $"<ul class=\"aliases\">{string.Concat(e.Aliases.Select(a => $"<li lang=\"\">{E(a)}</li>"))}</ul>")}</dd></dl>");
        AppendListings(sb, e, desk);
        var filter = EventFilter.None with { Entity = e.Id };
        var network = TransferNetwork.Of(index, filter);
        sb.Append("<h2>In the transfer network</h2>");
        if (network.Flows.Count == 0)
        {
            sb.Append("<p class=\"empty\">No transfers to or from this entity.</p>");
        }
        else
        {
            sb.Append($"<p><a href=\"{E("/network" + filter.Query())}\">Open on its own</a></p><div class=\"network-layout neighbourhood\">")
                .Append(NetworkPage.Drawing(network)).Append("<section class=\"flow-list\" aria-label=\"Flows\">")
                .Append(FlowListHtml.Render(network, index)).Append("</section></div>");
        }

        sb.Append("<h2>Events</h2>").Append(TimelineHtml.Render(d.Events.Where(ev => ev.Actor == e.Id || ev.Target == e.Id), index, level: 3));
        AppendRelated(sb, e, index);
        if (network.Flows.Count > 0)
        {
            sb.Append(NetworkPage.Scripts);
        }

        return Page(e.Name, sb.ToString());
    }

    private static void AppendListings(StringBuilder sb, DossierEntity e, ReviewDesk desk)
    {
        sb.Append("<h2>Listings</h2>");
        if (e.Listings.Count == 0)
        {
            sb.Append("<p class=\"empty\">Not matched to any loaded list.</p>");
        }

        foreach (var l in e.Listings)
        {
            sb.Append($"<div class=\"listing\"><p><b>{E(l.Name)}</b> – {E(l.List)} {E(l.Reference)}; {E(l.Program)}; score {N(l.Score)}; list of {E(l.ListDate)}; {E(l.Algorithm)}</p>")
                .Append("<table class=\"explain\"><caption>Why the screening matched this entry</caption><thead><tr><th>Feature</th><th>Score</th><th>Detail</th></tr></thead><tbody>");
            foreach (var (feature, f) in l.Explanations ?? new Dictionary<string, FeatureExplanation>())
            {
                sb.Append($"<tr><td>{E(feature)}</td><td>{N(f.Score, "0.00")}</td><td>{E(f.Detail)}</td></tr>");
            }

            sb.Append("</tbody></table>").Append(ReviewForms.Listing(e.Id, l, desk.KeyRequired)).Append("</div>");
        }

        sb.Append(ReviewForms.Rejected(e.Id, desk.Decisions(), desk.KeyRequired));
    }

    private static void AppendRelated(StringBuilder sb, DossierEntity e, DossierIndex index)
    {
        sb.Append("<h2>Related entities</h2><ul class=\"related\">");
        var docs = e.Mentions.Select(m => m.Document).ToHashSet(StringComparer.Ordinal);
        foreach (var other in index.Dossier.Entities.Where(o => o.Id != e.Id && o.Mentions.Any(m => docs.Contains(m.Document)))
            .OrderByDescending(o => o.Mentions.Count(m => docs.Contains(m.Document))).Take(20))
        {
            sb.Append($"<li><a href=\"{EventHtml.EntityHref(other.Id)}\">{E(other.Name)}</a> <small>{other.Mentions.Count(m => docs.Contains(m.Document))} co-mentions</small></li>");
        }

        sb.Append("</ul><h2>Mentions</h2><ul class=\"mentions\">");
        foreach (var m in e.Mentions.Take(200))
        {
            sb.Append($"<li><a href=\"{Href("/documents/", m.Document)}\">{E(index.Document(m.Document)?.Title ?? m.Document)}</a>: “{E(m.Text)}”</li>");
        }

        sb.Append("</ul>");
    }
}
