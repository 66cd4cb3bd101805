using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanctionWatch.Server.Api;

/// <summary>
/// yente's request and response shapes, declared for the OpenAPI description only (the endpoints write their JSON
/// directly), so that a client generated from <c>/openapi.json</c> has yente's models and field names.
/// </summary>
public static class YenteModels
{
    /// <summary>A query entity: schema and FtM properties.</summary>
    public sealed record EntityExample(string? Id, string Schema, Dictionary<string, List<string>> Properties);

    /// <summary>The body of <c>/match</c>.</summary>
    public sealed record MatchRequest(Dictionary<string, EntityExample> Queries, Dictionary<string, double>? Weights, Dictionary<string, JsonElement>? Config);

    /// <summary>How many results there are.</summary>
    public sealed record TotalSpec(int Value, string Relation);

    /// <summary>An entity; property values are strings, or nested entities under entity-valued properties such as <c>sanctions</c>.</summary>
    /// <remarks>
    /// The fields are marked required so that <see cref="ScoredEntityResponse"/>, which inherits them without taking
    /// them as constructor parameters, describes them as required too, as yente does.
    /// </remarks>
    public record EntityResponse(
        [property: JsonRequired] string Id,
        [property: JsonRequired] string Caption,
        [property: JsonRequired] string Schema,
        [property: JsonRequired] Dictionary<string, List<JsonElement>> Properties,
        [property: JsonRequired] List<string> Datasets,
        [property: JsonRequired] List<string> Referents,
        [property: JsonRequired] bool Target,
        [property: JsonRequired, JsonPropertyName("first_seen")] string? FirstSeen,
        [property: JsonRequired, JsonPropertyName("last_seen")] string? LastSeen,
        [property: JsonRequired, JsonPropertyName("last_change")] string? LastChange);

    /// <summary>An entity found for a query: the entity's fields, then (ordered after them) its score and the features that explain it.</summary>
    public sealed record ScoredEntityResponse : EntityResponse
    {
        /// <summary>Scores <paramref name="entity"/>.</summary>
        public ScoredEntityResponse(EntityResponse entity, double score, bool match, Dictionary<string, double> features, Dictionary<string, JsonElement> explanations)
            : base(entity)
        {
            Score = score;
            Match = match;
            Features = features;
            Explanations = explanations;
        }

        /// <summary>The matcher's score.</summary>
        [JsonPropertyOrder(1)]
        public double Score { get; init; }

        /// <summary>True when the score reaches the threshold.</summary>
        [JsonPropertyOrder(1)]
        public bool Match { get; init; }

        /// <summary>The features of the score and their values.</summary>
        [JsonPropertyOrder(1)]
        public Dictionary<string, double> Features { get; init; }

        /// <summary>What each feature saw.</summary>
        [JsonPropertyOrder(1)]
        public Dictionary<string, JsonElement> Explanations { get; init; }
    }

    /// <summary>The answer to one query of a <c>/match</c> batch.</summary>
    public sealed record EntityMatches(int Status, List<ScoredEntityResponse> Results, TotalSpec Total, EntityExample Query);

    /// <summary>The answer of <c>/match</c>.</summary>
    public sealed record MatchResponse(Dictionary<string, EntityMatches> Responses, Dictionary<string, JsonElement> Matcher, int Limit);

    /// <summary>The answer of <c>/search</c>.</summary>
    public sealed record SearchResponse(int Limit, int Offset, TotalSpec Total, List<EntityResponse> Results, Dictionary<string, JsonElement> Facets);

    /// <summary>A page of entities adjacent through one property.</summary>
    public sealed record AdjacentResults(List<EntityResponse> Results, TotalSpec Total, int Limit, int Offset);

    /// <summary>The answer of <c>/entities/{id}/adjacent</c>.</summary>
    public sealed record EntityAdjacentResponse(EntityResponse Entity, Dictionary<string, AdjacentResults> Adjacent);

    /// <summary>The answer of <c>/readyz</c> and <c>/healthz</c>.</summary>
    public sealed record StatusResponse(string Status);
}
