using System.Text.Json.Serialization;

namespace SanctionWatch.Model.Dossier;

/// <summary>The output contract of <c>sanctionwatch analyze</c> (schema version 1): every fact tied to its text.</summary>
public sealed record Dossier(
    [property: JsonPropertyName("schemaVersion")] string SchemaVersion,
    [property: JsonPropertyName("generatedAt")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("documents")] IReadOnlyList<DossierDocument> Documents,
    [property: JsonPropertyName("entities")] IReadOnlyList<DossierEntity> Entities,
    [property: JsonPropertyName("events")] IReadOnlyList<DossierEvent> Events,
    [property: JsonPropertyName("quotes")] IReadOnlyList<DossierQuote> Quotes,
    [property: JsonPropertyName("findings")] IReadOnlyList<Finding> Findings,
    [property: JsonPropertyName("stories")] IReadOnlyList<Story> Stories)
{
    /// <summary>The schema version this model writes.</summary>
    public const string CurrentSchemaVersion = "1";

    /// <summary>
    /// Events a party of which was not found (a supplier, recipient, actor or target the text names but the
    /// analysis did not resolve): leads for review, kept out of <see cref="Events"/> and never the basis of a finding.
    /// </summary>
    [JsonPropertyName("partialEvents")]
    public IReadOnlyList<DossierEvent> PartialEvents { get; init; } = [];
}

/// <summary>One input article in the dossier.</summary>
public sealed record DossierDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("characters")] int Characters,
    [property: JsonPropertyName("sentences")] int Sentences);

/// <summary>A piece of evidence: a range of a document's normalised text and the text itself.</summary>
public sealed record EvidenceSpan(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text) : PagedText
{
    /// <summary>Per-source modality where sources differ.</summary>
    [JsonPropertyName("modality")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Modality { get; init; }

    /// <summary>Per-source claimant where sources differ.</summary>
    [JsonPropertyName("claimant")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Claimant { get; init; }
}

/// <summary>A sanctions-list entry an entity was matched to.</summary>
public sealed record Listing(
    [property: JsonPropertyName("list")] string List,
    [property: JsonPropertyName("reference")] string Reference,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("program")] string? Program,
    [property: JsonPropertyName("score")] double Score)
{
    /// <summary>The matcher's features, as in the screening output.</summary>
    [JsonPropertyName("explanations")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, FeatureExplanation>? Explanations { get; init; }

    /// <summary>The date of the list version the entry was matched in.</summary>
    [JsonPropertyName("listDate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ListDate { get; init; }

    /// <summary>The matching algorithm's name and version.</summary>
    [JsonPropertyName("algorithm")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Algorithm { get; init; }

    /// <summary>The analyst decision that confirmed this listing, when one did.</summary>
    [JsonPropertyName("review")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReviewNote? Review { get; init; }
}

/// <summary>One feature of a match score, shaped as yente writes it.</summary>
public sealed record FeatureExplanation(
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary>A real-world entity resolved across documents.</summary>
public sealed record DossierEntity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("mentions")] IReadOnlyList<EvidenceSpan> Mentions,
    [property: JsonPropertyName("listings")] IReadOnlyList<Listing> Listings)
{
    /// <summary>For a vessel the text identifies by IMO number: that number as FollowTheMoney writes it (<c>IMO9179842</c>).</summary>
    [JsonPropertyName("imoNumber")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ImoNumber { get; init; }
}

/// <summary>How many of what, as the text says it.</summary>
public sealed record Quantity(
    [property: JsonPropertyName("amount")] double Amount,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary><c>exact</c>, <c>approximately</c>, <c>at-least</c>, <c>more-than</c> or <c>up-to</c>.</summary>
    [JsonPropertyName("qualifier")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Qualifier { get; init; }
}

/// <summary>What moved in an event.</summary>
public sealed record EventItem(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("quantity")] Quantity? Quantity);

/// <summary>A date as written and as resolved.</summary>
public sealed record EventDate(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("value")] string? Value);

/// <summary>An event the articles report, with its evidence.</summary>
public sealed record DossierEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("mode")] string? Mode,
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("items")] IReadOnlyList<EventItem> Items,
    [property: JsonPropertyName("date")] EventDate? Date,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("modality")] string Modality,
    [property: JsonPropertyName("claimant")] string? Claimant,
    [property: JsonPropertyName("evidence")] IReadOnlyList<EvidenceSpan> Evidence)
{
    /// <summary>For a denial: the event it denies.</summary>
    [JsonPropertyName("denies")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Denies { get; init; }

    /// <summary>Events that report the same happening differently.</summary>
    [JsonPropertyName("conflicts")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Conflicts { get; init; }
}

/// <summary>A statement attributed to a speaker.</summary>
public sealed record DossierQuote(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speakerText")] string? SpeakerText,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("direct")] bool Direct,
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End) : PagedText;

/// <summary>A possible breach of a sanctions measure, with the events that support it.</summary>
public sealed record Finding(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("regime")] string Regime,
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("provisions")] IReadOnlyList<string> Provisions,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("events")] IReadOnlyList<string> Events,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("sources")] int Sources,
    [property: JsonPropertyName("documents")] IReadOnlyList<string> Documents)
{
    /// <summary>The analyst's decision on this finding, when there is one.</summary>
    [JsonPropertyName("review")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReviewNote? Review { get; init; }
}

/// <summary>Documents that report the same story.</summary>
public sealed record Story(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("documents")] IReadOnlyList<string> Documents);
