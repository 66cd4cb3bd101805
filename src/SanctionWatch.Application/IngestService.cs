using SanctionWatch.Ingest;
using SanctionWatch.Model.Documents;
using SanctionWatch.Storage.Documents;

namespace SanctionWatch.Application;

/// <summary>Reads files and folders, normalises what they hold and stores it on the analysis queue.</summary>
public sealed class IngestService
{
    private const int BatchSize = 64;

    private readonly IDocumentStore _store;

    /// <summary>Creates the service over <paramref name="store"/>.</summary>
    public IngestService(IDocumentStore store) => _store = store;

    /// <summary>Ingests <paramref name="paths"/>; bad inputs are reported to <paramref name="warn"/> and skipped.</summary>
    /// <returns>The ids of every document read (new or already stored), in input order, and the counts.</returns>
    public IngestSummary Ingest(IReadOnlyList<string> paths, Action<IngestWarning> warn, IProgress<WorkProgress>? progress = null)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<Document>(BatchSize);
        int added = 0, existing = 0, read = 0;
        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var result = _store.Ingest(batch);
            added += result.Added;
            existing += result.AlreadyStored;
            batch.Clear();
        }

        foreach (var raw in new DocumentLoader().Load(paths, warn))
        {
            var document = DocumentFactory.Create(raw);
            read++;
            progress?.Report(new WorkProgress("ingest", read, null));
            if (!seen.Add(document.Id))
            {
                existing++;
                continue; // the same text twice in one run
            }

            ids.Add(document.Id);
            batch.Add(document);
            if (batch.Count == BatchSize)
            {
                Flush();
            }
        }

        Flush();
        return new IngestSummary(ids, added, existing);
    }
}

/// <summary>What an ingest run did.</summary>
/// <param name="DocumentIds">Every document read, new or already stored.</param>
/// <param name="Added">Documents stored for the first time.</param>
/// <param name="AlreadyStored">Documents whose content was already stored.</param>
public sealed record IngestSummary(IReadOnlyList<string> DocumentIds, int Added, int AlreadyStored);
