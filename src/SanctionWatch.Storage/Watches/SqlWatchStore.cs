using System.Data;

namespace SanctionWatch.Storage.Watches;

/// <summary>
/// The <see cref="IWatchStore"/> of SQLite and PostgreSQL (tables <c>watches</c>, <c>watch_seen</c>, <c>alerts</c>,
/// <c>watch_settings</c>); on PostgreSQL shared by every worker and server on one database.
/// </summary>
/// <param name="db">The database; migrated now, and disposed with the store (or when migrating fails).</param>
public sealed class SqlWatchStore(SqlConnector db) : SqlComponentStore(db, "watch", WatchTables.Migrations), IWatchStore
{
    // Rows or ids per statement: a new watch marks everything it matches today as seen, thousands of keys on a large store.
    private const int Batch = 500;

    private readonly string _alertColumns =
        $"id, watch_id, kind, message, subjects{db.Dialect.JsonText}, document, start_offset, end_offset, created, read, delivered";

    /// <inheritdoc />
    public Watch AddWatch(string kind, string value, DateTimeOffset created, IReadOnlyCollection<string> seen) => Db.Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        long id;
        using (var insert = connection.Command("INSERT INTO watches(kind, value, created) VALUES (@k, @v, @c) RETURNING id", transaction))
        {
            insert.Add("@k", kind);
            insert.Add("@v", value);
            insert.Add("@c", Db.Types.TimeValue(created));
            id = (long)insert.ExecuteScalar()!;
        }

        InsertSeen(connection, transaction, id, seen);
        transaction.Commit();
        return new Watch(id, kind, value, created);
    });

    /// <inheritdoc />
    public IReadOnlyList<Watch> GetWatches() => Db.Run(connection =>
    {
        using var command = connection.Command("SELECT id, kind, value, created FROM watches ORDER BY id");
        return StoredRows.ReadAll(command, r => StoredRows.Watch(r, Db.Types));
    });

    /// <inheritdoc />
    public bool RemoveWatch(long id) => Db.Run(connection =>
    {
        using var command = connection.Command("DELETE FROM watches WHERE id = @id");
        command.Add("@id", id);
        return command.ExecuteNonQuery() > 0;
    });

    /// <inheritdoc />
    public int ForgetDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return Db.Run(connection =>
        {
            using var seen = connection.Command($"DELETE FROM watch_seen WHERE {Db.Dialect.Position}(key, @id) > 0");
            seen.Add("@id", documentId);
            seen.ExecuteNonQuery();
            using var alerts = connection.Command("DELETE FROM alerts WHERE document = @id");
            alerts.Add("@id", documentId);
            return alerts.ExecuteNonQuery();
        });
    }

    /// <inheritdoc />
    public IReadOnlySet<string> GetSeen(long watchId) => Db.Run(connection =>
    {
        using var command = connection.Command("SELECT key FROM watch_seen WHERE watch_id = @id");
        command.Add("@id", watchId);
        return StoredRows.ReadAll(command, r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
    });

    /// <inheritdoc />
    public IReadOnlyList<Alert> Record(long watchId, IReadOnlyCollection<string> seen, IReadOnlyList<NewAlert> alerts, DateTimeOffset created) => Db.Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        InsertSeen(connection, transaction, watchId, seen);
        var stored = new List<Alert>(alerts.Count);
        using (var insert = connection.Command(
            $"INSERT INTO alerts(watch_id, kind, message, subjects, document, start_offset, end_offset, created) VALUES (@w, @k, @m, @s{Db.Dialect.JsonParameter}, @d, @b, @e, @c) RETURNING id",
            transaction))
        {
            foreach (var alert in alerts)
            {
                insert.Parameters.Clear();
                insert.Add("@w", watchId);
                insert.Add("@k", alert.Kind);
                insert.Add("@m", alert.Message);
                insert.Add("@s", JsonSerializer.Serialize(alert.Subjects));
                insert.Add("@d", alert.Document, DbType.String);
                insert.Add("@b", alert.Start, DbType.Int32);
                insert.Add("@e", alert.End, DbType.Int32);
                insert.Add("@c", Db.Types.TimeValue(created));
                long id = (long)insert.ExecuteScalar()!;
                stored.Add(new Alert(id, watchId, alert.Kind, alert.Message, alert.Subjects, alert.Document, alert.Start, alert.End, created, false, false));
            }
        }

        transaction.Commit();
        return stored;
    });

    /// <inheritdoc />
    public IReadOnlyList<Alert> GetAlerts(bool unreadOnly = false, int limit = 100) =>
        ReadAlerts($"{(unreadOnly ? "WHERE NOT read" : "")} ORDER BY id DESC", limit);

    /// <inheritdoc />
    public int Acknowledge(IReadOnlyCollection<long>? ids) => Db.Run(connection =>
    {
        if (ids is null)
        {
            using var all = connection.Command("UPDATE alerts SET read = TRUE WHERE NOT read");
            return all.ExecuteNonQuery();
        }

        return UpdateEach(connection, "UPDATE alerts SET read = TRUE WHERE NOT read AND id IN", ids);
    });

    /// <inheritdoc />
    public IReadOnlyList<Alert> GetUndelivered(int limit = 100) => ReadAlerts("WHERE NOT delivered ORDER BY id", limit);

    /// <inheritdoc />
    public void MarkDelivered(IReadOnlyCollection<long> ids) =>
        Db.Run(connection => UpdateEach(connection, "UPDATE alerts SET delivered = TRUE WHERE id IN", ids));

    /// <inheritdoc />
    public string? GetSetting(string name) => Db.Run(connection =>
    {
        using var command = connection.Command("SELECT value FROM watch_settings WHERE name = @n");
        command.Add("@n", name);
        return command.ExecuteScalar() as string;
    });

    /// <inheritdoc />
    public void SetSetting(string name, string? value) => Db.Run(connection =>
    {
        using var command = connection.Command(value is null
            ? "DELETE FROM watch_settings WHERE name = @n"
            : "INSERT INTO watch_settings(name, value) VALUES (@n, @v) ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        command.Add("@n", name);
        if (value is not null)
        {
            command.Add("@v", value);
        }

        command.ExecuteNonQuery();
    });

    private static void InsertSeen(DbConnection connection, DbTransaction transaction, long watchId, IReadOnlyCollection<string> seen)
    {
        foreach (string[] keys in seen.Chunk(Batch))
        {
            using var command = connection.Command("", transaction);
            command.Add("@w", watchId);
            var rows = new string[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                rows[i] = $"(@w, {command.Add("@k" + i.ToString(CultureInfo.InvariantCulture), keys[i]).ParameterName})";
            }

            command.CommandText = $"INSERT INTO watch_seen(watch_id, key) VALUES {string.Join(", ", rows)} ON CONFLICT DO NOTHING";
            command.ExecuteNonQuery();
        }
    }

    // Every id in one transaction, many to a statement; returns the rows changed.
    private static int UpdateEach(DbConnection connection, string update, IReadOnlyCollection<long> ids)
    {
        using var transaction = connection.BeginTransaction();
        int changed = 0;
        foreach (long[] chunk in ids.Chunk(Batch))
        {
            using var command = connection.Command("", transaction);
            command.CommandText = $"{update} ({command.AddEach("@id", chunk)})";
            changed += command.ExecuteNonQuery();
        }

        transaction.Commit();
        return changed;
    }

    private List<Alert> ReadAlerts(string whereAndOrder, int limit) => Db.Run(connection =>
    {
        using var command = connection.Command($"SELECT {_alertColumns} FROM alerts {whereAndOrder} LIMIT @limit");
        command.Add("@limit", Math.Max(1, limit));
        return StoredRows.ReadAll(command, r => StoredRows.Alert(r, Db.Types));
    });
}
