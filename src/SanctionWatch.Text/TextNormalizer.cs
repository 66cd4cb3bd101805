using System.Text;
using System.Text.RegularExpressions;

namespace SanctionWatch.Text;

/// <summary>
/// Normalises a document's text as the dossier contract says: Unicode NFC, <c>\n</c> line ends, and the
/// leading <c> date YYYY-MM[-DD] </c> prefix (as some seed articles start) removed — only that prefix.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Normalises <paramref name="raw"/>.</summary>
    public static NormalizedText Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        string text = raw;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        string? date = null;
        var match = DatePrefix().Match(text);
        if (match.Success)
        {
            date = match.Groups["date"].Value;
            text = text[match.Length..];
        }

        return new NormalizedText(text, date);
    }

    // " date 2023-09 " at the very start; the leading space is optional, the trailing space (or line end) is not.
    [GeneratedRegex(@"\A ?date (?<date>[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?)(?: |\n|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();
}
