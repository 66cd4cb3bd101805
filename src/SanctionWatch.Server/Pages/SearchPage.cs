namespace SanctionWatch.Server.Pages;

/// <summary><c>/search</c>: full-text search over the stored articles with the words found marked.</summary>
public static class SearchPage
{
    /// <summary>The page.</summary>
    public static IResult Get(Workbench wb, string? q)
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
