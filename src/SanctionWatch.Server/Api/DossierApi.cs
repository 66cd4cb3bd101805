namespace SanctionWatch.Server.Api;

/// <summary>The dossier API: the whole contract and its parts (entities, events, findings) and full-text search.</summary>
public static class DossierApi
{
    /// <summary>Maps <c>/api/dossier</c>, <c>/api/entities</c>, <c>/api/events</c>, <c>/api/findings</c>, <c>/api/search</c>.</summary>
    public static IEndpointRouteBuilder MapDossierApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Dossier");
        api.MapGet("/dossier", (Workbench wb, string? story, string? since) =>
            Results.Text(DossierJson.ToJson(wb.Dossier(story, since)), "application/json; charset=utf-8"))
            .WithSummary("The dossier (schema version 1), optionally of one story or of documents published since a date");
        api.MapGet("/entities", (Workbench wb, string? q) =>
        {
            var entities = wb.Overview().Dossier.Entities.AsEnumerable();
            if (!string.IsNullOrWhiteSpace(q))
            {
                entities = entities.Where(e => e.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                    || e.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)));
            }

            return Results.Json(entities.ToList(), JsonDefaults.Options);
        }).WithSummary("Entities, optionally those whose name or alias contains q");
        api.MapGet("/entities/{id}", (Workbench wb, string id) =>
            wb.Overview().Dossier.Entities.FirstOrDefault(e => e.Id == id) is { } entity
                ? Results.Json(entity, JsonDefaults.Options)
                : Results.Problem(statusCode: 404, title: "No such entity"));
        api.MapGet("/events", (Workbench wb) => Results.Json(wb.Overview().Dossier.Events, JsonDefaults.Options));
        api.MapGet("/findings", (Workbench wb) => Results.Json(wb.Overview().Dossier.Findings, JsonDefaults.Options));
        api.MapGet("/search", (Workbench wb, string? q, int? limit) =>
        {
            var hits = wb.Search(q, limit ?? 20).Select(h => new
            {
                id = h.Id,
                title = h.Title,
                published = h.Published,
                snippet = h.Snippet.Replace(Workbench.MarkStart.ToString(), "", StringComparison.Ordinal).Replace(Workbench.MarkEnd.ToString(), "", StringComparison.Ordinal),
                highlights = Highlights(h.Snippet),
            }).ToList();
            return Results.Json(new { query = q ?? "", results = hits }, JsonDefaults.Options);
        }).WithSummary("Full-text search over the articles; the query is taken as words, never as FTS syntax");
        return app;
    }

    private static List<string> Highlights(string snippet)
    {
        var result = new List<string>();
        int at = 0;
        while ((at = snippet.IndexOf(Workbench.MarkStart, at)) >= 0)
        {
            int end = snippet.IndexOf(Workbench.MarkEnd, at);
            if (end < 0)
            {
                break;
            }

            result.Add(snippet[(at + 1)..end]);
            at = end;
        }

        return result;
    }
}
