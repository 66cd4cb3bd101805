using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Schemata;
using SanctionWatch.Server.Hosting;

namespace SanctionWatch.Server.Api;

/// <summary>yente's <c>GET /search/{dataset}</c>: entries by name (or all of them for an empty <c>q</c>), filtered, paged, with facet counts.</summary>
public sealed class SearchApi(YenteCatalog catalog, FtmEntityWriter writer)
{
    private static readonly string[] DefaultFacets = ["countries", "topics", "datasets"];

    /// <summary>Answers one request.</summary>
    public IResult Handle(HttpContext context, Workbench wb, string dataset)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(wb);
        var query = context.Request.Query;
        int? limit = QueryParameters.Integer(query, "limit", 10, 500, out var error);
        int? offset = error is null ? QueryParameters.Integer(query, "offset", 0, 9499, out error) : null;
        var filter = error is null ? ResultFilter.From(query, wb.Decisions(), writer, out error) : null;
        if (error is not null || limit is null || offset is null || filter is null)
        {
            return error!;
        }

        var index = catalog.Index(dataset);
        if (index is null)
        {
            return YenteErrors.Detail(404, "No such dataset.");
        }

        string schema = query["schema"].FirstOrDefault() is { Length: > 0 } s ? s : SchemaNames.Thing;
        if (!FtmSchemata.Names.Contains(schema))
        {
            return YenteErrors.Detail(400, "Invalid schema");
        }

        string q = query["q"].FirstOrDefault() ?? "";
        var countries = QueryParameters.List(query, "countries");
        List<ListEntity> hits;
        try
        {
            hits = Find(index, q, schema).Where(e => filter.Keeps(e, "", null)
                && (countries.Count == 0 || FtmEntityWriter.Values(e, "country").Concat(FtmEntityWriter.Values(e, "nationality")).Any(countries.Contains))).ToList();
        }
        catch (InvalidQueryException e)
        {
            return YenteErrors.Detail(400, e.Message);
        }

        var facets = QueryParameters.List(query, "facets");
        return JsonAnswer.Bytes(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("limit", limit.Value);
            w.WriteNumber("offset", offset.Value);
            w.WriteStartObject("total");
            w.WriteNumber("value", hits.Count);
            w.WriteString("relation", "eq");
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var e in hits.Skip(offset.Value).Take(limit.Value))
            {
                writer.Write(w, e, nested: false);
            }

            w.WriteEndArray();
            WriteFacets(w, facets.Count > 0 ? facets : DefaultFacets, hits);
            w.WriteEndObject();
        });
    }

    /// <summary>True when an entry of <paramref name="schema"/> is one of the types <paramref name="wanted"/> asks for.</summary>
    public static bool SchemaIncludes(string wanted, string schema) => wanted switch
    {
        SchemaNames.Thing => true,
        SchemaNames.LegalEntity => schema is not (SchemaNames.Vessel or SchemaNames.Airplane or SchemaNames.Sanction),
        SchemaNames.Organization => Schema.IsA(schema, Schema.Organization),
        _ => string.Equals(wanted, schema, StringComparison.OrdinalIgnoreCase),
    };

    private static IEnumerable<ListEntity> Find(ScreeningIndex index, string q, string schema)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return index.Entities.Where(e => SchemaIncludes(schema, e.Schema)).OrderBy(e => e.Id, StringComparer.Ordinal);
        }

        var query = ScreeningQuery.FromInput(q, schema, [q], [], []);
        return index.Screen(query, 1000, 0.3, explain: false).Select(r => r.Entity).Where(e => SchemaIncludes(schema, e.Schema));
    }

    private static void WriteFacets(Utf8JsonWriter w, IEnumerable<string> facets, List<ListEntity> hits)
    {
        w.WriteStartObject("facets");
        foreach (string facet in facets)
        {
            Func<ListEntity, IEnumerable<string>>? values = facet switch
            {
                "countries" => e => FtmEntityWriter.Values(e, "country").Concat(FtmEntityWriter.Values(e, "nationality")).Distinct(StringComparer.Ordinal),
                "topics" => FtmEntityWriter.Topics,
                "datasets" => e => [YenteDatasets.NameOf(e.ListId)],
                "schema" => e => [e.Schema],
                _ => null,
            };
            if (values is null)
            {
                continue;
            }

            w.WriteStartObject(facet);
            w.WriteString("label", char.ToUpperInvariant(facet[0]) + facet[1..]);
            w.WriteStartArray("values");
            foreach (var group in hits.SelectMany(values).GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(100))
            {
                w.WriteStartObject();
                w.WriteString("name", group.Key);
                w.WriteString("label", group.Key);
                w.WriteNumber("count", group.Count());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
