using System.Text.Json;
using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>
/// Data extension of the reconciliation API: the properties proposed for a type, and for given entity ids the
/// values of the properties asked for (<c>{"meta": […], "rows": {id: {property: [{"str": …}]}}}</c>).
/// </summary>
public static class ReconcileExtend
{
    /// <summary>Writes the properties proposed for <paramref name="type"/> (<c>{"limit", "type", "properties"}</c>), sorted by name as yente sorts them.</summary>
    public static void WriteProposal(Utf8JsonWriter w, FtmTypes.SchemaType type, int limit)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(type);
        var props = FtmTypes.Properties.Where(p => Applies(p.Id, type.Id)).Take(limit > 0 ? limit : int.MaxValue).OrderBy(p => p.Name, StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteNumber("limit", limit);
        w.WriteString("type", type.Id);
        w.WriteStartArray("properties");
        foreach (var p in props)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Answers an extension request <c>{"ids": […], "properties": [{"id", "settings": {"limit", "render"}}]}</c>.</summary>
    /// <exception cref="InvalidReconcileQueryException">The request cannot be read.</exception>
    public static void Write(Utf8JsonWriter w, JsonElement request, Func<string, ListEntity?> find)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(find);
        if (request.ValueKind != JsonValueKind.Object || !request.TryGetProperty("ids", out var idsElement) || idsElement.ValueKind != JsonValueKind.Array
            || !request.TryGetProperty("properties", out var propsElement) || propsElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidReconcileQueryException("Cannot decode extension request: it needs 'ids' and 'properties' lists");
        }

        var ids = idsElement.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();
        if (ids.Count > ReconcileQueries.MaxBatch)
        {
            throw new InvalidReconcileQueryException($"Too many queries in one batch (limit: {ReconcileQueries.MaxBatch})");
        }

        var asked = propsElement.EnumerateArray().Select(Asked).OfType<(FtmTypes.PropertyType Property, int Limit, bool Raw)>().ToList();
        w.WriteStartObject();
        w.WriteStartArray("meta");
        foreach (var (p, _, _) in asked)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("rows");
        foreach (string id in ids.Distinct(StringComparer.Ordinal))
        {
            w.WriteStartObject(id);
            if (find(id) is { } entity)
            {
                foreach (var (p, limit, raw) in asked)
                {
                    w.WriteStartArray(p.Id);
                    foreach (string value in FtmEntityWriter.Values(entity, p.Id).Take(limit > 0 ? limit : int.MaxValue))
                    {
                        w.WriteStartObject();
                        w.WriteString("str", p.Country && !raw ? FtmTypes.CountryLabel(value) : value);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static (FtmTypes.PropertyType, int, bool)? Asked(JsonElement p)
    {
        string? id = p.ValueKind == JsonValueKind.Object && p.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        if (id is null || FtmTypes.Property(id) is not { } property)
        {
            return null;
        }

        var settings = p.TryGetProperty("settings", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        int limit = 0;
        if (settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty("limit", out var l))
        {
            limit = l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out int n) ? n
                : l.ValueKind == JsonValueKind.String && int.TryParse(l.GetString(), System.Globalization.CultureInfo.InvariantCulture, out int m) ? m : 0;
        }

        bool raw = settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty("render", out var r) && r.ValueKind == JsonValueKind.String && r.GetString() == "raw";
        return (property, limit, raw);
    }

    private static bool Applies(string property, string schema) => property switch
    {
        "birthDate" or "birthPlace" or "nationality" or "gender" or "passportNumber" or "title" or "position" => Schema.TryParse(schema, out var asked) && Schema.Person.IsA(asked),
        "imoNumber" or "callSign" or "flag" => schema is SchemaNames.Vessel or SchemaNames.Thing,
        "registrationNumber" => schema is not (SchemaNames.Person or SchemaNames.Vessel or SchemaNames.Airplane),
        _ => true,
    };
}
