using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>Reads the query entities of a <c>/match</c> body: the request's budget, each query's schema, names, birth dates and countries, and its echo.</summary>
public static class MatchQueries
{
    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias", "firstName", "lastName"];

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

            var names = Names(q);
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

    /// <summary>The screening query of one entry, or why it cannot be read.</summary>
    public static (ScreeningQuery? Query, string? Invalid) Read(JsonProperty entry)
    {
        var q = entry.Value;
        string? schema = q.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var names = Names(q);
        if (schema is null)
        {
            return (null, "The query needs a 'schema'");
        }

        if (names.Length == 0)
        {
            return (null, "The query needs a 'name' property");
        }

        try
        {
            return (ScreeningQuery.FromInput(entry.Name, schema, names, Values(q, "birthDate"),
                Values(q, "country").Concat(Values(q, "nationality")).Concat(Values(q, "jurisdiction")).Concat(Values(q, "citizenship"))), null);
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
        w.WriteString("id", q.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : entry.Name);
        w.WriteString("schema", q.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : SchemaNames.Thing);
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

    private static string[] Names(JsonElement q) => NameProperties.SelectMany(key => Values(q, key)).ToArray();

    private static string[] Values(JsonElement q, string key)
    {
        if (q.ValueKind != JsonValueKind.Object || !q.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object
            || !props.TryGetProperty(key, out var v))
        {
            return [];
        }

        return v.ValueKind switch
        {
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray(),
            JsonValueKind.String => [v.GetString()!],
            _ => [],
        };
    }
}
