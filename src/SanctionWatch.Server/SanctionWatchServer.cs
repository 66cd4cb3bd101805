using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Application;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Server.Api;
using SanctionWatch.Server.Pages;
using SanctionWatch.Server.Security;
using SanctionWatch.Storage;

namespace SanctionWatch.Server;

/// <summary>Builds the web application: API, yente-compatible screening and the analyst pages over one store.</summary>
public static class SanctionWatchServer
{
    /// <summary>The Content-Security-Policy of every answer: no inline script, nothing from elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Builds the application for <paramref name="options"/>.</summary>
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ApiKey is null && ListenAddresses.NonLoopback(options.Urls) is { Count: > 0 } open)
        {
            // Closed by default: an open server is only ever reachable from this machine.
            throw new InvalidOperationException($"{string.Join(", ", open)} listens beyond this machine; set an API key (--api-key) first");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.Limits.MaxBodyBytes);
        // Request logs would carry query strings (names screened) and bodies; keep only warnings.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        // The server's composition root: the one place that opens the store and makes the reference data, the
        // analyser's language packs and the screening indexes. Endpoints receive them; each part that costs time to
        // load is loaded once, the first time a request needs it.
        var data = new ReferenceData();
        builder.Services.AddSingleton(data);
        // One store for the whole server, SQLite file or PostgreSQL database; every part reaches it through IStore.
        var store = Store.Open(options.Db);
        builder.Services.AddSingleton(store);
        var indexes = new ScreeningIndexes(store, new Lazy<EntityMatcher>(EntityMatcher.CreateDefault));
        builder.Services.AddSingleton(indexes);
        var analyzer = new Lazy<DocumentAnalyzer>(() => DocumentAnalyzer.CreateStandard(data.Gazetteer));
        var workbench = new Workbench(store, data, indexes, analyzer);
        builder.Services.AddSingleton(workbench);
        builder.Services.AddSingleton(services => new ReviewDesk(services.GetRequiredService<Workbench>(), options.ApiKey));
        builder.Services.AddSingleton(new AlertDesk(store, data));
        var app = builder.Build();
        // Build the pages' dossier while the server starts, so the first page view need not wait for all of it.
        app.Lifetime.ApplicationStarted.Register(() => workbench.Refresh());
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            // Article links open other sites: they learn nothing of this server; its own pages keep Origin and Referer.
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
        var guard = new RequestGuard(options);
        var bodies = new BodyLimits(options.Limits);
        var limiter = new ClientLimiter(options.Limits);
        app.Lifetime.ApplicationStopped.Register(limiter.Dispose);
        app.Use((context, next) => guard.InvokeAsync(context, next));
        app.Use((context, next) => bodies.InvokeAsync(context, next));
        app.Use((context, next) => limiter.InvokeAsync(context, next));
        app.MapOpenApi();
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" })).WithTags("Health");
        app.MapDossierApi();
        app.MapDocumentsApi(new ApiKeyFilter(options.ApiKey));
        app.MapScreeningApi(options.Limits);
        app.MapReviewsApi(new ApiKeyFilter(options.ApiKey));
        app.MapWatchApi(new ApiKeyFilter(options.ApiKey));
        app.MapFeedsApi(store, new ApiKeyFilter(options.ApiKey), options.AllowPrivateFeeds);
        app.MapListsApi(store, new ApiKeyFilter(options.ApiKey));
        app.MapPages();
        app.MapReviewPages();
        return app;
    }
}
