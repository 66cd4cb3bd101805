namespace SanctionWatch.Ingest.Readers;

/// <summary>Helpers shared by the readers of one-document files.</summary>
internal static class FileDocuments
{
    /// <summary>The source of a document read from a file: its base name, as the dossier contract says.</summary>
    public static string SourceOf(string path) => Path.GetFileName(path);

    /// <summary>Collapses a title's whitespace to single spaces; null when nothing is left.</summary>
    public static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var buffer = new Markup.TextWriterBuffer();
        buffer.Append(title);
        return buffer.ToString();
    }
}
