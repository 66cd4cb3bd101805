using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>Reads the query entities of a <c>/match</c> body: the request's budget, each query's schema, names, birth dates and countries, and its echo.</summary>
public static class MatchQueries
{
    /// <summary>Refuses work beyond the request's budget before any of it is done, and unknown schemata, as yente does.</summary>
    public static IResult? CheckLimits(List<JsonProperty> entries, ServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(limits);
        if (entries.Count == 0)
        {
            return YenteErrors.Detail(400, "No queries provided.");
        }

        if (entries.Count > limits.MaxQueries)
        {
            return YenteErrors.Detail(400, $"Too many queries in one batch (limit: {limits.MaxQueries})");
        }

        int total = 0;
        foreach (var entry in entries)
        {
            var q = entry.Value;
            if (q.ValueKind != JsonValueKind.Object)
            {
                return YenteErrors.Detail(400, $"Cannot parse example entity: query '{entry.Name}' is not an object");
            }

            if (q.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String && !FtmSchemata.Names.Contains(s.GetString()!))
            {
                return YenteErrors.Detail(400, $"Cannot parse example entity: query '{entry.Name}' has the unknown schema '{s.GetString()}'");
            }

            var names = YenteQuery.Names(q);
            if (names.Length > limits.MaxNamesPerQuery)
            {
                return YenteErrors.Detail(422, $"At most {limits.MaxNamesPerQuery} names per query: query '{entry.Name}' has {names.Length}.");
            }

            if (names.Any(n => n.Length > limits.MaxNameLength))
            {
                return YenteErrors.Detail(422, $"A name is at most {limits.MaxNameLength} characters: query '{entry.Name}' has a longer one.");
            }

            total += names.Length;
        }

        return total > limits.MaxNamesPerRequest
            ? YenteErrors.Detail(422, $"At most {limits.MaxNamesPerRequest} names per request: the request has {total}; split it into several requests.")
            : null;
    }

    /// <summary>The screening query of one entry (read as <c>screen --batch</c> reads it), or why it cannot be read; yente requires a schema.</summary>
    public static (ScreeningQuery? Query, string? Invalid) Read(JsonProperty entry)
    {
        if (YenteQuery.Schema(entry.Value) is null)
        {
            return (null, "The query needs a 'schema'");
        }

        try
        {
            return (YenteQuery.Read(entry.Value, entry.Name), null);
        }
        catch (InvalidQueryException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Writes <c>"query": {id, schema, properties}</c> as the caller sent it.</summary>
    public static void WriteEcho(Utf8JsonWriter w, JsonProperty entry)
    {
        ArgumentNullException.ThrowIfNull(w);
        var q = entry.Value;
        w.WritePropertyName("query");
        w.WriteStartObject();
        w.WriteString("id", YenteQuery.Id(q) ?? entry.Name);
        w.WriteString("schema", YenteQuery.Schema(q) ?? SchemaNames.Thing);
        w.WritePropertyName("properties");
        if (q.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            p.WriteTo(w);
        }
        else
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
