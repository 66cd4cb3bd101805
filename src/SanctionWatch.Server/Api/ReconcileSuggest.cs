using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>The reconciliation API's suggestions (entities, types, properties by prefix) and its proposal of properties for data extension.</summary>
public static class ReconcileSuggest
{
    /// <summary><c>GET …/suggest/entity?prefix=</c>: entries whose name starts with the prefix, then the best-scoring by name.</summary>
    public static IResult Entities(HttpContext context, YenteCatalog catalog, string dataset, ServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(limits);
        if (Prefix(context, out var error) is not { } prefix)
        {
            return error!;
        }

        if (prefix.Length > limits.MaxNameLength)
        {
            return YenteErrors.InvalidParameter("prefix", $"String should have at most {limits.MaxNameLength} characters", prefix, "string_too_long");
        }

        int? limit = QueryParameters.Integer(context.Request.Query, "limit", 10, 500, out error);
        if (error is not null || limit is null)
        {
            return error!;
        }

        if (catalog.Index(dataset) is not { } index)
        {
            return YenteErrors.Detail(404, "No such dataset.");
        }

        var found = index.Entities.Where(e => StartsWith(e, prefix)).Take(limit.Value).ToList();
        if (found.Count < limit.Value)
        {
            var seen = found.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            found.AddRange(index.Screen(ScreeningQuery.ForName(prefix), limit.Value, 0.3, explain: false)
                .Select(r => r.Entity).Where(e => seen.Add(e.Id)).Take(limit.Value - found.Count));
        }

        return Suggestions(prefix, w =>
        {
            foreach (var e in found)
            {
                w.WriteStartObject();
                ReconcileQueries.WriteEntityHead(w, e.Id, e.Caption, e.Schema);
                w.WriteEndObject();
            }
        });
    }

    /// <summary><c>GET …/suggest/type?prefix=</c>.</summary>
    public static IResult Types(HttpContext context, YenteCatalog catalog, string dataset) =>
        ModelSuggestions(context, catalog, dataset, FtmTypes.Schemata.Select(t => (t.Id, t.Name, (string?)t.Description)));

    /// <summary><c>GET …/suggest/property?prefix=</c>.</summary>
    public static IResult Properties(HttpContext context, YenteCatalog catalog, string dataset) =>
        ModelSuggestions(context, catalog, dataset, FtmTypes.Properties.Select(p => (p.Id, p.Name, (string?)null)));

    /// <summary><c>GET …/extend/property?type=&amp;limit=</c>.</summary>
    public static IResult Proposal(HttpContext context, YenteCatalog catalog, string dataset)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        string type = context.Request.Query["type"].FirstOrDefault() is { Length: > 0 } t ? t : SchemaNames.Thing;
        int? limit = QueryParameters.Integer(context.Request.Query, "limit", 0, 500, out var error);
        if (error is not null || limit is null)
        {
            return error!;
        }

        if (catalog.Index(dataset) is null)
        {
            return YenteErrors.Detail(404, "No such dataset.");
        }

        return FtmTypes.Schema(type) is { } schema
            ? JsonAnswer.Bytes(w => ReconcileExtend.WriteProposal(w, schema, limit.Value))
            : YenteErrors.Detail(400, $"Invalid type: {type}");
    }

    // The prefix, required and non-empty as in yente (a 422 otherwise).
    private static string? Prefix(HttpContext context, out IResult? error)
    {
        string? prefix = context.Request.Query["prefix"].FirstOrDefault();
        error = string.IsNullOrWhiteSpace(prefix)
            ? YenteErrors.InvalidParameter("prefix", "String should have at least 1 character", prefix ?? "", "string_too_short")
            : null;
        return error is null ? prefix!.Trim() : null;
    }

    // Types and properties come from the FtM model, not the data: the dataset must exist but is not read.
    private static IResult ModelSuggestions(HttpContext context, YenteCatalog catalog, string dataset, IEnumerable<(string Id, string Name, string? Description)> items)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (Prefix(context, out var error) is not { } prefix)
        {
            return error!;
        }

        return catalog.Index(dataset) is null ? YenteErrors.Detail(404, "No such dataset.") : Suggestions(prefix, w =>
        {
            foreach (var (id, name, description) in items.Where(i => FtmTypes.MatchesPrefix(prefix, i.Id, i.Name)))
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", name);
                if (description is not null)
                {
                    w.WriteString("description", description);
                }

                w.WriteEndObject();
            }
        });
    }

    private static bool StartsWith(ListEntity e, string prefix) =>
        e.Caption.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        || e.Get(FtmProperty.Name).Concat(e.Get(FtmProperty.Alias)).Any(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static IResult Suggestions(string prefix, Action<Utf8JsonWriter> results) => JsonAnswer.Bytes(w =>
    {
        w.WriteStartObject();
        w.WriteString("code", "/api/status/ok");
        w.WriteString("status", "200 OK");
        w.WriteString("prefix", prefix);
        w.WriteStartArray("result");
        results(w);
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
