namespace SanctionWatch.Ingest.Readers;

/// <summary>Reads a UTF-8 <c>.txt</c> file as one document, keeping its text exactly (the normaliser handles the date prefix).</summary>
public sealed class PlainTextReader(IngestOptions? options = null) : IDocumentReader
{
    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <inheritdoc />
    public IEnumerable<RawDocument> Read(string path, Action<IngestWarning> warn)
    {
        var text = InputFile.ReadText(path, _options, warn);
        return text is null ? [] : [new RawDocument(FileDocuments.SourceOf(path), null, null, text, null)];
    }
}
