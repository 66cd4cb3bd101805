namespace SanctionWatch.Server.Pages;

/// <summary>A range of a document's text to mark, with its CSS class and tooltip.</summary>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last.</param>
/// <param name="Css">CSS class (<c>ent-Person</c>, <c>quote</c>, <c>evidence</c>).</param>
/// <param name="Title">Tooltip text, or null.</param>
/// <param name="Href">A link target, or null.</param>
public sealed record Highlight(int Start, int End, string Css, string? Title = null, string? Href = null);
