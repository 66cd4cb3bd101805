using System.Runtime.ExceptionServices;
using Microsoft.Data.Sqlite;

namespace SanctionWatch.Storage.Sqlite;

/// <summary>The embedded document store: one SQLite file in WAL mode, with an FTS5 index over the text.</summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            title TEXT,
            language TEXT NOT NULL,
            published TEXT,
            url TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE queue (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            worker TEXT,
            lease_until INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE analyses (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            analyzer_version TEXT NOT NULL,
            sentences INTEGER NOT NULL,
            payload TEXT NOT NULL,
            analyzed_at TEXT NOT NULL
        ) STRICT;
        """,
    ];

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteDocumentStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    /// <summary>Opens (creating and migrating if needed) the store in <paramref name="path"/>.</summary>
    public static SqliteDocumentStore Open(string path, TimeProvider? clock = null)
    {
        SqliteConnection connection;
        try
        {
            connection = SqliteDatabase.Open(path);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"cannot open the store '{path}': {e.Message}", e);
        }

        try
        {
            SqliteSchema.Migrate(connection, "documents", Migrations);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"'{path}' is not a usable SanctionWatch store: {e.Message}", e);
        }

        return new SqliteDocumentStore(connection, clock ?? TimeProvider.System);
    }

    /// <inheritdoc />
    public IngestResult Ingest(IReadOnlyList<Document> documents)
    {
        int added = 0;
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO documents(id, source, title, language, published, url, text, ingested_at)
            VALUES ($id, $source, $title, $language, $published, $url, $text, $at)
            ON CONFLICT(id) DO NOTHING
            RETURNING rowid
            """;
        var row = new SqliteRow(insert, "$id", "$source", "$title", "$language", "$published", "$url", "$text");
        insert.Parameters.AddWithValue("$at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));

        using var fts = _connection.CreateCommand();
        fts.Transaction = transaction;
        fts.CommandText = "INSERT INTO documents_fts(rowid, title, text) VALUES ($rowid, $title, $text)";
        var ftsRow = fts.Parameters.Add("$rowid", SqliteType.Integer);
        var ftsTitle = fts.Parameters.Add("$title", SqliteType.Text);
        var ftsText = fts.Parameters.Add("$text", SqliteType.Text);

        using var enqueue = _connection.CreateCommand();
        enqueue.Transaction = transaction;
        enqueue.CommandText = "INSERT INTO queue(document_id) VALUES ($id) ON CONFLICT DO NOTHING";
        var queueId = enqueue.Parameters.Add("$id", SqliteType.Text);

        foreach (var document in documents)
        {
            object? rowid = row.With(document.Id, document.Source, document.Title, document.Language, document.Published, document.Url, document.Text).ExecuteScalar();
            if (rowid is null)
            {
                continue;
            }

            added++;
            ftsRow.Value = rowid;
            ftsTitle.Value = (object?)document.Title ?? DBNull.Value;
            ftsText.Value = document.Text;
            fts.ExecuteNonQuery();
            queueId.Value = document.Id;
            enqueue.ExecuteNonQuery();
        }

        transaction.Commit();
        return new IngestResult(added, documents.Count - added);
    }

    /// <inheritdoc />
    public IReadOnlyList<Document> Claim(string worker, int max, TimeSpan lease)
    {
        long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE queue SET worker = $worker, lease_until = $until, attempts = attempts + 1
            WHERE document_id IN (
                SELECT document_id FROM queue
                WHERE worker IS NULL OR lease_until < $now
                ORDER BY document_id LIMIT $max)
            RETURNING document_id
            """;
        command.Parameters.AddWithValue("$worker", worker);
        command.Parameters.AddWithValue("$until", now + (long)lease.TotalMilliseconds);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$max", max);
        var ids = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var documents = ReadDocuments(ids, transaction);
        transaction.Commit();
        return documents;
    }

    /// <inheritdoc />
    public void Complete(string worker, DocumentAnalysis analysis)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var save = _connection.CreateCommand();
        save.Transaction = transaction;
        save.CommandText = """
            INSERT INTO analyses(document_id, analyzer_version, sentences, payload, analyzed_at)
            VALUES ($id, $version, $sentences, $payload, $at)
            ON CONFLICT(document_id) DO UPDATE SET analyzer_version = excluded.analyzer_version,
                sentences = excluded.sentences, payload = excluded.payload, analyzed_at = excluded.analyzed_at;
            DELETE FROM queue WHERE document_id = $id;
            """;
        save.Parameters.AddWithValue("$id", analysis.DocumentId);
        save.Parameters.AddWithValue("$version", analysis.AnalyzerVersion);
        save.Parameters.AddWithValue("$sentences", analysis.Sentences.Count);
        save.Parameters.AddWithValue("$payload", AnalysisJson.Serialize(analysis));
        save.Parameters.AddWithValue("$at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        save.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <inheritdoc />
    public int RequeueStale(string analyzerVersion)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO queue(document_id)
            SELECT d.id FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
            WHERE a.analyzer_version IS NOT $version
            ON CONFLICT DO NOTHING
            """;
        command.Parameters.AddWithValue("$version", analyzerVersion);
        return command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public QueueStatus Status()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT
                COALESCE(SUM(worker IS NULL), 0),
                COALESCE(SUM(worker IS NOT NULL AND lease_until >= $now), 0),
                COALESCE(SUM(worker IS NOT NULL AND lease_until < $now), 0)
            FROM queue
            """;
        command.Parameters.AddWithValue("$now", _clock.GetUtcNow().ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        reader.Read();
        return new QueueStatus(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    /// <inheritdoc />
    public int CountDocuments()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM documents";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public IReadOnlyList<AnalyzedDocument> Load(IReadOnlyCollection<string>? ids = null)
    {
        if (ids is not null && ids.Count <= MaxLookups)
        {
            return LoadByKey(ids);
        }

        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, d.source, d.title, d.language, d.published, d.text, d.url, a.payload
            FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
            ORDER BY d.id
            """;
        var wanted = ids is null ? null : new HashSet<string>(ids, StringComparer.Ordinal);
        var rows = new List<(Document Document, string? Payload)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                string id = reader.GetString(0);
                if (wanted is not null && !wanted.Contains(id))
                {
                    continue;
                }

                rows.Add((ReadDocument(reader), reader.IsDBNull(7) ? null : reader.GetString(7)));
            }
        }

        // Parsing the stored analyses costs more than reading them; it runs on every core, keeping the row order.
        try
        {
            return rows.AsParallel().AsOrdered()
                .Select(row => new AnalyzedDocument(row.Document, row.Payload is null ? null : AnalysisJson.Deserialize(row.Payload)))
                .ToList();
        }
        catch (AggregateException e)
        {
            // Callers handle the parser's own exception (e.g. a StoreException for an empty analysis), not the wrapper.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The bytes are really gone from the file afterwards: <c>secure_delete</c> overwrites freed content, FTS5's
    /// <c>optimize</c> merges away the index segments that still held the document's terms, and a truncating
    /// checkpoint empties the write-ahead log (other connections reading at that moment can delay that part).
    /// </remarks>
    public bool Purge(string documentId)
    {
        SqliteDatabase.Execute(_connection, "PRAGMA secure_delete = ON");
        using (var transaction = _connection.BeginTransaction(deferred: false))
        {
            using var find = _connection.CreateCommand();
            find.Transaction = transaction;
            find.CommandText = "SELECT rowid, title, text FROM documents WHERE id = $id";
            find.Parameters.AddWithValue("$id", documentId);
            long rowid;
            object title;
            string text;
            using (var reader = find.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return false;
                }

                rowid = reader.GetInt64(0);
                title = reader.IsDBNull(1) ? DBNull.Value : reader.GetString(1);
                text = reader.GetString(2);
            }

            // An external-content FTS5 table forgets a row only when told the exact values it indexed.
            using var delete = _connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = """
                INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', $rowid, $title, $text);
                DELETE FROM analyses WHERE document_id = $id;
                DELETE FROM queue WHERE document_id = $id;
                DELETE FROM documents WHERE id = $id;
                """;
            delete.Parameters.AddWithValue("$rowid", rowid);
            delete.Parameters.AddWithValue("$title", title);
            delete.Parameters.AddWithValue("$text", text);
            delete.Parameters.AddWithValue("$id", documentId);
            delete.ExecuteNonQuery();
            transaction.Commit();
        }

        SqliteDatabase.Execute(_connection, "INSERT INTO documents_fts(documents_fts) VALUES ('optimize')");
        SqliteDatabase.Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    // Up to this many documents are looked up by key; more are read in one pass over the table.
    private const int MaxLookups = 256;

    // A page showing a few articles of a large store must not read every stored document to find them.
    private List<AnalyzedDocument> LoadByKey(IReadOnlyCollection<string> ids)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, d.source, d.title, d.language, d.published, d.text, d.url, a.payload
            FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
            WHERE d.id = $id
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var result = new List<AnalyzedDocument>(ids.Count);
        foreach (string documentId in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            id.Value = documentId;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                var analysis = reader.IsDBNull(7) ? null : AnalysisJson.Deserialize(reader.GetString(7));
                result.Add(new AnalyzedDocument(ReadDocument(reader), analysis));
            }
        }

        return result;
    }

    private List<Document> ReadDocuments(List<string> ids, SqliteTransaction transaction)
    {
        var documents = new List<Document>(ids.Count);
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, source, title, language, published, text, url FROM documents WHERE id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        foreach (string documentId in ids)
        {
            id.Value = documentId;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                documents.Add(ReadDocument(reader));
            }
        }

        return documents;
    }

    private static Document ReadDocument(SqliteDataReader reader) => StoredRows.Document(reader);
}
