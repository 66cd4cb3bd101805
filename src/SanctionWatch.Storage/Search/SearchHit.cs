namespace SanctionWatch.Storage.Search;

/// <summary>One full-text hit.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Snippet">Text around the hit, with the hit between <see cref="SearchTerms.MarkStart"/> and <see cref="SearchTerms.MarkEnd"/>.</param>
public sealed record SearchHit(string Id, string? Title, string? Published, string Snippet);
