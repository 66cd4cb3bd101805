using Npgsql;
using NpgsqlTypes;

namespace SanctionWatch.Storage.Postgres.Lists;

/// <summary>The PostgreSQL implementation of <see cref="IListStore"/>, with a trigram index on names when pg_trgm is available.</summary>
public sealed class PostgresListStore : IListStore, IDisposable
{
    private static readonly string[] Migrations = ListTables.Migrations(SqlDialect.Postgres);

    private const string Trigrams = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX IF NOT EXISTS list_entities_caption_trgm ON list_entities USING gin (lower(caption) gin_trgm_ops);
        """;

    private readonly PostgresDatabase _database;

    /// <summary>Connects to <paramref name="db"/> (a <c>postgres://</c> URL or connection string) and migrates it.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public PostgresListStore(string db)
        : this(PostgresDatabase.Create(db), owned: true)
    {
    }

    private PostgresListStore(PostgresDatabase database, bool owned)
    {
        _database = database;
        try
        {
            HasTrigrams = _database.Run(connection =>
            {
                PostgresSchema.Migrate(connection, "lists", Migrations);
                return PostgresSchema.TryOptional(connection, Trigrams);
            });
        }
        catch
        {
            if (owned)
            {
                _database.Dispose();
            }

            throw;
        }
    }

    /// <summary>Opens the store on <paramref name="database"/>, migrating it; disposing the store disposes <paramref name="database"/>.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresListStore Open(PostgresDatabase database) => new(database, owned: false);

    /// <summary>True when the server let the store use <c>pg_trgm</c> for <see cref="FindSimilarNames"/>.</summary>
    public bool HasTrigrams { get; }

    /// <inheritdoc />
    public IReadOnlyList<ListMetadata> GetLists() => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand(
            "SELECT list_id, title, list_date, source_files, format, entity_count, imported_at FROM list_lists ORDER BY list_id COLLATE \"C\"",
            connection);
        return StoredRows.ReadAll(command, r => StoredRows.List(r, ColumnTypes.Postgres));
    });

    /// <inheritdoc />
    public ListMetadata? GetList(string listId) => GetLists().FirstOrDefault(l => l.ListId == listId);

    /// <inheritdoc />
    public void ReplaceList(ListSnapshot snapshot) => _database.Run(connection =>
    {
        var m = snapshot.Metadata;
        // One transaction: readers see the old version until the commit (MVCC), and a failure leaves it.
        using var tx = connection.BeginTransaction();
        using (var del = new NpgsqlCommand("DELETE FROM list_lists WHERE list_id = @id", connection, tx))
        {
            del.Parameters.AddWithValue("id", m.ListId);
            del.ExecuteNonQuery();
        }

        using (var ins = new NpgsqlCommand("INSERT INTO list_lists VALUES (@id, @title, @date, @files, @format, @count, @at)", connection, tx))
        {
            ins.Parameters.AddWithValue("id", m.ListId);
            ins.Parameters.AddWithValue("title", m.Title);
            ins.Parameters.Add(new NpgsqlParameter("date", NpgsqlDbType.Date) { Value = m.ListDate is { } d ? d : DBNull.Value });
            ins.Parameters.AddWithValue("files", m.SourceFiles);
            ins.Parameters.AddWithValue("format", m.Format.ToString());
            ins.Parameters.AddWithValue("count", snapshot.Entities.Count);
            ins.Parameters.AddWithValue("at", m.ImportedAt.ToUniversalTime());
            ins.ExecuteNonQuery();
        }

        // COPY: a list has tens of thousands of entries; row-by-row inserts would dominate a refresh.
        using (var copy = connection.BeginBinaryImport(
            "COPY list_entities (list_id, entity_id, schema, caption, reference, programs, source_file, properties) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in snapshot.Entities)
            {
                copy.StartRow();
                copy.Write(m.ListId, NpgsqlDbType.Text);
                copy.Write(e.Id, NpgsqlDbType.Text);
                copy.Write(e.Schema, NpgsqlDbType.Text);
                copy.Write(e.Caption, NpgsqlDbType.Text);
                copy.Write(e.Reference, NpgsqlDbType.Text);
                copy.Write(JsonSerializer.Serialize(e.Programs), NpgsqlDbType.Json);
                copy.Write(e.SourceFile, NpgsqlDbType.Text);
                copy.Write(JsonSerializer.Serialize(e.Properties), NpgsqlDbType.Json);
            }

            copy.Complete();
        }

        tx.Commit();
    });

    /// <inheritdoc />
    public bool RemoveList(string listId) => _database.Run(connection =>
    {
        using var del = new NpgsqlCommand("DELETE FROM list_lists WHERE list_id = @id", connection);
        del.Parameters.AddWithValue("id", listId);
        return del.ExecuteNonQuery() > 0;
    });

    /// <inheritdoc />
    public IReadOnlyList<ListEntity> GetEntities(IReadOnlyCollection<string>? listIds = null)
    {
        var dates = GetLists().ToDictionary(l => l.ListId, l => l.ListDate, StringComparer.Ordinal);
        return _database.Run(connection =>
        {
            using var command = new NpgsqlCommand(
                """
                SELECT list_id, entity_id, schema, caption, reference, programs::text, source_file, properties::text
                FROM list_entities WHERE @all OR list_id = ANY(@lists) ORDER BY list_id COLLATE "C", seq
                """,
                connection);
            command.Parameters.AddWithValue("all", listIds is not { Count: > 0 });
            command.Parameters.Add(new NpgsqlParameter("lists", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (listIds ?? []).ToArray() });
            return StoredRows.ReadAll(command, r => StoredRows.ListEntry(r, dates));
        });
    }

    /// <summary>
    /// Candidate entries whose caption is similar to <paramref name="name"/> by trigrams (pg_trgm), best first;
    /// a coarse pre-filter for screening very large lists on the server. Empty when pg_trgm is unavailable.
    /// </summary>
    public IReadOnlyList<(string ListId, string EntityId, string Caption, double Similarity)> FindSimilarNames(string name, int limit = 20)
    {
        if (!HasTrigrams)
        {
            return [];
        }

        return _database.Run(connection =>
        {
            using var command = new NpgsqlCommand(
                """
                SELECT list_id, entity_id, caption, similarity(lower(caption), lower(@name))::float8 AS s
                FROM list_entities WHERE lower(caption) % lower(@name)
                ORDER BY s DESC, list_id COLLATE "C", entity_id COLLATE "C" LIMIT @limit
                """,
                connection);
            command.Parameters.AddWithValue("name", name);
            command.Parameters.AddWithValue("limit", limit);
            using var r = command.ExecuteReader();
            var result = new List<(string, string, string, double)>();
            while (r.Read())
            {
                result.Add((r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3)));
            }

            return result;
        });
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();
}
