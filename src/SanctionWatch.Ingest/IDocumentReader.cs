namespace SanctionWatch.Ingest;

/// <summary>Reads one kind of file into raw documents.</summary>
public interface IDocumentReader
{
    /// <summary>Reads the documents in <paramref name="path"/>; bad parts are reported to <paramref name="warn"/> and skipped.</summary>
    IEnumerable<RawDocument> Read(string path, Action<IngestWarning> warn);
}
