using Npgsql;
using NpgsqlTypes;

namespace SanctionWatch.Storage.Postgres;

/// <summary>
/// The server document store: documents with German/English full-text search, and an analysis queue that any
/// number of workers on any number of machines share (claims with <c>FOR UPDATE SKIP LOCKED</c> under a lease).
/// Lease times use the server's clock, so workers' clocks need not agree.
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            id text PRIMARY KEY,
            source text NOT NULL,
            title text,
            language text NOT NULL,
            published text,
            url text,
            text text NOT NULL,
            ingested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
            search tsvector GENERATED ALWAYS AS (
                to_tsvector(
                    CASE language WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                    coalesce(title, '') || ' ' || text)) STORED
        );
        CREATE INDEX documents_search ON documents USING gin (search);
        CREATE TABLE queue (
            document_id text PRIMARY KEY REFERENCES documents(id),
            worker text,
            lease_until timestamptz,
            attempts integer NOT NULL DEFAULT 0
        );
        CREATE TABLE analyses (
            document_id text PRIMARY KEY REFERENCES documents(id),
            analyzer_version text NOT NULL,
            sentences integer NOT NULL,
            payload json NOT NULL,
            analyzed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
            worker text
        );
        """,
    ];

    private const string Trigrams = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX IF NOT EXISTS documents_title_trgm ON documents USING gin (title gin_trgm_ops);
        """;

    private const string DocumentColumns = StoredRows.DocumentColumns;

    private readonly PostgresDatabase _database;

    private PostgresDocumentStore(PostgresDatabase database, bool hasTrigrams)
    {
        _database = database;
        HasTrigrams = hasTrigrams;
    }

    /// <summary>True when the server let the store use <c>pg_trgm</c> for fuzzy title search.</summary>
    public bool HasTrigrams { get; }

    /// <summary>Connects to <paramref name="db"/> (a <c>postgres://</c> URL or connection string) and migrates it.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresDocumentStore Open(string db) => PostgresDatabase.OpenStore(db, Open);

    /// <summary>Opens the store on <paramref name="database"/>, migrating it; disposing the store disposes <paramref name="database"/>.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresDocumentStore Open(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        bool trigrams = database.Run(connection =>
        {
            PostgresSchema.Migrate(connection, "documents", Migrations);
            return PostgresSchema.TryOptional(connection, Trigrams);
        });
        return new PostgresDocumentStore(database, trigrams);
    }

    /// <inheritdoc />
    public IngestResult Ingest(IReadOnlyList<Document> documents) => _database.Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        // One statement for the whole batch: insert what is new, queue exactly those, count them.
        using var command = new NpgsqlCommand(
            """
            WITH input AS (
                SELECT * FROM unnest(@id, @source, @title, @language, @published, @url, @text)
                    AS t(id, source, title, language, published, url, text)),
            added AS (
                INSERT INTO documents(id, source, title, language, published, url, text)
                SELECT DISTINCT ON (id) id, source, title, language, published, url, text FROM input
                ON CONFLICT (id) DO NOTHING
                RETURNING id),
            queued AS (
                INSERT INTO queue(document_id) SELECT id FROM added ON CONFLICT DO NOTHING RETURNING document_id)
            SELECT count(*)::int FROM added
            """,
            connection,
            transaction);
        command.Parameters.Add(Texts("id", documents.Select(d => d.Id)));
        command.Parameters.Add(Texts("source", documents.Select(d => d.Source)));
        command.Parameters.Add(Texts("title", documents.Select(d => d.Title)));
        command.Parameters.Add(Texts("language", documents.Select(d => d.Language)));
        command.Parameters.Add(Texts("published", documents.Select(d => d.Published)));
        command.Parameters.Add(Texts("url", documents.Select(d => d.Url)));
        command.Parameters.Add(Texts("text", documents.Select(d => d.Text)));
        int added = (int)command.ExecuteScalar()!;
        transaction.Commit();
        return new IngestResult(added, documents.Count - added);
    });

    /// <inheritdoc />
    public IReadOnlyList<Document> Claim(string worker, int max, TimeSpan lease) => _database.Run(connection =>
    {
        // SKIP LOCKED: concurrent claimers never wait on each other and never take the same row.
        using var command = new NpgsqlCommand(
            $"""
            WITH picked AS (
                SELECT document_id FROM queue
                WHERE worker IS NULL OR lease_until < clock_timestamp()
                ORDER BY document_id
                LIMIT @max
                FOR UPDATE SKIP LOCKED),
            claimed AS (
                UPDATE queue q SET worker = @worker, lease_until = clock_timestamp() + @lease, attempts = q.attempts + 1
                FROM picked WHERE q.document_id = picked.document_id
                RETURNING q.document_id)
            SELECT {DocumentColumns} FROM documents d JOIN claimed c ON c.document_id = d.id
            ORDER BY d.id COLLATE "C"
            """,
            connection);
        command.Parameters.AddWithValue("max", max);
        command.Parameters.AddWithValue("worker", worker);
        command.Parameters.AddWithValue("lease", lease);
        var documents = new List<Document>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(ReadDocument(reader));
        }

        return documents;
    });

    /// <inheritdoc />
    public void Complete(string worker, DocumentAnalysis analysis) => _database.Run(connection =>
    {
        // Idempotent: a worker whose lease expired and was taken over may still complete; the analysis is the
        // same (deterministic pipeline) so the second write only overwrites it, and the queue row is gone either way.
        using var transaction = connection.BeginTransaction();
        using var save = new NpgsqlCommand(
            """
            INSERT INTO analyses(document_id, analyzer_version, sentences, payload, worker)
            VALUES (@id, @version, @sentences, @payload::json, @worker)
            ON CONFLICT (document_id) DO UPDATE SET analyzer_version = excluded.analyzer_version,
                sentences = excluded.sentences, payload = excluded.payload,
                analyzed_at = clock_timestamp(), worker = excluded.worker;
            DELETE FROM queue WHERE document_id = @id;
            """,
            connection,
            transaction);
        save.Parameters.AddWithValue("id", analysis.DocumentId);
        save.Parameters.AddWithValue("version", analysis.AnalyzerVersion);
        save.Parameters.AddWithValue("sentences", analysis.Sentences.Count);
        save.Parameters.AddWithValue("payload", AnalysisJson.Serialize(analysis));
        save.Parameters.AddWithValue("worker", worker);
        save.ExecuteNonQuery();
        transaction.Commit();
    });

    /// <inheritdoc />
    public int RequeueStale(string analyzerVersion) => _database.Run(connection =>
    {
        // Every worker calls this when it starts, while others complete documents. Without the lock, the insert's
        // snapshot could miss an analysis committed a moment ago whose queue row is already gone, and queue that
        // document again (harmless, but analysed twice). SHARE ROW EXCLUSIVE waits for running completions only.
        using var transaction = connection.BeginTransaction();
        using (var lockQueue = new NpgsqlCommand("LOCK TABLE queue IN SHARE ROW EXCLUSIVE MODE", connection, transaction))
        {
            lockQueue.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand(
            """
            INSERT INTO queue(document_id)
            SELECT d.id FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
            WHERE a.analyzer_version IS DISTINCT FROM @version
            ON CONFLICT DO NOTHING
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("version", analyzerVersion);
        int queued = command.ExecuteNonQuery();
        transaction.Commit();
        return queued;
    });

    /// <inheritdoc />
    public QueueStatus Status() => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand(
            """
            SELECT
                count(*) FILTER (WHERE worker IS NULL)::int,
                count(*) FILTER (WHERE worker IS NOT NULL AND lease_until >= clock_timestamp())::int,
                count(*) FILTER (WHERE worker IS NOT NULL AND lease_until < clock_timestamp())::int
            FROM queue
            """,
            connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new QueueStatus(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    });

    /// <inheritdoc />
    public int CountDocuments() => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("SELECT count(*)::int FROM documents", connection);
        return (int)command.ExecuteScalar()!;
    });

    /// <inheritdoc />
    public IReadOnlyList<AnalyzedDocument> Load(IReadOnlyCollection<string>? ids = null) => _database.Run(connection =>
    {
        // COLLATE "C": the same byte order as SQLite and ordinal string comparison, whatever the database's locale.
        using var command = new NpgsqlCommand(
            $"""
            SELECT {DocumentColumns}, a.payload::text
            FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
            WHERE @all OR d.id = ANY(@ids)
            ORDER BY d.id COLLATE "C"
            """,
            connection);
        command.Parameters.AddWithValue("all", ids is null);
        command.Parameters.Add(Texts("ids", ids ?? []));
        var result = new List<AnalyzedDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var analysis = reader.IsDBNull(7) ? null : AnalysisJson.Deserialize(reader.GetString(7));
            result.Add(new AnalyzedDocument(ReadDocument(reader), analysis));
        }

        return result;
    });

    /// <summary>
    /// Full-text search: German documents are matched with the German configuration (stemming, stop words),
    /// English ones with the English configuration. Returns document ids, best first.
    /// </summary>
    public IReadOnlyList<string> Search(string query, int limit = 20) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand(
            """
            SELECT id FROM (
                SELECT d.id, ts_rank(d.search, q) AS rank
                FROM documents d,
                     LATERAL (SELECT websearch_to_tsquery(
                         CASE d.language WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                         @query) AS q) l
                WHERE d.search @@ q) hits
            ORDER BY rank DESC, id COLLATE "C"
            LIMIT @limit
            """,
            connection);
        command.Parameters.AddWithValue("query", query);
        command.Parameters.AddWithValue("limit", limit);
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    });

    /// <inheritdoc />
    /// <remarks>
    /// The rows (and the generated full-text vector with them) are deleted in one transaction; PostgreSQL keeps
    /// dead row versions on disk until a <c>VACUUM FULL</c>, which takes exclusive locks, so that is left to the
    /// administrator.
    /// </remarks>
    public bool Purge(string documentId) => _database.Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        using (var derived = new NpgsqlCommand(
            """
            DELETE FROM analyses WHERE document_id = @id;
            DELETE FROM queue WHERE document_id = @id;
            """,
            connection,
            transaction))
        {
            derived.Parameters.AddWithValue("id", documentId);
            derived.ExecuteNonQuery();
        }

        using var document = new NpgsqlCommand("DELETE FROM documents WHERE id = @id", connection, transaction);
        document.Parameters.AddWithValue("id", documentId);
        int deleted = document.ExecuteNonQuery();
        transaction.Commit();
        return deleted > 0;
    });

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private static NpgsqlParameter Texts(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static Document ReadDocument(NpgsqlDataReader reader) => StoredRows.Document(reader);
}
