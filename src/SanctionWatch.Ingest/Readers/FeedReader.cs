using SanctionWatch.Ingest.Feeds;

namespace SanctionWatch.Ingest.Readers;

/// <summary>Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed file: each item or entry becomes a document (see <see cref="FeedParser"/>).</summary>
public sealed class FeedReader(IngestOptions? options = null) : IDocumentReader
{
    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <inheritdoc />
    public IEnumerable<RawDocument> Read(string path, Action<IngestWarning> warn)
    {
        var xml = InputFile.ReadText(path, _options, warn);
        return xml is null ? [] : FeedParser.Parse(xml, path, FileDocuments.SourceOf(path), warn);
    }
}
