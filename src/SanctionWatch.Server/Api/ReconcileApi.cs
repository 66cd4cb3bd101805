using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SanctionWatch.Server.Api;

/// <summary>
/// The W3C reconciliation API at <c>/reconcile/{dataset}</c> as yente serves it to OpenRefine: the service manifest,
/// queries (form-encoded <c>queries=</c> or JSON), entity and type suggestions, previews and data extension.
/// </summary>
public static class ReconcileApi
{
    /// <summary>Maps the reconciliation endpoints.</summary>
    public static IEndpointRouteBuilder MapReconcileApi(this IEndpointRouteBuilder app, YenteCatalog catalog, FtmEntityWriter writer, ServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(catalog);
        var entities = new EntitiesApi(catalog, writer);
        var api = app.MapGroup("/reconcile/{dataset}").WithTags("Reconciliation");
        api.MapGet("", (HttpContext context, string dataset) => Get(context, catalog, entities, dataset, limits))
            .WithSummary("Reconciliation service manifest (or queries given as ?queries=)").ProducesYenteErrors(400, 404);
        api.MapPost("", (HttpContext context, string dataset) => Post(context, catalog, entities, dataset, limits))
            .WithSummary("Reconciliation queries or data extension, form-encoded (queries=, extend=) or JSON").ProducesYenteErrors(400, 404);
        api.MapGet("/suggest/entity", (HttpContext context, string dataset) => ReconcileSuggest.Entities(context, catalog, dataset, limits))
            .WithSummary("Suggest an entity by name prefix").ProducesYenteErrors(404, 422);
        api.MapGet("/suggest/type", (HttpContext context, string dataset) => ReconcileSuggest.Types(context, catalog, dataset))
            .WithSummary("Suggest a type (schema) by prefix").ProducesYenteErrors(404, 422);
        api.MapGet("/suggest/property", (HttpContext context, string dataset) => ReconcileSuggest.Properties(context, catalog, dataset))
            .WithSummary("Suggest a property by prefix").ProducesYenteErrors(404, 422);
        api.MapGet("/extend/property", (HttpContext context, string dataset) => ReconcileSuggest.Proposal(context, catalog, dataset))
            .WithSummary("Properties proposed for data extension of a type").ProducesYenteErrors(400, 404);
        api.MapGet("/preview", (HttpContext context, string dataset, string? id) => Preview(context, catalog, entities, dataset, id))
            .WithSummary("A small HTML card of an entity, for OpenRefine's preview").ProducesYenteErrors(404);
        return app;
    }

    private static IResult Get(HttpContext context, YenteCatalog catalog, EntitiesApi entities, string dataset, ServerLimits limits)
    {
        var query = context.Request.Query;
        if (catalog.Index(dataset) is not { } index)
        {
            return YenteErrors.Detail(404, "No such dataset.");
        }

        if (query["extend"].FirstOrDefault() is { Length: > 0 } extend)
        {
            return Answer(extend, json => JsonAnswer.Bytes(w => ReconcileExtend.Write(w, json, entities.Find)));
        }

        if (query["queries"].FirstOrDefault() is { Length: > 0 } queries)
        {
            return Answer(queries, json => JsonAnswer.Bytes(w => ReconcileQueries.Write(w, index, json, limits)));
        }

        return JsonAnswer.Bytes(w => ReconcileManifest.Write(w, context.Request, dataset, index));
    }

    private static async Task<IResult> Post(HttpContext context, YenteCatalog catalog, EntitiesApi entities, string dataset, ServerLimits limits)
    {
        var request = context.Request;
        if (catalog.Index(dataset) is not { } index)
        {
            return YenteErrors.Detail(404, "No such dataset.");
        }

        string? queries;
        string? extend;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            queries = form["queries"].FirstOrDefault();
            extend = form["extend"].FirstOrDefault();
        }
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            string body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            (queries, extend) = SplitJsonBody(body);
        }

        if (!string.IsNullOrWhiteSpace(extend))
        {
            return Answer(extend, json => JsonAnswer.Bytes(w => ReconcileExtend.Write(w, json, entities.Find)));
        }

        if (string.IsNullOrWhiteSpace(queries))
        {
            return YenteErrors.Detail(400, "Send queries (form field 'queries', or a JSON body) or an extension request ('extend').");
        }

        return Answer(queries, json => JsonAnswer.Bytes(w => ReconcileQueries.Write(w, index, json, limits)));
    }

    // A JSON body is {"queries": …}, {"extend": …}, an extension request {"ids", "properties"} or a batch of keyed queries.
    private static (string? Queries, string? Extend) SplitJsonBody(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("queries", out var q))
                {
                    return (q.ValueKind == JsonValueKind.String ? q.GetString() : q.GetRawText(), null);
                }

                if (root.TryGetProperty("extend", out var e))
                {
                    return (null, e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText());
                }

                if (root.TryGetProperty("ids", out _))
                {
                    return (null, body);
                }
            }

            return (body, null);
        }
        catch (JsonException)
        {
            return (body, null); // reported as undecodable below
        }
    }

    private static IResult Answer(string json, Func<JsonElement, IResult> answer)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return answer(doc.RootElement);
        }
        catch (JsonException)
        {
            return YenteErrors.Detail(400, "Cannot decode the request: it is not valid JSON");
        }
        catch (InvalidReconcileQueryException e)
        {
            return YenteErrors.Detail(400, e.Message);
        }
    }

    private static IResult Preview(HttpContext context, YenteCatalog catalog, EntitiesApi entities, string dataset, string? id)
    {
        if (catalog.Index(dataset) is null)
        {
            return YenteErrors.Detail(404, "No such dataset.");
        }

        if (string.IsNullOrEmpty(id) || entities.Find(id) is not { } entity)
        {
            return YenteErrors.Detail(404, "No such entity!");
        }

        // OpenRefine shows the preview in a frame of its own page: this card (public list data, no actions) may be framed.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *";
        var html = new StringBuilder("<!doctype html><meta charset=\"utf-8\"><div style=\"font-family:sans-serif;font-size:13px\">");
        html.Append("<strong>").Append(WebUtility.HtmlEncode(entity.Caption)).Append("</strong> <em>").Append(WebUtility.HtmlEncode(entity.Schema)).Append("</em><dl>");
        foreach (var p in FtmTypes.Properties)
        {
            var values = FtmEntityWriter.Values(entity, p.Id);
            if (values.Count > 0 && p.Id != "name")
            {
                html.Append("<dt>").Append(WebUtility.HtmlEncode(p.Name)).Append("</dt><dd>")
                    .Append(WebUtility.HtmlEncode(string.Join("; ", values.Take(5).Select(v => p.Country ? FtmTypes.CountryLabel(v) : v)))).Append("</dd>");
            }
        }

        html.Append("<dt>Dataset</dt><dd>").Append(WebUtility.HtmlEncode(YenteDatasets.NameOf(entity.ListId))).Append("</dd></dl></div>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
