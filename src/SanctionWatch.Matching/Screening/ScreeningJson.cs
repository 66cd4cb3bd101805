using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Matching.Screening;

/// <summary>Writes screening output in the batch line shape: <c>{"query", "results", "algorithm", "threshold"}</c>.</summary>
public static class ScreeningJson
{
    /// <summary>Writer options that keep non-ASCII names readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one query's results as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, string query, IReadOnlyList<ScreeningResult> results, double threshold)
    {
        w.WriteStartObject();
        w.WriteString("query", query);
        w.WriteStartArray("results");
        foreach (var r in results)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("caption", r.Caption);
            w.WriteString("schema", r.Schema);
            w.WriteNumber("score", r.Score);
            w.WriteBoolean("match", r.Match);
            w.WriteString("list", r.ListId);
            w.WriteString("reference", r.Reference);
            w.WriteStartArray("programs");
            foreach (var p in r.Programs)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
            if (r.ListDate is { } d)
            {
                w.WriteString("list_date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("list_date");
            }

            WriteExplanations(w, r.Explanations);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("algorithm", EntityMatcher.Algorithm);
        w.WriteNumber("threshold", threshold);
        w.WriteEndObject();
    }

    /// <summary>Writes <c>"explanations": {feature: {score, detail}}</c>.</summary>
    public static void WriteExplanations(Utf8JsonWriter w, IReadOnlyDictionary<string, MatchFeature> explanations)
    {
        w.WriteStartObject("explanations");
        foreach (var (name, f) in explanations)
        {
            w.WriteStartObject(name);
            w.WriteNumber("score", f.Score);
            w.WriteString("detail", f.Detail);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
