using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Scores a dossier's events against gold events (the <c>events</c> entries of <c>seeds-gold.json</c>: <c>doc</c> =
/// first three characters of the document's source, <c>type</c>, <c>actor</c>/<c>target</c> by <c>country</c> or
/// <c>names</c>, <c>category</c>, <c>amount</c>, <c>modality</c>, <c>symmetric</c>): precision and recall per event
/// type, per role and per modality.
/// </summary>
public static class EventEvaluator
{
    /// <summary>Evaluates; both arguments are parsed JSON documents.</summary>
    public static IReadOnlyList<EvaluationRow> Evaluate(JsonElement gold, JsonElement dossier)
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in Array(dossier, "documents"))
        {
            string source = Path.GetFileName(Str(d, "source") ?? "");
            if (source.Length >= 3 && Str(d, "id") is { } id)
            {
                docs[source[..3]] = id;
            }
        }

        var entities = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var e in Array(dossier, "entities"))
        {
            if (Str(e, "id") is { } id)
            {
                entities[id] = e;
            }
        }

        var golds = Array(gold, "events").Where(g => Str(g, "doc") is { } key && docs.ContainsKey(key)).ToList();
        var goldDocs = golds.Select(g => docs[Str(g, "doc")!]).ToHashSet(StringComparer.Ordinal);
        var predicted = Array(dossier, "events").Where(e => Documents(e).Any(goldDocs.Contains)).ToList();
        var rows = new List<EvaluationRow>();

        bool Loose(JsonElement g, JsonElement e) =>
            Strings(g, "type").Contains(Str(e, "type") ?? "") && Documents(e).Contains(docs[Str(g, "doc")!]);

        bool Roles(JsonElement g, JsonElement e)
        {
            bool straight = RoleOk(g, "actor", Str(e, "actor")) && RoleOk(g, "target", Str(e, "target"));
            bool swapped = g.TryGetProperty("symmetric", out var sym) && sym.ValueKind == JsonValueKind.True
                && RoleOk(g, "actor", Str(e, "target")) && RoleOk(g, "target", Str(e, "actor"));
            return straight || swapped;
        }

        bool Full(JsonElement g, JsonElement e)
        {
            if (!Loose(g, e) || !Roles(g, e))
            {
                return false;
            }

            var items = Array(e, "items").ToList();
            if (g.TryGetProperty("category", out _) && !items.Any(i => Strings(g, "category").Contains(Str(i, "category") ?? "")))
            {
                return false;
            }

            if (g.TryGetProperty("amount", out var amount) && !items.Any(i => i.TryGetProperty("quantity", out var q)
                && q.ValueKind == JsonValueKind.Object && q.TryGetProperty("amount", out var a) && a.GetDouble() == amount.GetDouble()))
            {
                return false;
            }

            return !g.TryGetProperty("modality", out _) || Strings(g, "modality").Contains(Str(e, "modality") ?? "");
        }

        bool RoleOk(JsonElement g, string role, string? entityId)
        {
            if (!g.TryGetProperty(role, out var spec))
            {
                return true;
            }

            if (entityId is null || !entities.TryGetValue(entityId, out var entity))
            {
                return false;
            }

            if (spec.TryGetProperty("country", out var c) && Str(entity, "country") == c.GetString())
            {
                return true;
            }

            return spec.TryGetProperty("names", out _) && NameMatch(entity, Strings(spec, "names"));
        }

        // Per event type (the gold's first type is its label).
        foreach (string type in golds.Select(g => Strings(g, "type")[0]).Concat(predicted.Select(e => Str(e, "type") ?? "")).Distinct().Order(StringComparer.Ordinal))
        {
            var g = golds.Where(x => Strings(x, "type")[0] == type).ToList();
            var p = predicted.Where(x => Str(x, "type") == type).ToList();
            rows.Add(new EvaluationRow("type", type, p.Count, p.Count(e => golds.Any(x => Full(x, e))), g.Count, g.Count(x => predicted.Any(e => Full(x, e)))));
        }

        // Per role: among events matching a gold event's type and document.
        foreach (string role in new[] { "actor", "target" })
        {
            var g = golds.Where(x => x.TryGetProperty(role, out _)).ToList();
            var p = predicted.Where(e => Str(e, role) is not null && g.Any(x => Loose(x, e))).ToList();
            rows.Add(new EvaluationRow("role", role, p.Count, p.Count(e => g.Any(x => Loose(x, e) && RoleOk(x, role, Str(e, role)))),
                g.Count, g.Count(x => predicted.Any(e => Loose(x, e) && RoleOk(x, role, Str(e, role))))));
        }

        // Per modality: among events matching type, document and roles (the gold's first modality is its label).
        var withModality = golds.Where(x => x.TryGetProperty("modality", out _)).ToList();
        foreach (string modality in withModality.Select(x => Strings(x, "modality")[0]).Concat(predicted.Select(e => Str(e, "modality") ?? "")).Distinct().Order(StringComparer.Ordinal))
        {
            var g = withModality.Where(x => Strings(x, "modality")[0] == modality).ToList();
            var p = predicted.Where(e => Str(e, "modality") == modality && withModality.Any(x => Loose(x, e) && Roles(x, e))).ToList();
            rows.Add(new EvaluationRow("modality", modality, p.Count,
                p.Count(e => withModality.Any(x => Loose(x, e) && Roles(x, e) && Strings(x, "modality").Contains(modality))),
                g.Count, g.Count(x => predicted.Any(e => Loose(x, e) && Roles(x, e) && Strings(x, "modality").Contains(Str(e, "modality") ?? "")))));
        }

        rows.Add(new EvaluationRow("all", "events", predicted.Count, predicted.Count(e => golds.Any(x => Full(x, e))), golds.Count, golds.Count(x => predicted.Any(e => Full(x, e)))));
        return rows;
    }

    /// <summary>The rows as an aligned text table.</summary>
    public static string Format(IReadOnlyList<EvaluationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.AppendLine("group     label          precision          recall");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Group,-9} {r.Label,-14} {Ratio(r.Correct, r.Predicted),-18} {Ratio(r.Found, r.Gold)}"));
        }

        return sb.ToString();
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)a / b:0.000} ({a}/{b})");

    private static bool NameMatch(JsonElement entity, IReadOnlyList<string> variants)
    {
        var names = new List<string>();
        if (Str(entity, "name") is { } n)
        {
            names.Add(Normalize(n));
        }

        names.AddRange(Strings(entity, "aliases").Select(Normalize));
        foreach (string v in variants)
        {
            var words = Normalize(v).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (names.Any(name => words.All(name.Split(' ').Contains)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return [];
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => [v.GetString()!],
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList(),
            _ => [],
        };
    }

    private static IEnumerable<string> Documents(JsonElement e) => Array(e, "evidence").Select(x => Str(x, "document")).OfType<string>();
}
