namespace SanctionWatch.Text;

/// <summary>A document's text after normalisation, with the publication date its prefix gave, if any.</summary>
/// <param name="Text">NFC, <c>\n</c> line ends, the leading <c> date YYYY-MM[-DD] </c> prefix removed.</param>
/// <param name="PrefixDate">The date from that prefix, or null.</param>
public sealed record NormalizedText(string Text, string? PrefixDate);
