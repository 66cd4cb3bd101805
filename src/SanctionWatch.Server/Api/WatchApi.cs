using SanctionWatch.Application.Alerts;

namespace SanctionWatch.Server.Api;

/// <summary>Watchlists and alerts: <c>/api/watches</c> and <c>/api/alerts</c>; writes need the API key when one is set.</summary>
public static class WatchApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapWatchApi(this IEndpointRouteBuilder app, ApiKeyFilter writeFilter)
    {
        var watches = app.MapGroup("/api/watches").WithTags("Watches");
        watches.MapGet("/", (AlertDesk desk) =>
        {
            using var store = desk.Open();
            return Results.Json(store.GetWatches().Select(w => new { id = w.Id, kind = w.Kind, value = w.Value, created = w.Created }), JsonDefaults.Options);
        }).WithSummary("The watches");
        watches.MapPost("/", (WatchRequest? request, AlertDesk desk, Workbench wb) =>
        {
            if (request?.Kind is null || request.Value is null)
            {
                return Results.Problem(statusCode: 400, title: "The watch needs 'kind' and 'value'");
            }

            try
            {
                var w = desk.Add(request.Kind, request.Value, request.Backfill, () => wb.Overview().Dossier);
                var body = new { id = w.Id, kind = w.Kind, value = w.Value, created = w.Created };
                return Results.Json(body, JsonDefaults.Options, statusCode: 201);
            }
            catch (ArgumentException e)
            {
                return Results.Problem(statusCode: 400, title: e.Message);
            }
        }).AddEndpointFilter(writeFilter)
            .WithSummary("Adds a watch {kind: entity|vessel|country|measure, value, backfill}; what is already known counts as seen unless backfill");
        watches.MapDelete("/{id:long}", (long id, AlertDesk desk) =>
        {
            using var store = desk.Open();
            return store.RemoveWatch(id) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "No such watch");
        }).AddEndpointFilter(writeFilter).WithSummary("Removes a watch and its alerts");

        var alerts = app.MapGroup("/api/alerts").WithTags("Watches");
        alerts.MapGet("/", (AlertDesk desk, bool? unread, int? limit) =>
            Results.Json(desk.Alerts(unread ?? false, limit ?? 100), JsonDefaults.Options))
            .Produces<AlertMessage[]>()
            .WithSummary("Alerts raised by the watches, newest first (?unread=true, ?limit=N)");
        alerts.MapPost("/ack", (AcknowledgeRequest? request, AlertDesk desk) =>
        {
            if (request is null || (!request.All && (request.Ids is null || request.Ids.Count == 0)))
            {
                return Results.Problem(statusCode: 400, title: "Give 'ids' or 'all': true");
            }

            using var store = desk.Open();
            int changed = store.Acknowledge(request.All ? null : request.Ids);
            return Results.Json(new { acknowledged = changed }, JsonDefaults.Options);
        }).AddEndpointFilter(writeFilter).WithSummary("Marks alerts as read");
        return app;
    }
}
