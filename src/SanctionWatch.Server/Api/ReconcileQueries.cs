using System.Text.Json;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Server.Api;

/// <summary>
/// Reconciliation queries (<c>{"query", "type", "limit", "properties": [{"pid", "v"}]}</c>) answered with scored
/// candidates, in the batch shape of the 0.2 API (<c>{"q0": {"result": […]}}</c>) or the array shape of 1.0 (<c>{"results": [{"candidates": […]}]}</c>).
/// </summary>
public static class ReconcileQueries
{
    /// <summary>The most queries in one batch, as yente allows.</summary>
    public const int MaxBatch = 100;

    /// <summary>Answers a 0.2 batch (an object of keyed queries) or a 1.0 array of queries.</summary>
    /// <exception cref="InvalidReconcileQueryException">The batch or one of its queries cannot be read.</exception>
    public static void Write(Utf8JsonWriter w, ScreeningIndex index, JsonElement batch, ServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(limits);
        bool array = batch.ValueKind == JsonValueKind.Array;
        var queries = array
            ? batch.EnumerateArray().Select((q, i) => (Key: i.ToString(System.Globalization.CultureInfo.InvariantCulture), Query: q)).ToList()
            : batch.ValueKind == JsonValueKind.Object ? batch.EnumerateObject().Select(p => (Key: p.Name, Query: p.Value)).ToList()
            : throw new InvalidReconcileQueryException("The queries must be a JSON object of keyed queries or an array of queries");
        if (queries.Count > MaxBatch)
        {
            throw new InvalidReconcileQueryException($"Too many queries in one batch (limit: {MaxBatch})");
        }

        // The same work budget as /match: names per query, name length and names per request, checked before any scoring.
        var read = queries.Select(q => (q.Key, Query: Read(q.Key, q.Query, limits))).ToList();
        int total = read.Sum(r => r.Query?.Names.Count ?? 0);
        if (total > limits.MaxNamesPerRequest)
        {
            throw new InvalidReconcileQueryException($"At most {limits.MaxNamesPerRequest} names per request: the request has {total}; split it into several requests.");
        }

        var answers = read.Select(r => (r.Key, Results: r.Query is { } q ? index.Screen(q.Query, q.Limit, 0) : (IReadOnlyList<ScreeningResult>)[])).ToList();
        w.WriteStartObject();
        if (array)
        {
            w.WriteStartArray("results");
        }

        foreach (var (key, results) in answers)
        {
            if (array)
            {
                w.WriteStartObject();
                w.WriteStartArray("candidates");
            }
            else
            {
                w.WriteStartObject(key);
                w.WriteStartArray("result");
            }

            foreach (var r in results)
            {
                WriteCandidate(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (array)
        {
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes one entity as the reconciliation API shows it: id, name, description and types.</summary>
    public static void WriteEntityHead(Utf8JsonWriter w, string id, string caption, string schema)
    {
        ArgumentNullException.ThrowIfNull(w);
        var type = FtmTypes.Schema(schema);
        w.WriteString("id", id);
        w.WriteString("name", caption);
        w.WriteString("description", type?.Description ?? schema);
        w.WriteStartArray("type");
        w.WriteStartObject();
        w.WriteString("id", schema);
        w.WriteString("name", type?.Name ?? schema);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteCandidate(Utf8JsonWriter w, ScreeningResult r)
    {
        w.WriteStartObject();
        WriteEntityHead(w, r.Id, r.Caption, r.Schema);
        w.WriteNumber("score", Math.Round(r.Score, 4));
        w.WriteBoolean("match", r.Score >= MatcherParameters.Default.Threshold);
        w.WriteStartObject("features");
        foreach (var (name, f) in r.Explanations)
        {
            w.WriteNumber(name, Math.Round(f.Score, 4));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    // A query to screen, its limit and its names; null for a query without a name (answered with no candidates).
    private static (ScreeningQuery Query, int Limit, IReadOnlyList<string> Names)? Read(string key, JsonElement q, ServerLimits limits)
    {
        if (q.ValueKind == JsonValueKind.String)
        {
            return Checked(key, ScreeningQuery.ForName(q.GetString()!), 5, limits);
        }

        if (q.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidReconcileQueryException($"Query '{key}' is not an object");
        }

        string? schema = Type(q);
        if (schema is not null && FtmTypes.Schema(schema) is null)
        {
            throw new InvalidReconcileQueryException($"Query '{key}' has the unknown type '{schema}'");
        }

        var names = new List<string>();
        var dates = new List<string>();
        var countries = new List<string>();
        if (q.TryGetProperty("query", out var text) && text.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetString()))
        {
            names.Add(text.GetString()!);
        }

        if (q.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in props.EnumerateArray())
            {
                string pid = p.TryGetProperty("pid", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "";
                var target = FtmTypes.Property(pid)?.Id switch
                {
                    "name" or "alias" or "previousName" or "weakAlias" => names,
                    "birthDate" => dates,
                    "nationality" or "country" or "jurisdiction" or "citizenship" => countries,
                    _ => null,
                };
                target?.AddRange(p.TryGetProperty("v", out var v) ? Strings(v) : []);
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        int limit = q.TryGetProperty("limit", out var l) && l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out int n) ? Math.Clamp(n, 1, 100) : 5;
        try
        {
            return Checked(key, ScreeningQuery.FromInput(key, schema, names, dates, countries), limit, limits);
        }
        catch (InvalidQueryException e)
        {
            throw new InvalidReconcileQueryException($"Query '{key}': {e.Message}");
        }
    }

    private static (ScreeningQuery, int, IReadOnlyList<string>) Checked(string key, ScreeningQuery query, int limit, ServerLimits limits)
    {
        if (query.Names.Count > limits.MaxNamesPerQuery)
        {
            throw new InvalidReconcileQueryException($"At most {limits.MaxNamesPerQuery} names per query: query '{key}' has {query.Names.Count}.");
        }

        if (query.Names.Any(n => n.Length > limits.MaxNameLength))
        {
            throw new InvalidReconcileQueryException($"A name is at most {limits.MaxNameLength} characters: query '{key}' has a longer one.");
        }

        return (query, limit, query.Names);
    }

    // The query's type: a string, the first of a list, or null for any.
    private static string? Type(JsonElement q)
    {
        if (!q.TryGetProperty("type", out var t))
        {
            return null;
        }

        return t.ValueKind switch
        {
            JsonValueKind.String => t.GetString(),
            JsonValueKind.Array => t.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : null).FirstOrDefault(),
            _ => null,
        };
    }

    // A property value as clients send it: a string, a number, {"id": …} or {"name": …}, or a list of these.
    private static IEnumerable<string> Strings(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => [v.GetString()!],
        JsonValueKind.Number => [v.GetRawText()],
        JsonValueKind.Array => v.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => v.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? [id.GetString()!]
            : v.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? [name.GetString()!] : [],
        _ => [],
    };
}
