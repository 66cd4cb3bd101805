namespace SanctionWatch.Storage.Documents;

/// <summary>
/// Where documents, their analysis queue and their analyses live. One contract for the embedded SQLite
/// store and the PostgreSQL store, so that any number of workers can share one queue.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>Stores the documents not yet stored (identified by content) and queues them for analysis.</summary>
    /// <returns>How many were new.</returns>
    IngestResult Ingest(IReadOnlyList<Document> documents);

    /// <summary>Claims up to <paramref name="max"/> queued documents (or ones whose lease has expired) for <paramref name="worker"/>.</summary>
    IReadOnlyList<Document> Claim(string worker, int max, TimeSpan lease);

    /// <summary>Stores one document's analysis and completes its queue entry, in one transaction.</summary>
    void Complete(string worker, DocumentAnalysis analysis);

    /// <summary>Puts every document whose analysis was made by another pipeline version back on the queue.</summary>
    /// <returns>How many were queued again.</returns>
    int RequeueStale(string analyzerVersion);

    /// <summary>How much work is queued and under lease.</summary>
    QueueStatus Status();

    /// <summary>The number of stored documents.</summary>
    int CountDocuments();

    /// <summary>Stored documents with their analyses, ordered by id; all of them when <paramref name="ids"/> is null.</summary>
    IReadOnlyList<AnalyzedDocument> Load(IReadOnlyCollection<string>? ids = null);

    /// <summary>
    /// Removes a document and everything stored for it alone — text, full-text index entries, analysis, queue
    /// entry — in one transaction, so sensitive material can be taken out completely.
    /// </summary>
    /// <returns>False when no document has that id.</returns>
    bool Purge(string documentId);
}

/// <summary>The outcome of <see cref="IDocumentStore.Ingest"/>.</summary>
/// <param name="Added">Documents stored for the first time.</param>
/// <param name="AlreadyStored">Documents whose content was already stored.</param>
public sealed record IngestResult(int Added, int AlreadyStored);

/// <summary>The state of the analysis queue.</summary>
/// <param name="Queued">Documents waiting for a worker.</param>
/// <param name="Leased">Documents a worker holds under a live lease.</param>
/// <param name="Expired">Documents whose worker's lease ran out (it died); any worker may take them.</param>
public sealed record QueueStatus(int Queued, int Leased, int Expired)
{
    /// <summary>True when nothing is waiting and nobody holds a live lease.</summary>
    public bool IsIdle => Queued == 0 && Leased == 0 && Expired == 0;
}

/// <summary>A stored document and its analysis (null when not yet analysed).</summary>
public sealed record AnalyzedDocument(Document Document, DocumentAnalysis? Analysis);
