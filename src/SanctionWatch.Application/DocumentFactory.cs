using SanctionWatch.Ingest;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Ids;
using SanctionWatch.Text;

namespace SanctionWatch.Application;

/// <summary>Turns what a reader found into a stored document: normalised text, content id, language, date.</summary>
public static class DocumentFactory
{
    /// <summary>Creates the document for <paramref name="raw"/>.</summary>
    public static Document Create(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var normalized = TextNormalizer.Normalize(raw.Text);
        string text = normalized.Text;
        return new Document(
            ContentId.ForDocument(text),
            raw.Source,
            raw.Title,
            LanguageIdentifier.Default.Identify(text),
            raw.Published ?? normalized.PrefixDate,
            text,
            raw.Url);
    }
}
