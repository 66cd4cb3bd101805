using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SanctionWatch.Server.Hosting;

namespace SanctionWatch.Server.Api;

/// <summary>
/// yente's API over the loaded lists, so that a yente client works unchanged: <c>/match</c>, <c>/search</c>,
/// <c>/entities</c>, <c>/catalog</c>, <c>/algorithms</c>, <c>/readyz</c>, <c>/openapi.json</c> and the reconciliation API.
/// </summary>
public static class ScreeningApi
{
    /// <summary>Maps the yente-compatible endpoints.</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app, ServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(limits);
        var catalog = new YenteCatalog(app.ServiceProvider.GetRequiredService<Workbench>());
        var writer = new FtmEntityWriter(catalog);
        var match = new MatchApi(catalog, writer, limits);
        var search = new SearchApi(catalog, writer);
        var entities = new EntitiesApi(catalog, writer);
        var system = new SystemApi(catalog);

        var matching = app.MapGroup("").WithTags("Matching");
        matching.MapPost("/match/{dataset}", (HttpContext context, Workbench wb, string dataset) => match.Handle(context, wb, dataset))
            .Accepts<YenteModels.MatchRequest>("application/json").Produces<YenteModels.MatchResponse>().WithSummary("Query by example matcher (yente's /match)").ProducesYenteErrors(400, 404, 422)
            .WithQueryParameters(YenteOpenApi.Match);
        matching.MapGet("/search/{dataset}", (HttpContext context, Workbench wb, string dataset) => search.Handle(context, wb, dataset))
            .Produces<YenteModels.SearchResponse>().WithSummary("Simple entity search (yente's /search)").ProducesYenteErrors(400, 404, 422)
            .WithQueryParameters(YenteOpenApi.Search);

        var data = app.MapGroup("").WithTags("Data access");
        data.MapGet("/entities/{id}", (HttpContext context, string id) => entities.Entity(context, id))
            .Produces<YenteModels.EntityResponse>().WithSummary("An entity by id, with its Sanction nested").ProducesYenteErrors(404, 422)
            .WithQueryParameters(new YenteOpenApi.Parameter("nested", "boolean", "Include adjacent entities (the Sanction) inline (default true)"));
        data.MapGet("/entities/{id}/adjacent", (HttpContext context, string id) => entities.Adjacent(context, id, null))
            .Produces<YenteModels.EntityAdjacentResponse>().WithSummary("The entities adjacent to an entity, by property").ProducesYenteErrors(404, 422).WithQueryParameters(YenteOpenApi.Paging);
        data.MapGet("/entities/{id}/adjacent/{property}", (HttpContext context, string id, string property) => entities.Adjacent(context, id, property))
            .Produces<YenteModels.AdjacentResults>().WithSummary("The entities adjacent to an entity through one property").ProducesYenteErrors(404, 422).WithQueryParameters(YenteOpenApi.Paging);
        data.MapGet("/catalog", system.Catalog).WithSummary("The datasets loaded, under OpenSanctions' names");

        var info = app.MapGroup("").WithTags("System information");
        info.MapGet("/algorithms", SystemApi.Algorithms).WithSummary("The matching algorithms, and which of ours each yente name maps to");
        info.MapGet("/readyz", system.Ready).Produces<YenteModels.StatusResponse>().WithSummary("Search index readiness check").ProducesYenteErrors(503);
        app.MapOpenApi("/openapi.json"); // where yente's clients and generators look for the description
        app.MapReconcileApi(catalog, writer, limits);
        return app;
    }

    /// <summary>Declares the yente error body for <paramref name="statuses"/> in the OpenAPI description.</summary>
    public static RouteHandlerBuilder ProducesYenteErrors(this RouteHandlerBuilder builder, params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(statuses);
        foreach (int status in statuses)
        {
            builder.Produces<YenteErrors.ErrorResponse>(status);
        }

        return builder;
    }
}
