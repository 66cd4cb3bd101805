using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Storage;

namespace SanctionWatch.Application;

/// <summary>
/// Takes queued documents from the store under a lease, analyses them on every core and stores each
/// analysis in its own transaction. A worker that dies loses nothing: its lease expires and another takes over.
/// </summary>
public sealed class AnalysisWorker
{
    private readonly IDocumentStore _store;
    private readonly DocumentAnalyzer _analyzer;
    private readonly string _name;

    /// <summary>Creates a worker named <paramref name="name"/> (unique among the workers sharing a store).</summary>
    public AnalysisWorker(IDocumentStore store, DocumentAnalyzer analyzer, string? name = null)
    {
        _store = store;
        _analyzer = analyzer;
        _name = name ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    }

    /// <summary>How long a claimed batch stays this worker's.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many documents a claim takes.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>
    /// Works until the queue is empty. With <paramref name="waitForLeases"/>, it also waits for other
    /// workers' live leases and takes over the ones that expire, so that nothing is left behind.
    /// </summary>
    /// <returns>The number of documents this worker analysed.</returns>
    public int RunUntilIdle(bool waitForLeases, IProgress<WorkProgress>? progress = null, CancellationToken cancellation = default)
    {
        int done = 0, claimed = 0;
        int total = _store.Status() is var s ? s.Queued + s.Expired + s.Leased : 0;

        // The store's connection is not thread-safe, hence the lock around every store call.
        var gate = new object();

        // Documents are claimed a batch at a time but handed to the cores one at a time, the next batch being claimed
        // when the last document of this one is taken: a long document no longer leaves the other core idle until it
        // is done, as it did when each batch was finished before the next was claimed.
        IEnumerable<Document> Claimed()
        {
            while (!cancellation.IsCancellationRequested)
            {
                IReadOnlyList<Document> batch;
                int inFlight;
                QueueStatus? status;
                lock (gate)
                {
                    batch = _store.Claim(_name, BatchSize, Lease);
                    claimed += batch.Count;
                    inFlight = claimed - done - batch.Count;
                    status = batch.Count == 0 ? _store.Status() : null;
                }

                if (status is not null)
                {
                    if (status.Queued + status.Expired > 0)
                    {
                        continue;
                    }

                    // Leases held by this worker's own documents still being analysed are nothing to wait for.
                    if (!waitForLeases || status.Leased <= inFlight)
                    {
                        yield break;
                    }

                    cancellation.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(500));
                    continue;
                }

                foreach (var document in batch)
                {
                    yield return document;
                }
            }
        }

        // Each analysis is stored as soon as it is made: if this worker dies or overruns its lease, another
        // worker repeats only the documents still queued.
        try
        {
            Parallel.ForEach(
                Partitioner.Create(Claimed(), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
                document =>
                {
                    var analysis = _analyzer.Analyze(document);
                    lock (gate)
                    {
                        _store.Complete(_name, analysis);
                        done++;
                        progress?.Report(new WorkProgress("analyse", done, Math.Max(total, done)));
                    }
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<StoreException>().FirstOrDefault() is { } store)
        {
            // A lost database is the user's problem to fix, not an internal error: surface its one-line message.
            ExceptionDispatchInfo.Capture(store).Throw();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped by the caller: what was stored stays stored, the rest stays queued.
        }

        return done;
    }
}
