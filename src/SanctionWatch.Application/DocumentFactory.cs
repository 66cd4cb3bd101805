using SanctionWatch.Ingest;
using SanctionWatch.Model.Ids;
using SanctionWatch.Text;

namespace SanctionWatch.Application;

/// <summary>Turns what a reader found into a stored document: normalised text, content id, language, date.</summary>
public static class DocumentFactory
{
    /// <summary>Creates the document for <paramref name="raw"/>, its language told by <paramref name="languages"/>.</summary>
    public static Document Create(RawDocument raw, LanguageIdentifier languages)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(languages);
        var normalized = TextNormalizer.Normalize(raw.Text);
        string text = normalized.Text;
        return new Document(
            ContentId.ForDocument(text),
            raw.Source,
            raw.Title ?? InferTitle(text),
            languages.Identify(text),
            raw.Published ?? normalized.PrefixDate,
            text,
            raw.Url);
    }

    // A plain-text article whose first line is short and unpunctuated starts with its headline.
    private static string? InferTitle(string text)
    {
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline <= 0 || newline > 160 || text.AsSpan(newline).Trim().IsEmpty)
        {
            return null;
        }

        var line = text.AsSpan(0, newline).Trim();
        return line.Length < 3 || line[^1] is '.' or '!' or '?' or ',' or ';' ? null : line.ToString();
    }
}
