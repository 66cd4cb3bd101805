using SanctionWatch.Ingest;

namespace SanctionWatch.Application;

/// <summary>Reads files and folders, normalises what they hold and stores it on the analysis queue.</summary>
public sealed class IngestService
{
    private const int BatchSize = 64;

    private readonly IDocumentStore _store;
    private readonly ReferenceData _data;

    /// <summary>Creates the service over <paramref name="store"/>, identifying languages with <paramref name="data"/>.</summary>
    public IngestService(IDocumentStore store, ReferenceData data)
    {
        _store = store;
        _data = data;
    }

    /// <summary>Ingests <paramref name="paths"/>; bad inputs are reported to <paramref name="warn"/> and skipped.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="warn">Receives one warning per bad input.</param>
    /// <param name="progress">Receives the number of documents read so far.</param>
    /// <param name="read">Called with every document read, in input order, before it is stored (e.g. to load the models of its language early).</param>
    /// <returns>The ids of every document read (new or already stored), in input order, and the counts.</returns>
    public IngestSummary Ingest(IReadOnlyList<string> paths, Action<IngestWarning> warn, IProgress<WorkProgress>? progress = null, Action<Document>? read = null)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<Document>(BatchSize);
        int added = 0, existing = 0, count = 0;
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

        // A long PDF report reports its pages as it is read, so a 600-page file does not look stuck.
        var loader = new DocumentLoader(pageRead: progress is null ? null : (file, page, pages) => progress.Report(new WorkProgress("read " + Path.GetFileName(file), page, pages) { Unit = "pages" }));
        foreach (var document in CreateInParallel(loader.Load(paths, warn), _data))
        {
            count++;
            read?.Invoke(document);
            progress?.Report(new WorkProgress("ingest", count, null));
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

    // Normalising a text and identifying its language cost about as much as reading it, so they run on every core
    // while files are still read one at a time (readers report warnings in input order). Documents come out in input
    // order, so ids, batches and the summary are the same as with one thread.
    private static IEnumerable<Document> CreateInParallel(IEnumerable<RawDocument> raws, ReferenceData data)
    {
        var documents = raws
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(raw => DocumentFactory.Create(raw, data.Languages));
        using var enumerator = documents.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (AggregateException e)
            {
                // Callers handle the reader's own exception (a one-line user error), not PLINQ's wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                throw;
            }

            yield return enumerator.Current;
        }
    }
}

/// <summary>What an ingest run did.</summary>
/// <param name="DocumentIds">Every document read, new or already stored.</param>
/// <param name="Added">Documents stored for the first time.</param>
/// <param name="AlreadyStored">Documents whose content was already stored.</param>
public sealed record IngestSummary(IReadOnlyList<string> DocumentIds, int Added, int AlreadyStored);
