using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace SanctionWatch.Server.Api;

/// <summary>
/// Describes in the OpenAPI document the query parameters the yente endpoints read themselves (so that unreadable
/// values get yente's 422 rather than the framework's 400): name, type and meaning.
/// </summary>
public static class YenteOpenApi
{
    /// <summary>A query parameter: its name, JSON type (<c>integer</c>, <c>number</c>, <c>boolean</c>, <c>string</c>, <c>array</c> of strings) and meaning.</summary>
    public readonly record struct Parameter(string Name, string Type, string Description);

    /// <summary>The options of <c>/match</c>.</summary>
    public static readonly Parameter[] Match =
    [
        new("limit", "integer", "Number of results per query (default 5, at most 500)"),
        new("threshold", "number", "Score from which a result is a match (default 0.7)"),
        new("cutoff", "number", "Score below which results are not returned (default 0.5; lowered to the threshold when above it)"),
        new("algorithm", "string", "sanctionwatch-names, or a yente name (logic-v2, logic-v1, name-based, name-qualified, best, default) scored by it"),
        new("topics", "array", "Only entities with any of these topics (sanction, …)"),
        new("include_dataset", "array", "Only entities of these datasets (un_sc_sanctions, us_ofac_sdn, eu_fsf, …)"),
        new("exclude_dataset", "array", "No entities of these datasets"),
        new("exclude_schema", "array", "No entities of these schemata"),
        new("exclude_entity_ids", "array", "No entities with these ids"),
        new("changed_since", "string", "Only entities of a list version dated on or after this (YYYY-MM-DD[THH:MM:SS])"),
    ];

    /// <summary>The options of <c>/search</c>.</summary>
    public static readonly Parameter[] Search =
    [
        new("q", "string", "Query text (a name); empty lists every entity"),
        new("schema", "string", "Type of entities that can match (default Thing)"),
        new("countries", "array", "Only entities linked to these ISO country codes"),
        new("topics", "array", "Only entities with any of these topics"),
        new("datasets", "array", "Only entities of these datasets"),
        new("include_dataset", "array", "Only entities of these datasets"),
        new("exclude_dataset", "array", "No entities of these datasets"),
        new("exclude_schema", "array", "No entities of these schemata"),
        new("changed_since", "string", "Only entities of a list version dated on or after this"),
        new("limit", "integer", "Number of results (default 10, at most 500)"),
        new("offset", "integer", "Start at this result (at most 9499)"),
        new("facets", "array", "Facets to count: countries, topics, datasets, schema"),
    ];

    /// <summary>Paging per property of <c>/entities/{id}/adjacent</c>.</summary>
    public static readonly Parameter[] Paging =
    [
        new("limit", "integer", "Number of results per property (default 10)"),
        new("offset", "integer", "Start at this result"),
    ];

    /// <summary>Adds <paramref name="parameters"/> to the endpoint's operation in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder builder, params Parameter[] parameters)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(parameters);
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var p in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Description = p.Description,
                    Schema = p.Type == "array"
                        ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
                        : new OpenApiSchema { Type = p.Type switch { "integer" => JsonSchemaType.Integer, "number" => JsonSchemaType.Number, "boolean" => JsonSchemaType.Boolean, _ => JsonSchemaType.String } },
                });
            }

            return Task.CompletedTask;
        });
    }
}
