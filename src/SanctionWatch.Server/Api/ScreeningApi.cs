using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Server.Hosting;

namespace SanctionWatch.Server.Api;

/// <summary>Screening in yente's shapes (<c>/match</c>, <c>/search</c>, <c>/entities</c>, <c>/algorithms</c>), so a yente client works unchanged.</summary>
public static class ScreeningApi
{
    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias", "firstName", "lastName"];

    /// <summary>Maps the yente-compatible endpoints.</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app, ServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var api = app.MapGroup("").WithTags("Screening");
        api.MapPost("/match/{dataset}", (HttpRequest request, Workbench wb, string dataset, double? threshold, double? cutoff, int? limit, string? algorithm) =>
                Match(request, wb, limits, dataset, threshold, cutoff, limit, algorithm)).Accepts<JsonElement>("application/json")
            .WithSummary("Matches query entities against a dataset (yente's /match)");
        api.MapGet("/search/{dataset}", Search).WithSummary("Searches a dataset by name (yente's /search)");
        api.MapGet("/entities/{id}", (Workbench wb, string id) =>
            wb.ListEntity(id) is { } e ? Json(w => WriteEntity(w, e, null)) : Results.Problem(statusCode: 404, title: "Entity not found"));
        api.MapGet("/algorithms", () => Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("algorithms");
            w.WriteStartObject();
            w.WriteString("name", EntityMatcher.AlgorithmName);
            w.WriteString("description", "Name matching across scripts and spellings, with birth date, country and identifier features; every score explained.");
            w.WriteStartObject("features");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("default", EntityMatcher.AlgorithmName);
            w.WriteString("best", EntityMatcher.AlgorithmName);
            w.WriteEndObject();
        }));
        return app;
    }

    private static async Task<IResult> Match(HttpRequest request, Workbench wb, ServerLimits limits, string dataset, double? threshold, double? cutoff, int? limit, string? algorithm)
    {
        if (algorithm is not null && algorithm is not ("best" or "default") && algorithm != EntityMatcher.AlgorithmName)
        {
            return Results.Problem(statusCode: 400, title: $"Unknown algorithm '{algorithm}'", detail: $"Use '{EntityMatcher.AlgorithmName}', 'default' or 'best'.");
        }

        var index = wb.Index(dataset);
        if (index is null)
        {
            return Results.Problem(statusCode: 404, title: $"Dataset '{dataset}' not found", detail: "Load lists with 'sanctionwatch lists import'.");
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: 400, title: "The body is not valid JSON");
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object
                || !body.RootElement.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Object)
            {
                return Results.Problem(statusCode: 422, title: "The body needs a 'queries' object");
            }

            var entries = queries.EnumerateObject().ToList();
            if (CheckLimits(entries, limits) is { } refused)
            {
                return refused;
            }

            var exclusions = Exclusions.From(request.Query, wb.Decisions());
            double matchAt = threshold ?? 0.7;
            double keepAt = Math.Min(cutoff ?? 0.5, matchAt);
            int max = Math.Clamp(limit ?? 5, 1, 500);
            return Json(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("responses");
                foreach (var entry in entries)
                {
                    w.WritePropertyName(entry.Name);
                    WriteResponse(w, index, entry, max, keepAt, matchAt, exclusions);
                }

                w.WriteEndObject();
                w.WriteStartObject("matcher");
                w.WriteString("name", EntityMatcher.AlgorithmName);
                w.WriteString("version", EntityMatcher.AlgorithmVersion);
                w.WriteNumber("threshold", matchAt);
                w.WriteEndObject();
                w.WriteNumber("limit", max);
                w.WriteEndObject();
            });
        }
    }

    // Refuses work beyond the request's budget before any of it is done, and unknown schemata as yente does.
    private static IResult? CheckLimits(List<JsonProperty> entries, ServerLimits limits)
    {
        if (entries.Count > limits.MaxQueries)
        {
            return Results.Problem(statusCode: 422, title: $"At most {limits.MaxQueries} queries per request");
        }

        int total = 0;
        foreach (var entry in entries)
        {
            var q = entry.Value;
            if (q.ValueKind == JsonValueKind.Object && q.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String
                && !FtmSchemata.Names.Contains(s.GetString()!))
            {
                return Results.Problem(statusCode: 400, title: "Invalid schema", detail: $"Query '{entry.Name}' has the unknown schema '{s.GetString()}'.");
            }

            var names = Names(q);
            if (names.Length > limits.MaxNamesPerQuery)
            {
                return Results.Problem(statusCode: 422, title: $"At most {limits.MaxNamesPerQuery} names per query", detail: $"Query '{entry.Name}' has {names.Length}.");
            }

            if (names.Any(n => n.Length > limits.MaxNameLength))
            {
                return Results.Problem(statusCode: 422, title: $"A name is at most {limits.MaxNameLength} characters", detail: $"Query '{entry.Name}' has a longer one.");
            }

            total += names.Length;
        }

        return total > limits.MaxNamesPerRequest
            ? Results.Problem(statusCode: 422, title: $"At most {limits.MaxNamesPerRequest} names per request",
                detail: $"The request has {total}; split it into several requests.")
            : null;
    }

    private static string[] Names(JsonElement q)
    {
        var props = q.ValueKind == JsonValueKind.Object && q.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        return NameProperties.SelectMany(key => props.ValueKind == JsonValueKind.Object && props.TryGetProperty(key, out var v)
            ? v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                : v.ValueKind == JsonValueKind.String ? [v.GetString()!] : []
            : []).ToArray();
    }

    private static void WriteResponse(Utf8JsonWriter w, ScreeningIndex index, JsonProperty entry, int limit, double keepAt, double matchAt, Exclusions exclusions)
    {
        var q = entry.Value;
        string? schema = q.ValueKind == JsonValueKind.Object && q.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var props = q.ValueKind == JsonValueKind.Object && q.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        string[] Values(string key) => props.ValueKind == JsonValueKind.Object && props.TryGetProperty(key, out var v)
            ? v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                : v.ValueKind == JsonValueKind.String ? [v.GetString()!] : []
            : [];
        var names = NameProperties.SelectMany(Values).ToArray();
        ScreeningQuery? query = null;
        string? invalid = schema is null ? "The query needs a 'schema'" : names.Length == 0 ? "The query needs a 'name' property" : null;
        if (invalid is null)
        {
            try
            {
                query = ScreeningQuery.FromInput(entry.Name, schema, names, Values("birthDate"), Values("country").Concat(Values("nationality")).Concat(Values("jurisdiction")));
            }
            catch (InvalidQueryException e)
            {
                invalid = e.Message;
            }
        }

        w.WriteStartObject();
        if (query is null)
        {
            w.WriteNumber("status", 400);
            w.WriteString("detail", invalid);
            w.WriteStartArray("results");
            w.WriteEndArray();
            w.WriteStartObject("total");
            w.WriteNumber("value", 0);
            w.WriteString("relation", "eq");
            w.WriteEndObject();
        }
        else
        {
            string? queryId = q.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
            var results = index.Screen(query, limit + exclusions.Headroom, keepAt)
                .Where(r => !exclusions.Excludes(r.Entity, entry.Name, queryId))
                .Take(limit)
                .ToList();
            w.WriteNumber("status", 200);
            w.WriteStartArray("results");
            foreach (var r in results)
            {
                WriteEntity(w, r.Entity, r with { Match = r.Score >= matchAt });
            }

            w.WriteEndArray();
            w.WriteStartObject("total");
            w.WriteNumber("value", results.Count);
            w.WriteString("relation", "eq");
            w.WriteEndObject();
        }

        w.WritePropertyName("query");
        w.WriteStartObject();
        w.WriteString("id", entry.Name);
        w.WriteString("schema", schema ?? "Thing");
        w.WritePropertyName("properties");
        if (props.ValueKind == JsonValueKind.Object)
        {
            props.WriteTo(w);
        }
        else
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static IResult Search(Workbench wb, string dataset, string? q, string? schema, int? limit, int? offset)
    {
        var index = wb.Index(dataset);
        if (index is null)
        {
            return Results.Problem(statusCode: 404, title: $"Dataset '{dataset}' not found");
        }

        int max = Math.Clamp(limit ?? 10, 0, 500);
        int skip = Math.Clamp(offset ?? 0, 0, 10_000);
        ScreeningQuery? query;
        try
        {
            query = string.IsNullOrWhiteSpace(q) ? null : ScreeningQuery.FromInput(q, schema, [q], [], []);
        }
        catch (InvalidQueryException e)
        {
            return Results.Problem(statusCode: 400, title: e.Message);
        }

        var results = query is null ? [] : index.Screen(query, skip + max, 0.3).Skip(skip).ToList();
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("limit", max);
            w.WriteNumber("offset", skip);
            w.WriteStartObject("total");
            w.WriteNumber("value", skip + results.Count);
            w.WriteString("relation", results.Count == max ? "gte" : "eq");
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var r in results)
            {
                WriteEntity(w, r.Entity, r);
            }

            w.WriteEndArray();
            w.WriteStartObject("facets");
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void WriteEntity(Utf8JsonWriter w, ListEntity e, ScreeningResult? r)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("caption", e.Caption);
        w.WriteString("schema", e.Schema);
        w.WriteStartObject("properties");
        foreach (var (key, values) in e.Properties)
        {
            w.WriteStartArray(key);
            foreach (var v in values)
            {
                w.WriteStringValue(v);
            }

            w.WriteEndArray();
        }

        if (!e.Properties.ContainsKey("program") && e.Programs.Count > 0)
        {
            w.WriteStartArray("program");
            foreach (var p in e.Programs)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartArray("datasets");
        w.WriteStringValue(e.ListId);
        w.WriteEndArray();
        w.WriteStartArray("referents");
        w.WriteEndArray();
        w.WriteBoolean("target", true);
        string? seen = e.ListDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00" : null;
        foreach (string field in new[] { "first_seen", "last_seen", "last_change" })
        {
            if (seen is null)
            {
                w.WriteNull(field);
            }
            else
            {
                w.WriteString(field, seen);
            }
        }

        if (r is not null)
        {
            w.WriteNumber("score", Math.Round(r.Score, 4));
            w.WriteBoolean("match", r.Match);
            w.WriteStartObject("features");
            foreach (var (name, f) in r.Explanations)
            {
                w.WriteNumber(name, Math.Round(f.Score, 4));
            }

            w.WriteEndObject();
            ScreeningJson.WriteExplanations(w, r.Explanations);
        }

        w.WriteEndObject();
    }

    private static IResult Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScreeningJson.WriterOptions))
        {
            write(w);
        }

        return Results.Bytes(buffer.ToArray(), "application/json");
    }
}
