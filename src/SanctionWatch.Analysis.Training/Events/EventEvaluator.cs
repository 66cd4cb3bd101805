using System.Globalization;
using System.Text.Json;

namespace SanctionWatch.Analysis.Training.Events;

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
        var scorer = new Scorer(gold, dossier);
        var golds = scorer.Golds;
        var predicted = scorer.Predicted;
        var rows = new List<EvaluationRow>();
        bool Loose(JsonElement g, JsonElement e) => scorer.Loose(g, e);
        bool Roles(JsonElement g, JsonElement e) => scorer.Roles(g, e);
        bool Full(JsonElement g, JsonElement e) => scorer.Full(g, e);
        bool RoleOk(JsonElement g, string role, string? entityId) => scorer.RoleOk(g, role, entityId);

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
        rows.Add(new EvaluationRow("all", "type+roles", predicted.Count, predicted.Count(e => golds.Any(x => Loose(x, e) && Roles(x, e))),
            golds.Count, golds.Count(x => predicted.Any(e => Loose(x, e) && Roles(x, e)))));
        return rows;
    }

    /// <summary>
    /// Every extracted event that matches no gold event on type and roles (wrong), and every gold event that no
    /// extracted event matches fully (missed), one line each with its sentence or gold note, for reading one by one.
    /// </summary>
    public static EvaluationErrors Errors(JsonElement gold, JsonElement dossier)
    {
        var scorer = new Scorer(gold, dossier);
        var wrong = scorer.Predicted.Where(e => !scorer.Golds.Any(g => scorer.Loose(g, e) && scorer.Roles(g, e)))
            .Select(e => $"{scorer.KeyOf(e)} {scorer.Describe(e)} | {Sentence(e)}").ToList();
        var missed = new List<string>();
        foreach (var g in scorer.Golds.Where(g => !scorer.Predicted.Any(e => scorer.Full(g, e))))
        {
            string why = scorer.Predicted.FirstOrDefault(e => scorer.Loose(g, e) && scorer.Roles(g, e)) is { ValueKind: JsonValueKind.Object } near
                ? "found with other items or modality: " + scorer.Describe(near)
                : scorer.Predicted.FirstOrDefault(e => scorer.Loose(g, e)) is { ValueKind: JsonValueKind.Object } typed
                    ? "found with other roles: " + scorer.Describe(typed)
                    : "not found";
            missed.Add($"{Str(g, "id") ?? Str(g, "doc")} {string.Join('/', Strings(g, "type"))} {Spec(g, "actor")}->{Spec(g, "target")} [{string.Join(',', Strings(g, "category"))}] {string.Join('/', Strings(g, "modality"))} — {why} | {Str(g, "note")}");
        }

        return new EvaluationErrors(wrong, missed);
    }

    private static string Sentence(JsonElement e) => Array(e, "evidence").Select(x => Str(x, "text")).FirstOrDefault(t => t is not null) ?? "";

    private static string Spec(JsonElement g, string role) =>
        g.TryGetProperty(role, out var spec) ? Str(spec, "country") ?? Strings(spec, "names").FirstOrDefault() ?? "?" : "_";

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

    /// <summary>The gold and the dossier's events in the gold's documents, with the matching rules.</summary>
    private sealed class Scorer
    {
        private readonly Dictionary<string, string> _docs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, JsonElement> _entities = new(StringComparer.Ordinal);

        public Scorer(JsonElement gold, JsonElement dossier)
        {
            foreach (var d in Array(dossier, "documents"))
            {
                string source = Path.GetFileName(Str(d, "source") ?? "");
                if (source.Length >= 3 && Str(d, "id") is { } id)
                {
                    _docs[source[..3]] = id;
                }
            }

            foreach (var e in Array(dossier, "entities"))
            {
                if (Str(e, "id") is { } id)
                {
                    _entities[id] = e;
                }
            }

            Golds = Array(gold, "events").Where(g => Str(g, "doc") is { } key && _docs.ContainsKey(key)).ToList();
            // Documents whose gold says "no event here" count too: whatever is extracted there is wrong.
            var goldDocs = Golds.Select(g => _docs[Str(g, "doc")!])
                .Concat(Array(gold, "event_free_docs").Select(g => Str(g, "doc") is { } key && _docs.TryGetValue(key, out var id) ? id : null).OfType<string>())
                .ToHashSet(StringComparer.Ordinal);
            Predicted = Array(dossier, "events").Where(e => Documents(e).Any(goldDocs.Contains)).ToList();
        }

        public List<JsonElement> Golds { get; }

        public List<JsonElement> Predicted { get; }

        public bool Loose(JsonElement g, JsonElement e) =>
            Strings(g, "type").Contains(Str(e, "type") ?? "") && Documents(e).Contains(_docs[Str(g, "doc")!]);

        public bool Roles(JsonElement g, JsonElement e)
        {
            bool straight = RoleOk(g, "actor", Str(e, "actor")) && RoleOk(g, "target", Str(e, "target"));
            bool swapped = g.TryGetProperty("symmetric", out var sym) && sym.ValueKind == JsonValueKind.True
                && RoleOk(g, "actor", Str(e, "target")) && RoleOk(g, "target", Str(e, "actor"));
            return straight || swapped;
        }

        public bool Full(JsonElement g, JsonElement e)
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

        public bool RoleOk(JsonElement g, string role, string? entityId)
        {
            if (!g.TryGetProperty(role, out var spec))
            {
                return true;
            }

            if (entityId is null || !_entities.TryGetValue(entityId, out var entity))
            {
                return false;
            }

            if (spec.TryGetProperty("country", out var c) && Str(entity, "country") == c.GetString())
            {
                return true;
            }

            return spec.TryGetProperty("names", out _) && NameMatch(entity, Strings(spec, "names"));
        }

        /// <summary>The gold key ("d01") of the event's first document.</summary>
        public string KeyOf(JsonElement e)
        {
            var first = Documents(e).FirstOrDefault();
            return _docs.FirstOrDefault(d => d.Value == first).Key ?? "?";
        }

        /// <summary>"TRANSFER North Korea->Russia [ammunition] reported".</summary>
        public string Describe(JsonElement e) =>
            $"{Str(e, "type")} {Name(Str(e, "actor"))}->{Name(Str(e, "target"))} [{string.Join(',', Array(e, "items").Select(i => Str(i, "category")))}] {Str(e, "modality")}";

        private string Name(string? id) => id is not null && _entities.TryGetValue(id, out var entity) ? Str(entity, "name") ?? id : "_";
    }
}
