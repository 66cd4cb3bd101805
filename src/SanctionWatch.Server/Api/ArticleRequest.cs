namespace SanctionWatch.Server.Api;

/// <summary>One article submitted to <c>POST /api/documents</c>.</summary>
/// <param name="Text">The article's plain text.</param>
/// <param name="Title">Its title.</param>
/// <param name="Source">Where it comes from (a name or address).</param>
/// <param name="Published">ISO 8601 publication date.</param>
/// <param name="Url">Its address.</param>
public sealed record ArticleRequest(string? Text, string? Title, string? Source, string? Published, string? Url);
