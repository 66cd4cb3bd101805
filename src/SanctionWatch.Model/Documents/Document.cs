namespace SanctionWatch.Model.Documents;

/// <summary>An article after ingestion: its normalised text and what its file or feed said about it.</summary>
/// <param name="Id"><c>doc:</c> + a hash of <paramref name="Text"/>.</param>
/// <param name="Source">The file's base name, or the item's URL where the input gives one.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Language">ISO 639-1 code or <c>und</c>.</param>
/// <param name="Published">ISO 8601 date (<c>2024</c>, <c>2024-06</c>, <c>2024-06-19</c>) or null.</param>
/// <param name="Text">The normalised text all offsets refer to.</param>
/// <param name="Url">The article's address, or null.</param>
public sealed record Document(
    string Id,
    string Source,
    string? Title,
    string Language,
    string? Published,
    string Text,
    string? Url);
