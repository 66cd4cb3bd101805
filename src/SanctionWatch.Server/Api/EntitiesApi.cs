using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>
/// yente's <c>/entities/{id}</c> (the Sanction nested under <c>sanctions</c>) and <c>/entities/{id}/adjacent[/{property}]</c>
/// (adjacent entities grouped by the property that links them, paged per property).
/// </summary>
public sealed class EntitiesApi(YenteCatalog catalog, FtmEntityWriter writer)
{
    // Entity-valued FtM properties of the schemata lists hold; an entry has none of these links but its Sanction.
    private static readonly HashSet<string> LinkProperties = new(StringComparer.Ordinal)
    {
        "sanctions", "addressEntity", "identification", "ownershipOwner", "ownershipAsset", "directorshipDirector",
        "directorshipOrganization", "familyPerson", "familyRelative", "associates", "associations", "membershipMember",
        "membershipOrganization", "employees", "employers", "unknownLinkSubject", "unknownLinkObject", "proof",
    };

    /// <summary>The entity with <paramref name="id"/>: a list entry, or the Sanction of one.</summary>
    public ListEntity? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.EndsWith(SanctionEntities.IdSuffix, StringComparison.Ordinal))
        {
            return catalog.Entity(id[..^SanctionEntities.IdSuffix.Length]) is { } parent ? SanctionEntities.Of(parent) : null;
        }

        return catalog.Entity(id);
    }

    /// <summary><c>GET /entities/{id}</c>.</summary>
    public IResult Entity(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool? nested = QueryParameters.Boolean(context.Request.Query, "nested", true, out var error);
        if (error is not null)
        {
            return error;
        }

        return Find(id) is { } entity ? JsonAnswer.Bytes(w => writer.Write(w, entity, nested!.Value)) : YenteErrors.Detail(404, "No such entity!");
    }

    /// <summary><c>GET /entities/{id}/adjacent</c> and, with <paramref name="property"/>, <c>/entities/{id}/adjacent/{property}</c>.</summary>
    public IResult Adjacent(HttpContext context, string id, string? property)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        int? limit = QueryParameters.Integer(query, "limit", 10, 500, out var error);
        int? offset = error is null ? QueryParameters.Integer(query, "offset", 0, 9499, out error) : null;
        if (error is not null || limit is null || offset is null)
        {
            return error!;
        }

        if (Find(id) is not { } entity)
        {
            return YenteErrors.Detail(404, "No such entity!");
        }

        var links = Links(entity);
        if (property is not null)
        {
            if (!links.ContainsKey(property) && !(entity.Schema != SchemaNames.Sanction && LinkProperties.Contains(property)))
            {
                return YenteErrors.Detail(404, "No such property!");
            }

            return JsonAnswer.Bytes(w => WritePage(w, links.GetValueOrDefault(property) ?? [], limit.Value, offset.Value));
        }

        return JsonAnswer.Bytes(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("entity");
            writer.Write(w, entity, nested: false);
            w.WriteStartObject("adjacent");
            foreach (var (name, entities) in links)
            {
                w.WritePropertyName(name);
                WritePage(w, entities, limit.Value, offset.Value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    // The adjacent entities by the property of the requested entity that links them.
    private Dictionary<string, IReadOnlyList<ListEntity>> Links(ListEntity entity)
    {
        var links = new Dictionary<string, IReadOnlyList<ListEntity>>(StringComparer.Ordinal);
        if (entity.Schema == SchemaNames.Sanction)
        {
            if (entity.Get("entity") is [var parentId, ..] && catalog.Entity(parentId) is { } parent)
            {
                links["entity"] = [parent];
            }
        }
        else if (SanctionEntities.Of(entity) is { } sanction)
        {
            links[SanctionEntities.Property] = [sanction];
        }

        return links;
    }

    private void WritePage(Utf8JsonWriter w, IReadOnlyList<ListEntity> entities, int limit, int offset)
    {
        w.WriteStartObject();
        w.WriteStartArray("results");
        foreach (var e in entities.Skip(offset).Take(limit))
        {
            writer.Write(w, e, nested: false);
        }

        w.WriteEndArray();
        w.WriteStartObject("total");
        w.WriteNumber("value", entities.Count);
        w.WriteString("relation", "eq");
        w.WriteEndObject();
        w.WriteNumber("limit", limit);
        w.WriteNumber("offset", offset);
        w.WriteEndObject();
    }
}
