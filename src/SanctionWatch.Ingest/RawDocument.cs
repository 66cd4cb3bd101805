namespace SanctionWatch.Ingest;

/// <summary>An article as a reader found it, before normalisation and identification.</summary>
/// <param name="Source">The file's base name, or the item's URL for feeds and JSON lines that give one.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Published">ISO 8601 date (<c>2024</c>, <c>2024-06</c>, <c>2024-06-19</c>) or null.</param>
/// <param name="Text">The article's plain text (markup stripped), not yet normalised.</param>
/// <param name="Url">The article's address, or null.</param>
public sealed record RawDocument(string Source, string? Title, string? Published, string Text, string? Url)
{
    /// <summary>The author the file names (PDF metadata), or null.</summary>
    public string? Author { get; init; }
}
