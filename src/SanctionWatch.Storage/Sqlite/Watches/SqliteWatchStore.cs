using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SanctionWatch.Storage.Rows;
using SanctionWatch.Storage.Schema;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Storage.Sqlite.Watches;

/// <summary>The SQLite implementation of <see cref="IWatchStore"/> (tables <c>watches</c>, <c>watch_seen</c>, <c>alerts</c>, <c>watch_settings</c>).</summary>
public sealed class SqliteWatchStore : IWatchStore
{
    private static readonly string[] s_migrations = WatchTables.Migrations(SqlDialect.Sqlite);

    private const string AlertColumns = "id, watch_id, kind, message, subjects, document, start_offset, end_offset, created, read, delivered";

    private readonly SqliteConnection _connection;

    private SqliteWatchStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating and migrating) the store at <paramref name="path"/>.</summary>
    public static SqliteWatchStore Open(string path)
    {
        var connection = SqliteDatabase.Open(path);
        try
        {
            SqliteSchema.Migrate(connection, "watch", s_migrations);
            return new SqliteWatchStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public Watch AddWatch(string kind, string value, DateTimeOffset created, IReadOnlyCollection<string> seen)
    {
        using var transaction = _connection.BeginTransaction();
        long id;
        using (var insert = Command("INSERT INTO watches(kind, value, created) VALUES ($k, $v, $c) RETURNING id", transaction))
        {
            insert.Parameters.AddWithValue("$k", kind);
            insert.Parameters.AddWithValue("$v", value);
            insert.Parameters.AddWithValue("$c", Time(created));
            id = (long)insert.ExecuteScalar()!;
        }

        InsertSeen(id, seen, transaction);
        transaction.Commit();
        return new Watch(id, kind, value, created);
    }

    /// <inheritdoc />
    public IReadOnlyList<Watch> GetWatches()
    {
        using var command = Command("SELECT id, kind, value, created FROM watches ORDER BY id");
        return StoredRows.ReadAll(command, r => StoredRows.Watch(r, ColumnTypes.Sqlite));
    }

    /// <inheritdoc />
    public bool RemoveWatch(long id)
    {
        using var command = Command("DELETE FROM watches WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public int ForgetDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        using var seen = Command("DELETE FROM watch_seen WHERE instr(key, $id) > 0");
        seen.Parameters.AddWithValue("$id", documentId);
        seen.ExecuteNonQuery();
        using var alerts = Command("DELETE FROM alerts WHERE document = $id");
        alerts.Parameters.AddWithValue("$id", documentId);
        return alerts.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public IReadOnlySet<string> GetSeen(long watchId)
    {
        using var command = Command("SELECT key FROM watch_seen WHERE watch_id = $id");
        command.Parameters.AddWithValue("$id", watchId);
        using var reader = command.ExecuteReader();
        var result = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<Alert> Record(long watchId, IReadOnlyCollection<string> seen, IReadOnlyList<NewAlert> alerts, DateTimeOffset created)
    {
        using var transaction = _connection.BeginTransaction();
        InsertSeen(watchId, seen, transaction);
        var stored = new List<Alert>(alerts.Count);
        using (var insert = Command(
            "INSERT INTO alerts(watch_id, kind, message, subjects, document, start_offset, end_offset, created) VALUES ($w, $k, $m, $s, $d, $b, $e, $c) RETURNING id",
            transaction))
        {
            foreach (var alert in alerts)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$w", watchId);
                insert.Parameters.AddWithValue("$k", alert.Kind);
                insert.Parameters.AddWithValue("$m", alert.Message);
                insert.Parameters.AddWithValue("$s", JsonSerializer.Serialize(alert.Subjects));
                insert.Parameters.AddWithValue("$d", (object?)alert.Document ?? DBNull.Value);
                insert.Parameters.AddWithValue("$b", (object?)alert.Start ?? DBNull.Value);
                insert.Parameters.AddWithValue("$e", (object?)alert.End ?? DBNull.Value);
                insert.Parameters.AddWithValue("$c", Time(created));
                long id = (long)insert.ExecuteScalar()!;
                stored.Add(new Alert(id, watchId, alert.Kind, alert.Message, alert.Subjects, alert.Document, alert.Start, alert.End, created, false, false));
            }
        }

        transaction.Commit();
        return stored;
    }

    /// <inheritdoc />
    public IReadOnlyList<Alert> GetAlerts(bool unreadOnly = false, int limit = 100)
    {
        using var command = Command($"SELECT {AlertColumns} FROM alerts {(unreadOnly ? "WHERE read = 0" : "")} ORDER BY id DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", Math.Max(1, limit));
        return ReadAlerts(command);
    }

    /// <inheritdoc />
    public int Acknowledge(IReadOnlyCollection<long>? ids)
    {
        using var transaction = _connection.BeginTransaction();
        int changed = 0;
        using var command = Command(ids is null ? "UPDATE alerts SET read = 1 WHERE read = 0" : "UPDATE alerts SET read = 1 WHERE read = 0 AND id = $id", transaction);
        if (ids is null)
        {
            changed = command.ExecuteNonQuery();
        }
        else
        {
            var id = command.Parameters.Add("$id", SqliteType.Integer);
            foreach (long value in ids)
            {
                id.Value = value;
                changed += command.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return changed;
    }

    /// <inheritdoc />
    public IReadOnlyList<Alert> GetUndelivered(int limit = 100)
    {
        using var command = Command($"SELECT {AlertColumns} FROM alerts WHERE delivered = 0 ORDER BY id LIMIT $limit");
        command.Parameters.AddWithValue("$limit", Math.Max(1, limit));
        return ReadAlerts(command);
    }

    /// <inheritdoc />
    public void MarkDelivered(IReadOnlyCollection<long> ids)
    {
        using var transaction = _connection.BeginTransaction();
        using var command = Command("UPDATE alerts SET delivered = 1 WHERE id = $id", transaction);
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (long value in ids)
        {
            id.Value = value;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public string? GetSetting(string name)
    {
        using var command = Command("SELECT value FROM watch_settings WHERE name = $n");
        command.Parameters.AddWithValue("$n", name);
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void SetSetting(string name, string? value)
    {
        using var command = Command(value is null
            ? "DELETE FROM watch_settings WHERE name = $n"
            : "INSERT INTO watch_settings(name, value) VALUES ($n, $v) ON CONFLICT(name) DO UPDATE SET value = excluded.value");
        command.Parameters.AddWithValue("$n", name);
        if (value is not null)
        {
            command.Parameters.AddWithValue("$v", value);
        }

        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static List<Alert> ReadAlerts(SqliteCommand command) => StoredRows.ReadAll(command, r => StoredRows.Alert(r, ColumnTypes.Sqlite));

    private void InsertSeen(long watchId, IReadOnlyCollection<string> seen, SqliteTransaction transaction)
    {
        using var command = Command("INSERT OR IGNORE INTO watch_seen(watch_id, key) VALUES ($w, $k)", transaction);
        command.Parameters.AddWithValue("$w", watchId);
        var key = command.Parameters.Add("$k", SqliteType.Text);
        foreach (string value in seen)
        {
            key.Value = value;
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
