using SanctionWatch.Application;
using SanctionWatch.Application.Feeds;
using SanctionWatch.Storage;

namespace SanctionWatch.Server.Api;

/// <summary>RSS and Atom feeds: <c>/api/feeds</c>; adding, removing and polling need the API key when one is set.</summary>
public static class FeedsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app, IStore db, ApiKeyFilter writeFilter, bool allowPrivate = false)
    {
        var feeds = app.MapGroup("/api/feeds").WithTags("Feeds");
        feeds.MapGet("/", () =>
        {
            using var store = db.OpenFeeds();
            return Results.Json(store.GetFeeds().Select(View), JsonDefaults.Options);
        }).WithSummary("The feeds and the outcome of their last poll");
        feeds.MapPost("/", (FeedRequest? request) =>
        {
            string url;
            try
            {
                url = FeedPoller.NormaliseUrl(request?.Url ?? throw new ArgumentException("The feed needs 'url'"));
            }
            catch (ArgumentException e)
            {
                return Results.Problem(statusCode: 400, title: e.Message);
            }

            using var store = db.OpenFeeds();
            var (feed, added) = store.AddFeed(url, DateTimeOffset.UtcNow);
            return Results.Json(View(feed), JsonDefaults.Options, statusCode: added ? 201 : 200);
        }).AddEndpointFilter(writeFilter).WithSummary("Adds a feed {url}; nothing is fetched until a poll");
        feeds.MapDelete("/{id}", (string id) =>
        {
            using var store = db.OpenFeeds();
            return store.RemoveFeed(id) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "No such feed");
        }).AddEndpointFilter(writeFilter).WithSummary("Removes a feed (by id or URL)");
        feeds.MapPost("/poll", async (Workbench wb, AlertDesk alerts, ReferenceData data, double? delay, CancellationToken cancellation) =>
        {
            var warnings = new List<string>();
            FeedPollSummary summary;
            using (var store = db.OpenFeeds())
            using (var documents = wb.OpenDocuments())
            {
                var poller = new FeedPoller(store, documents, data) { AllowPrivateAddresses = allowPrivate, DelayPerHost = TimeSpan.FromSeconds(Math.Clamp(delay ?? 2, 0, 60)) };
                summary = await poller.PollAsync(warnings.Add, cancellation).ConfigureAwait(false);
            }

            // New articles are analysed now, like POST /api/documents, and the watches are checked.
            int analysed = summary.DocumentIds.Count > 0 ? wb.AnalyseQueued() : 0;
            alerts.Check(() => wb.Overview().Dossier);
            return Results.Json(new
            {
                feeds = summary.Feeds.Select(f => new { url = f.Url, status = f.Status, items = f.Items, added = f.Added, error = f.Error }),
                documents = summary.DocumentIds,
                analysed,
                warnings,
            }, JsonDefaults.Options);
        }).AddEndpointFilter(writeFilter).WithSummary("Polls every feed now (conditional requests, ?delay= seconds per host) and analyses the new articles");
        return app;
    }

    private static object View(SanctionWatch.Storage.Feeds.Feed f) => new
    {
        id = f.Id,
        url = f.Url,
        added = f.Added,
        lastPolled = f.LastPolled,
        lastStatus = f.LastStatus,
    };
}
