using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Server.Hosting;

namespace SanctionWatch.Server.Api;

/// <summary>yente's <c>POST /match/{dataset}</c>: a batch of query entities, each answered with scored list entries, filters and options honoured.</summary>
public sealed class MatchApi(YenteCatalog catalog, FtmEntityWriter writer, ServerLimits limits)
{
    /// <summary>Results per query unless <c>limit</c> says otherwise (yente's MATCH_PAGE).</summary>
    public const int DefaultLimit = 5;

    /// <summary>The most results per query (yente's MAX_MATCHES).</summary>
    public const int MaxLimit = 500;

    /// <summary>Answers one request.</summary>
    public async Task<IResult> Handle(HttpContext context, Workbench wb, string dataset)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(wb);
        var query = context.Request.Query;
        var index = catalog.Index(dataset);
        if (index is null)
        {
            return YenteErrors.Detail(404, "No such dataset.");
        }

        int? limit = QueryParameters.Integer(query, "limit", DefaultLimit, MaxLimit, out var error);
        double? threshold = error is null ? QueryParameters.Number(query, "threshold", 0.7, out error) : null;
        double? cutoff = error is null ? QueryParameters.Number(query, "cutoff", 0.5, out error) : null;
        var filter = error is null ? ResultFilter.From(query, wb.Decisions(), writer, out error) : null;
        if (error is not null || limit is null || threshold is null || cutoff is null || filter is null)
        {
            return error!;
        }

        string? algorithm = query["algorithm"].FirstOrDefault();
        if (!YenteAlgorithms.Accepts(algorithm))
        {
            return YenteErrors.Detail(400, YenteAlgorithms.Invalid(algorithm!));
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return YenteErrors.InvalidBody("JSON decode error: " + e.Message.Split('.')[0]);
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Object)
            {
                return YenteErrors.InvalidBody("Field required: the body needs a 'queries' object", "missing");
            }

            if (root.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object && config.EnumerateObject().FirstOrDefault() is { Name: { } key } && key.Length > 0)
            {
                return YenteErrors.Detail(400, $"Invalid configuration parameter: {key} for algorithm {EntityMatcher.AlgorithmName}");
            }

            var entries = queries.EnumerateObject().ToList();
            if (MatchQueries.CheckLimits(entries, limits) is { } refused)
            {
                return refused;
            }

            double matchAt = threshold.Value;
            double keepAt = Math.Min(cutoff.Value, matchAt);
            context.Response.Headers["x-batch-size"] = entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return JsonAnswer.Bytes(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("responses");
                foreach (var entry in entries)
                {
                    w.WritePropertyName(entry.Name);
                    WriteResponse(w, index, entry, limit.Value, keepAt, matchAt, filter);
                }

                w.WriteEndObject();
                w.WritePropertyName("matcher");
                YenteAlgorithms.WriteFeatureDocs(w);
                w.WriteNumber("limit", limit.Value);
                w.WriteStartObject("algorithm");
                w.WriteString("name", EntityMatcher.AlgorithmName);
                w.WriteString("version", EntityMatcher.AlgorithmVersion);
                w.WriteString("requested", string.IsNullOrEmpty(algorithm) ? "default" : algorithm);
                w.WriteNumber("threshold", matchAt);
                w.WriteNumber("cutoff", keepAt);
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }
    }

    private void WriteResponse(Utf8JsonWriter w, ScreeningIndex index, JsonProperty entry, int limit, double keepAt, double matchAt, ResultFilter filter)
    {
        var (query, invalid) = MatchQueries.Read(entry);
        w.WriteStartObject();
        var results = new List<ScreeningResult>();
        int matches = 0;
        if (query is null)
        {
            w.WriteNumber("status", 400);
            w.WriteString("detail", invalid);
        }
        else
        {
            string? queryId = YenteQuery.Id(entry.Value);
            var kept = index.Screen(query, limit + filter.Headroom, keepAt)
                .Where(r => r.Score >= keepAt && filter.Keeps(r.Entity, entry.Name, queryId))
                .ToList();
            matches = kept.Count(r => r.Score >= matchAt);
            results = kept.Take(limit).ToList();
            w.WriteNumber("status", 200);
        }

        w.WriteStartArray("results");
        foreach (var r in results)
        {
            writer.Write(w, r.Entity, nested: false, r with { Match = r.Score >= matchAt });
        }

        w.WriteEndArray();
        w.WriteStartObject("total");
        w.WriteNumber("value", matches);
        w.WriteString("relation", "eq");
        w.WriteEndObject();
        MatchQueries.WriteEcho(w, entry);
        w.WriteEndObject();
    }
}
