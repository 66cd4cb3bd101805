using System.Globalization;
using System.Text.Json;
using SanctionWatch.Lists.Ftm;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>
/// Writes a list entry as yente serves an entity: FtM properties with countries as ISO codes, <c>topics</c>, the
/// <c>Sanction</c> nested under <c>sanctions</c>, OpenSanctions dataset names and first/last seen from the list version held.
/// </summary>
public sealed class FtmEntityWriter(YenteCatalog catalog)
{
    // FtM properties of the country type.
    private static readonly HashSet<string> CountryProperties = new(StringComparer.Ordinal)
    {
        "country", "nationality", "jurisdiction", "citizenship", "birthCountry", "deathCountry", "mainCountry", "flag",
    };

    /// <summary>Writes <paramref name="entity"/>; <paramref name="nested"/> puts its adjacent entities (the Sanction, or a Sanction's entity) inline.</summary>
    public void Write(Utf8JsonWriter w, ListEntity entity, bool nested, ScreeningResult? result = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(entity);
        Write(w, entity, nested, result, omit: null);
    }

    // omit: the property that points back to the entity this one is nested under, which yente leaves out.
    private void Write(Utf8JsonWriter w, ListEntity entity, bool nested, ScreeningResult? result, string? omit)
    {
        w.WriteStartObject();
        w.WriteString("id", entity.Id);
        w.WriteString("caption", entity.Caption);
        w.WriteString("schema", entity.Schema);
        w.WriteStartObject("properties");
        WriteProperties(w, entity, nested, omit);
        w.WriteEndObject();
        w.WriteStringArray("datasets", [YenteDatasets.NameOf(entity.ListId)]);
        w.WriteStartArray("referents");
        w.WriteEndArray();
        w.WriteBoolean("target", entity.Schema != SchemaNames.Sanction);
        string? seen = Seen(entity);
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

        if (result is not null)
        {
            w.WriteNumber("score", Math.Round(result.Score, 4));
            w.WriteBoolean("match", result.Match);
            w.WriteStartObject("features");
            foreach (var (name, f) in result.Explanations)
            {
                w.WriteNumber(name, Math.Round(f.Score, 4));
            }

            w.WriteEndObject();
            ScreeningJson.WriteExplanations(w, result.Explanations);
        }

        w.WriteEndObject();
    }

    /// <summary>The entity's values of <paramref name="property"/> as FtM writes them (countries as ISO codes).</summary>
    public static IReadOnlyList<string> Values(ListEntity entity, string property)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (property == "topics")
        {
            return Topics(entity);
        }

        if (property == "program" && entity.Get("program").Count == 0)
        {
            return entity.Schema == SchemaNames.Sanction ? [] : entity.Programs;
        }

        var values = entity.Get(property);
        return CountryProperties.Contains(property)
            ? values.Select(v => CountryCodes.TryStrict(v) ?? v).Distinct(StringComparer.Ordinal).ToArray()
            : values;
    }

    /// <summary>The topics of a list entry: its own, or <c>sanction</c> for an entry of a sanctions list.</summary>
    public static IReadOnlyList<string> Topics(ListEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var own = entity.Get("topics");
        if (own.Count > 0 || entity.Schema == SchemaNames.Sanction)
        {
            return own;
        }

        return YenteDatasets.AuthorityOf(entity.ListId) is not null || entity.Programs.Count > 0 ? ["sanction"] : [];
    }

    /// <summary>The date of the list version that holds <paramref name="entity"/>, as yente writes a timestamp.</summary>
    public string? Seen(ListEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.ListDate is { } d)
        {
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00";
        }

        return catalog.List(entity.ListId)?.ImportedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
    }

    private void WriteProperties(Utf8JsonWriter w, ListEntity entity, bool nested, string? omit)
    {
        var names = entity.Properties.Keys
            .Where(k => k != omit && (entity.Schema == SchemaNames.Sanction ? k != "entity" || !nested : !SanctionEntities.MovesToSanction(k)))
            .Concat(["program", "topics"]).Distinct(StringComparer.Ordinal);
        foreach (string key in names)
        {
            var values = Values(entity, key);
            if (values.Count > 0)
            {
                w.WriteStringArray(key, values);
            }
        }

        if (!nested)
        {
            return;
        }

        if (entity.Schema == SchemaNames.Sanction)
        {
            if (entity.Get("entity") is [var parentId, ..] && catalog.Entity(parentId) is { } parent)
            {
                w.WriteStartArray("entity");
                Write(w, parent, nested: false, result: null, omit: SanctionEntities.Property);
                w.WriteEndArray();
            }
        }
        else if (SanctionEntities.Of(entity) is { } sanction)
        {
            w.WriteStartArray(SanctionEntities.Property);
            Write(w, sanction, nested: false, result: null, omit: "entity");
            w.WriteEndArray();
        }
    }
}
