using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Storage.Postgres.Watches;

/// <summary>The PostgreSQL implementation of <see cref="IWatchStore"/>, shared by every worker and server on one database.</summary>
public sealed class PostgresWatchStore : IWatchStore
{
    private static readonly string[] Migrations = WatchTables.Migrations(SqlDialect.Postgres);

    private const string AlertColumns = "id, watch_id, kind, message, subjects::text, document, start_offset, end_offset, created, read, delivered";

    private readonly PostgresDatabase _database;

    private PostgresWatchStore(PostgresDatabase database) => _database = database;

    /// <summary>Connects to <paramref name="db"/> and migrates it.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresWatchStore Open(string db) => PostgresDatabase.OpenStore(db, Open);

    /// <summary>Opens the store on <paramref name="database"/>, migrating it; disposing the store disposes <paramref name="database"/>.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresWatchStore Open(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.Run(connection => PostgresSchema.Migrate(connection, "watch", Migrations));
        return new PostgresWatchStore(database);
    }

    /// <inheritdoc />
    public Watch AddWatch(string kind, string value, DateTimeOffset created, IReadOnlyCollection<string> seen) => _database.Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        long id;
        using (var insert = new NpgsqlCommand("INSERT INTO watches(kind, value, created) VALUES (@k, @v, @c) RETURNING id", connection, transaction))
        {
            insert.Parameters.AddWithValue("k", kind);
            insert.Parameters.AddWithValue("v", value);
            insert.Parameters.AddWithValue("c", created.ToUniversalTime());
            id = (long)insert.ExecuteScalar()!;
        }

        InsertSeen(connection, transaction, id, seen);
        transaction.Commit();
        return new Watch(id, kind, value, created);
    });

    /// <inheritdoc />
    public IReadOnlyList<Watch> GetWatches() => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("SELECT id, kind, value, created FROM watches ORDER BY id", connection);
        return (IReadOnlyList<Watch>)StoredRows.ReadAll(command, r => StoredRows.Watch(r, ColumnTypes.Postgres));
    });

    /// <inheritdoc />
    public bool RemoveWatch(long id) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("DELETE FROM watches WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteNonQuery() > 0;
    });

    /// <inheritdoc />
    public int ForgetDocument(string documentId) => _database.Run(connection =>
    {
        ArgumentNullException.ThrowIfNull(documentId);
        using var seen = new NpgsqlCommand("DELETE FROM watch_seen WHERE strpos(key, @id) > 0", connection);
        seen.Parameters.AddWithValue("id", documentId);
        seen.ExecuteNonQuery();
        using var alerts = new NpgsqlCommand("DELETE FROM alerts WHERE document = @id", connection);
        alerts.Parameters.AddWithValue("id", documentId);
        return alerts.ExecuteNonQuery();
    });

    /// <inheritdoc />
    public IReadOnlySet<string> GetSeen(long watchId) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("SELECT key FROM watch_seen WHERE watch_id = @id", connection);
        command.Parameters.AddWithValue("id", watchId);
        using var reader = command.ExecuteReader();
        var result = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return (IReadOnlySet<string>)result;
    });

    /// <inheritdoc />
    public IReadOnlyList<Alert> Record(long watchId, IReadOnlyCollection<string> seen, IReadOnlyList<NewAlert> alerts, DateTimeOffset created) => _database.Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        InsertSeen(connection, transaction, watchId, seen);
        var stored = new List<Alert>(alerts.Count);
        foreach (var alert in alerts)
        {
            using var insert = new NpgsqlCommand(
                "INSERT INTO alerts(watch_id, kind, message, subjects, document, start_offset, end_offset, created) VALUES (@w, @k, @m, @s::json, @d, @b, @e, @c) RETURNING id",
                connection,
                transaction);
            insert.Parameters.AddWithValue("w", watchId);
            insert.Parameters.AddWithValue("k", alert.Kind);
            insert.Parameters.AddWithValue("m", alert.Message);
            insert.Parameters.AddWithValue("s", JsonSerializer.Serialize(alert.Subjects));
            insert.Parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Text) { Value = (object?)alert.Document ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("b", NpgsqlDbType.Integer) { Value = (object?)alert.Start ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("e", NpgsqlDbType.Integer) { Value = (object?)alert.End ?? DBNull.Value });
            insert.Parameters.AddWithValue("c", created.ToUniversalTime());
            long id = (long)insert.ExecuteScalar()!;
            stored.Add(new Alert(id, watchId, alert.Kind, alert.Message, alert.Subjects, alert.Document, alert.Start, alert.End, created, false, false));
        }

        transaction.Commit();
        return (IReadOnlyList<Alert>)stored;
    });

    /// <inheritdoc />
    public IReadOnlyList<Alert> GetAlerts(bool unreadOnly = false, int limit = 100) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT {AlertColumns} FROM alerts {(unreadOnly ? "WHERE NOT read" : "")} ORDER BY id DESC LIMIT @limit", connection);
        command.Parameters.AddWithValue("limit", Math.Max(1, limit));
        return ReadAlerts(command);
    });

    /// <inheritdoc />
    public int Acknowledge(IReadOnlyCollection<long>? ids) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand(
            ids is null ? "UPDATE alerts SET read = true WHERE NOT read" : "UPDATE alerts SET read = true WHERE NOT read AND id = ANY(@ids)",
            connection);
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
        }

        return command.ExecuteNonQuery();
    });

    /// <inheritdoc />
    public IReadOnlyList<Alert> GetUndelivered(int limit = 100) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT {AlertColumns} FROM alerts WHERE NOT delivered ORDER BY id LIMIT @limit", connection);
        command.Parameters.AddWithValue("limit", Math.Max(1, limit));
        return ReadAlerts(command);
    });

    /// <inheritdoc />
    public void MarkDelivered(IReadOnlyCollection<long> ids) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("UPDATE alerts SET delivered = true WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.ExecuteNonQuery();
    });

    /// <inheritdoc />
    public string? GetSetting(string name) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand("SELECT value FROM watch_settings WHERE name = @n", connection);
        command.Parameters.AddWithValue("n", name);
        return command.ExecuteScalar() as string;
    });

    /// <inheritdoc />
    public void SetSetting(string name, string? value) => _database.Run(connection =>
    {
        using var command = new NpgsqlCommand(
            value is null
                ? "DELETE FROM watch_settings WHERE name = @n"
                : "INSERT INTO watch_settings(name, value) VALUES (@n, @v) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            connection);
        command.Parameters.AddWithValue("n", name);
        if (value is not null)
        {
            command.Parameters.AddWithValue("v", value);
        }

        command.ExecuteNonQuery();
    });

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    private static List<Alert> ReadAlerts(NpgsqlCommand command) => StoredRows.ReadAll(command, r => StoredRows.Alert(r, ColumnTypes.Postgres));

    private static void InsertSeen(NpgsqlConnection connection, NpgsqlTransaction transaction, long watchId, IReadOnlyCollection<string> seen)
    {
        if (seen.Count == 0)
        {
            return;
        }

        using var command = new NpgsqlCommand(
            "INSERT INTO watch_seen(watch_id, key) SELECT @w, unnest(@keys) ON CONFLICT DO NOTHING",
            connection,
            transaction);
        command.Parameters.AddWithValue("w", watchId);
        command.Parameters.AddWithValue("keys", seen.ToArray());
        command.ExecuteNonQuery();
    }
}
