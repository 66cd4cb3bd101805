using System.Diagnostics;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Application;
using SanctionWatch.Assessment.Dossiers;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Sources;
using SanctionWatch.Ingest;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Reviews;
using SanctionWatch.Storage.Search;
using DossierModel = SanctionWatch.Model.Dossier.Dossier;

namespace SanctionWatch.Server.Hosting;

/// <summary>
/// The server's access to the store (SQLite or PostgreSQL, through <see cref="IStore"/>): component stores opened per call,
/// screening indexes built once per dataset, and the dossier cached until the store changes — whoever writes it,
/// this process or another (see <see cref="StoreVersion"/>). Pages read an <see cref="Overview"/> snapshot that is
/// rebuilt in the background after a write, so the dashboard never waits for a rebuild once one exists.
/// </summary>
public sealed class Workbench
{
    private readonly IStore _store;
    private readonly ReferenceData _data;
    private readonly TimeProvider _clock;
    private readonly ScreeningIndexes _indexes;
    private readonly Lock _writeLock = new();
    private readonly Lazy<DocumentAnalyzer> _analyzer;
    private readonly Lock _fullLock = new();
    private readonly Lock _overviewLock = new();
    private volatile DossierSnapshot? _full;
    private volatile DossierSnapshot? _overview;
    private Task<DossierSnapshot>? _overviewBuild;
    private readonly Lock _decisionsLock = new();
    private IReadOnlyList<ReviewDecision>? _decisions;
    private long _decisionsGeneration;
    private long _decisionsVersion;

    /// <summary>
    /// Above this many analysed documents the pages' snapshot leaves stories out: story clustering is cubic in
    /// the number of documents (minutes at 10,000), and only <c>/api/dossier</c> needs them.
    /// </summary>
    public const int StoryClusteringLimit = 2000;

    /// <summary>
    /// Creates the workbench over <paramref name="store"/> (which the caller keeps and disposes), with the reference data
    /// <paramref name="data"/>, the screening <paramref name="indexes"/> of its lists and the <paramref name="analyzer"/>
    /// that articles posted to the server go through (loaded when the first one comes).
    /// </summary>
    public Workbench(IStore store, ReferenceData data, ScreeningIndexes indexes, Lazy<DocumentAnalyzer> analyzer, TimeProvider? clock = null)
    {
        _store = store;
        _data = data;
        _indexes = indexes;
        _analyzer = analyzer;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The sanctions measures findings are assessed against (descriptions and provisions for the pages).</summary>
    public MeasureTable Measures => _data.Measures;

    /// <summary>The matcher's algorithm name and version.</summary>
    public static string Algorithm => EntityMatcher.Algorithm;

    /// <summary>The store the workbench reads and writes.</summary>
    public IStore Store => _store;

    /// <summary>Opens a document store for one request.</summary>
    public IDocumentStore OpenDocuments() => _store.OpenDocuments();

    /// <summary>The loaded lists.</summary>
    public IReadOnlyList<ListMetadata> Lists()
    {
        using var lists = _store.OpenLists();
        return lists.GetLists();
    }

    /// <summary>The screening index of <paramref name="dataset"/> (<c>default</c>, <c>sanctions</c> or a list id), or null when unknown or empty.</summary>
    public ScreeningIndex? Index(string dataset) => _indexes.Index(dataset);

    /// <summary>One list entry by id, or null.</summary>
    public ListEntity? ListEntity(string id) => _indexes.Entity(id);

    /// <summary>
    /// The store's version: it changes whenever any connection — of this process or another, e.g. a
    /// <c>sanctionwatch worker</c> or another <c>serve</c> on the same PostgreSQL database — commits a change to the
    /// store (<see cref="IStore.Version"/>).
    /// </summary>
    public long StoreVersion() => _store.Version();

    /// <summary>The dossier of every analysed document, stories included (cached until the store changes).</summary>
    public DossierModel Dossier()
    {
        long version = StoreVersion();
        if (_full is { } cached && cached.Version == version)
        {
            return cached.Dossier;
        }

        lock (_fullLock)
        {
            if (_full is { } built && built.Version == version)
            {
                return built.Dossier;
            }

            var fresh = Build(clusterStories: true);
            _full = fresh;
            return fresh.Dossier;
        }
    }

    /// <summary>
    /// The dossier the pages read: the current one (built now, or waited for if a build is under way) or, with
    /// <paramref name="allowStale"/>, the last one built, marked <see cref="DossierSnapshot.Stale"/>, while a
    /// build of the current store runs in the background. Stories are left out above <see cref="StoryClusteringLimit"/> documents.
    /// </summary>
    public DossierSnapshot Overview(bool allowStale = false)
    {
        long version = StoreVersion();
        if (_full is { } full && full.Version == version)
        {
            return full;
        }

        var last = _overview;
        if (last is not null && last.Version == version)
        {
            return last;
        }

        if (last is not null && allowStale)
        {
            _ = Refresh();
            return last.AsStale();
        }

        while (true)
        {
            var snapshot = Refresh().GetAwaiter().GetResult();
            if (snapshot.Version >= version)
            {
                return snapshot;
            }
        }
    }

    /// <summary>Starts building the pages' snapshot of the store as it is now, unless a build is already under way.</summary>
    public Task<DossierSnapshot> Refresh()
    {
        lock (_overviewLock)
        {
            if (_overviewBuild is { IsCompleted: false } running)
            {
                return running;
            }

            _overviewBuild = Task.Run(() =>
            {
                var snapshot = Build(clusterStories: null);
                lock (_overviewLock)
                {
                    if (_overview is null || snapshot.Version >= _overview.Version)
                    {
                        _overview = snapshot;
                    }
                }

                return snapshot;
            });
            return _overviewBuild;
        }
    }

    // One pass over the store. The version is read after opening the stores (opening one may create its tables,
    // itself a change) and before loading, so a write during the build makes the next call rebuild.
    private DossierSnapshot Build(bool? clusterStories)
    {
        var clock = Stopwatch.StartNew();
        var lists = Index("default");
        using var store = OpenDocuments();
        long version;
        IReadOnlyList<ReviewDecision> decisions;
        do
        {
            // Reading the decisions may create their tables on first use, itself a change: read until the version holds.
            version = StoreVersion();
            decisions = Decisions();
        }
        while (StoreVersion() != version);

        var analysed = store.Load().Where(d => d.Analysis is not null).Select(d => (d.Document, d.Analysis!)).ToList();
        bool stories = clusterStories ?? analysed.Count <= StoryClusteringLimit;
        var dossier = new DossierService(store, _data, _clock, lists, decisions).Build(analysed, stories);
        // The workbench pages count independent sources for any set of events (a flow, a timeline entry), not only
        // findings. Grouping costs about a fifth of a build (0.5 of 2.6 s at 1,000 documents), so it is done when a page
        // first needs it, not for every dashboard snapshot, over the same documents, read again from the store.
        var ids = dossier.Documents.Select(d => d.Id).ToList();
        return new DossierSnapshot(dossier, version, stories, _clock.GetUtcNow(), clock.Elapsed, () =>
        {
            using var again = OpenDocuments();
            return SourceGroups.Assign(again.Load(ids).Select(d => d.Document));
        });
    }

    /// <summary>The dossier of the documents of <paramref name="story"/> and/or published on or after <paramref name="since"/>.</summary>
    public DossierModel Dossier(string? story, string? since)
    {
        if (story is null && since is null)
        {
            return Dossier();
        }

        var all = Dossier();
        var ids = all.Documents
            .Where(d => story is null || all.Stories.Any(s => s.Id == story && s.Documents.Contains(d.Id)))
            .Where(d => since is null || (d.Published is not null && string.CompareOrdinal(d.Published, since) >= 0))
            .Select(d => d.Id)
            .ToList();
        using var store = OpenDocuments();
        return new DossierService(store, _data, _clock, Index("default"), Decisions()).Build(ids);
    }

    /// <summary>The analysts' decision log, read again whenever the store has changed (a review by the CLI included).</summary>
    public IReadOnlyList<ReviewDecision> Decisions()
    {
        long generation;
        long version = StoreVersion();
        lock (_decisionsLock)
        {
            if (_decisions is not null && _decisionsVersion == version)
            {
                return _decisions;
            }

            generation = _decisionsGeneration;
        }

        // Cached: /match reads it on every request. A log read while a decision was being recorded is not cached
        // (the generation moved on), so the cache never hides a decision.
        using var reviews = _store.OpenReviews();
        var log = reviews.Log();
        lock (_decisionsLock)
        {
            if (generation == _decisionsGeneration)
            {
                _decisions = log;
                _decisionsVersion = version;
            }
        }

        return log;
    }

    /// <summary>Opens the review store for one request.</summary>
    public IReviewStore OpenReviews() => _store.OpenReviews();

    /// <summary>
    /// Forgets the cached decisions after a review; the dossier snapshots follow the store's version, which the
    /// review's write has changed, and the pages' snapshot is rebuilt now.
    /// </summary>
    public void InvalidateDossier()
    {
        lock (_decisionsLock)
        {
            _decisions = null;
            _decisionsGeneration++;
        }

        _ = Refresh();
    }

    /// <summary>Removes a document and everything derived only from it; false when there is no such document.</summary>
    public bool Purge(string id)
    {
        lock (_writeLock)
        {
            // Alerts quote the article's title and point into it: they go first, so that the document's purge
            // (which overwrites freed pages and checkpoints the log) covers their bytes too.
            using (var watches = _store.OpenWatches())
            {
                watches.ForgetDocument(id);
            }

            using var store = OpenDocuments();
            bool purged = store.Purge(id);

            _ = Refresh();
            return purged;
        }
    }

    /// <summary>One stored document with its analysis, or null.</summary>
    public AnalyzedDocument? Document(string id)
    {
        using var store = OpenDocuments();
        return store.Load([id]) is [var first, ..] ? first : null;
    }

    /// <summary>Analyses whatever is queued (e.g. articles a feed poll stored) and returns how many were analysed.</summary>
    public int AnalyseQueued()
    {
        lock (_writeLock)
        {
            using var store = OpenDocuments();
            int done = new AnalysisWorker(store, _analyzer.Value, "serve:" + Environment.ProcessId).RunUntilIdle(waitForLeases: false);
            _ = Refresh();
            return done;
        }
    }

    /// <summary>Stores one article, analyses it at once and returns its id and whether it was new.</summary>
    public (string Id, bool Added) Ingest(RawDocument raw)
    {
        var document = DocumentFactory.Create(raw, _data.Languages);
        lock (_writeLock)
        {
            using var store = OpenDocuments();
            var result = store.Ingest([document]);
            store.RequeueStale(_analyzer.Value.Version);
            new AnalysisWorker(store, _analyzer.Value, "serve:" + Environment.ProcessId).RunUntilIdle(waitForLeases: false);
            // Precompute the pages' snapshot now rather than on the next page view.
            _ = Refresh();
            return (document.Id, result.Added > 0);
        }
    }

    /// <summary>Full-text search over the stored articles, best first, with snippets marked by <see cref="MarkStart"/> and <see cref="MarkEnd"/>.</summary>
    public IReadOnlyList<SearchHit> Search(string? input, int limit = 20) => _store.Search(input, Math.Clamp(limit, 1, 100));

    /// <summary>Marks where a search snippet's hit starts (a control character no article contains after normalisation).</summary>
    public const char MarkStart = SearchTerms.MarkStart;

    /// <summary>Marks where a search snippet's hit ends.</summary>
    public const char MarkEnd = SearchTerms.MarkEnd;
}
