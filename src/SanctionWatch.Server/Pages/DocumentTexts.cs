namespace SanctionWatch.Server.Pages;

/// <summary>The texts of the documents one page quotes from, each loaded from the store at most once per request.</summary>
public sealed class DocumentTexts(Workbench wb)
{
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    /// <summary>The normalised text of <paramref name="documentId"/>, or null when the store no longer has it.</summary>
    public string? Text(string documentId)
    {
        if (!_texts.TryGetValue(documentId, out var text))
        {
            text = wb.Document(documentId)?.Document.Text;
            _texts[documentId] = text;
        }

        return text;
    }
}
