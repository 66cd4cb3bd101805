using System.Text.Json.Serialization;

namespace SanctionWatch.Model.Dossier;

/// <summary>The analyst decision that changed a listing or a finding (an additive field of the dossier).</summary>
public sealed record ReviewNote(
    [property: JsonPropertyName("decision")] string Decision,
    [property: JsonPropertyName("comment")] string? Comment,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("decidedAt")] DateTimeOffset DecidedAt);
