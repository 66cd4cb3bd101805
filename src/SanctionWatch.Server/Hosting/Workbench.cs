using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Application;
using SanctionWatch.Ingest;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Sqlite;
using SanctionWatch.Storage.Sqlite.Lists;
using SanctionWatch.Storage.Sqlite.Reviews;
using DossierModel = SanctionWatch.Model.Dossier.Dossier;

namespace SanctionWatch.Server.Hosting;

/// <summary>
/// The server's access to the store: a fresh SQLite connection per call (connections are not thread-safe),
/// screening indexes built once per dataset, and the dossier cached until a write changes the store.
/// </summary>
public sealed class Workbench
{
    private readonly string _db;
    private readonly TimeProvider _clock;
    private readonly Lazy<IReadOnlyList<ListEntity>> _listEntities;
    private readonly ConcurrentDictionary<string, Lazy<ScreeningIndex?>> _indexes = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private readonly Lock _dossierLock = new();
    private DossierModel? _dossier;
    private IReadOnlyList<ReviewDecision>? _decisions;
    private long _decisionsGeneration;

    /// <summary>Creates the workbench over the store file <paramref name="db"/>.</summary>
    public Workbench(string db, TimeProvider? clock = null)
    {
        _db = db;
        _clock = clock ?? TimeProvider.System;
        _listEntities = new Lazy<IReadOnlyList<ListEntity>>(() =>
        {
            using var lists = new SqliteListStore(_db);
            return lists.GetEntities();
        });
    }

    /// <summary>The matcher's algorithm name and version.</summary>
    public static string Algorithm => EntityMatcher.Algorithm;

    /// <summary>Opens a document store for one request.</summary>
    public IDocumentStore OpenDocuments() => SqliteDocumentStore.Open(_db);

    /// <summary>Opens a raw connection for one request (full-text search).</summary>
    public SqliteConnection OpenConnection() => SqliteDatabase.Open(_db);

    /// <summary>The loaded lists.</summary>
    public IReadOnlyList<ListMetadata> Lists()
    {
        using var lists = new SqliteListStore(_db);
        return lists.GetLists();
    }

    /// <summary>The screening index of <paramref name="dataset"/> (<c>default</c>, <c>sanctions</c> or a list id), or null when unknown or empty.</summary>
    public ScreeningIndex? Index(string dataset)
    {
        string key = dataset is "default" or "sanctions" ? "default" : dataset;
        return _indexes.GetOrAdd(key, k => new Lazy<ScreeningIndex?>(() =>
        {
            var entities = k == "default" ? _listEntities.Value : _listEntities.Value.Where(e => e.ListId == k).ToList();
            return entities.Count == 0 ? null : new ScreeningIndex(entities, EntityMatcher.CreateDefault());
        })).Value;
    }

    /// <summary>One list entry by id, or null.</summary>
    public ListEntity? ListEntity(string id) => _listEntities.Value.FirstOrDefault(e => e.Id == id);

    /// <summary>The dossier of every analysed document (cached until the next write).</summary>
    public DossierModel Dossier()
    {
        lock (_dossierLock)
        {
            if (_dossier is not null)
            {
                return _dossier;
            }
        }

        using var store = OpenDocuments();
        var analysed = store.Load().Where(d => d.Analysis is not null).Select(d => d.Document.Id).ToList();
        var built = new DossierService(store, _clock, Index("default"), Decisions()).Build(analysed);
        lock (_dossierLock)
        {
            _dossier = built;
        }

        return built;
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
        return new DossierService(store, _clock, Index("default"), Decisions()).Build(ids);
    }

    /// <summary>The analysts' decision log (it changes only through <see cref="ReviewDesk"/>, which calls <see cref="InvalidateDossier"/>).</summary>
    public IReadOnlyList<ReviewDecision> Decisions()
    {
        long generation;
        lock (_dossierLock)
        {
            if (_decisions is not null)
            {
                return _decisions;
            }

            generation = _decisionsGeneration;
        }

        // Cached like the dossier: /match reads it on every request. A log read while a decision was being recorded
        // is not cached (the generation moved on), so the cache never hides a decision.
        using var reviews = new SqliteReviewStore(_db);
        var log = reviews.Log();
        lock (_dossierLock)
        {
            if (generation == _decisionsGeneration)
            {
                _decisions = log;
            }
        }

        return log;
    }

    /// <summary>Opens the review store for one request.</summary>
    public SqliteReviewStore OpenReviews() => new(_db);

    /// <summary>Drops the cached dossier so that the next request sees a change made outside <see cref="Ingest"/>.</summary>
    public void InvalidateDossier()
    {
        lock (_dossierLock)
        {
            _dossier = null;
            _decisions = null;
            _decisionsGeneration++;
        }
    }

    /// <summary>One stored document with its analysis, or null.</summary>
    public AnalyzedDocument? Document(string id)
    {
        using var store = OpenDocuments();
        return store.Load([id]) is [var first, ..] ? first : null;
    }

    /// <summary>Stores one article, analyses it at once and returns its id and whether it was new.</summary>
    public (string Id, bool Added) Ingest(RawDocument raw)
    {
        var document = DocumentFactory.Create(raw);
        lock (_writeLock)
        {
            using var store = OpenDocuments();
            var result = store.Ingest([document]);
            store.RequeueStale(DocumentAnalyzer.Version);
            new AnalysisWorker(store, new DocumentAnalyzer(), "serve:" + Environment.ProcessId).RunUntilIdle(waitForLeases: false);
            lock (_dossierLock)
            {
                _dossier = null;
            }

            return (document.Id, result.Added > 0);
        }
    }

    /// <summary>Removes a document and everything derived only from it; false when there is no such document.</summary>
    public bool Purge(string id)
    {
        lock (_writeLock)
        {
            using var store = OpenDocuments();
            bool purged = store.Purge(id);
            lock (_dossierLock)
            {
                _dossier = null;
            }

            return purged;
        }
    }

    /// <summary>Full-text search over the stored articles, best first, with snippets marked by <see cref="MarkStart"/> and <see cref="MarkEnd"/>.</summary>
    public IReadOnlyList<SearchHit> Search(string? input, int limit = 20)
    {
        string? match = FullTextQuery.Build(input);
        if (match is null)
        {
            return [];
        }

        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, d.title, d.published, snippet(documents_fts, 1, $start, $end, '…', 16)
            FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
            WHERE documents_fts MATCH $match ORDER BY rank LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$start", MarkStart.ToString());
        command.Parameters.AddWithValue("$end", MarkEnd.ToString());
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 100));
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return hits;
    }

    /// <summary>Marks where a search snippet's hit starts (a control character no article contains after normalisation).</summary>
    public const char MarkStart = '\u0002';

    /// <summary>Marks where a search snippet's hit ends.</summary>
    public const char MarkEnd = '\u0003';
}
