using System.Text.Json.Serialization;

namespace SanctionWatch.Model.Dossier;

/// <summary>
/// Where a piece of dossier text (evidence or a quote) stands in a paged document: its page and numbered paragraph.
/// JSON writes a derived record's own properties first, so these two stay last in its object.
/// </summary>
public abstract record PagedText
{
    /// <summary>The 1-based page the text starts on, for a paged document (a PDF).</summary>
    [JsonPropertyName("page")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    /// <summary>The number of the report's numbered paragraph the text is in ("45"), or null.</summary>
    [JsonPropertyName("paragraph")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Paragraph { get; init; }
}
