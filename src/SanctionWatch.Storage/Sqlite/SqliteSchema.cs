using Microsoft.Data.Sqlite;

namespace SanctionWatch.Storage.Sqlite;

/// <summary>
/// Versioned schema migrations, one sequence per component (<c>documents</c>, <c>lists</c>, …), so that
/// components evolve their tables independently. Each migration runs in its own transaction with the
/// version bump, so a crash never leaves a half-migrated store.
/// </summary>
public static class SqliteSchema
{
    /// <summary>Applies the migrations of <paramref name="component"/> that the store has not seen yet.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="component">The component's name; its version is kept in <c>schema_version</c>.</param>
    /// <param name="migrations">SQL scripts; script <c>i</c> brings the component to version <c>i + 1</c>.</param>
    /// <returns>The component's version after migrating.</returns>
    public static int Migrate(SqliteConnection connection, string component, IReadOnlyList<string> migrations)
    {
        // A store already at this version is not written to at all, so that read-only stores open.
        if (HasVersionTable(connection) && CurrentVersion(connection, component) == migrations.Count)
        {
            return migrations.Count;
        }

        SqliteDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                component TEXT PRIMARY KEY,
                version INTEGER NOT NULL
            ) STRICT;
            """);
        int current = CurrentVersion(connection, component);
        if (current > migrations.Count)
        {
            throw new StoreException(
                $"the store's '{component}' schema is version {current}, newer than this program knows ({migrations.Count}); upgrade sanctionwatch");
        }

        for (int version = current; version < migrations.Count; version++)
        {
            using var transaction = connection.BeginTransaction();
            SqliteDatabase.Execute(connection, migrations[version], transaction);
            using var bump = connection.CreateCommand();
            bump.Transaction = transaction;
            bump.CommandText = "INSERT INTO schema_version(component, version) VALUES ($c, $v) ON CONFLICT(component) DO UPDATE SET version = excluded.version";
            bump.Parameters.AddWithValue("$c", component);
            bump.Parameters.AddWithValue("$v", version + 1);
            bump.ExecuteNonQuery();
            transaction.Commit();
        }

        return migrations.Count;
    }

    private static bool HasVersionTable(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The component's schema version in the store, 0 when it has none.</summary>
    public static int CurrentVersion(SqliteConnection connection, string component)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version WHERE component = $c";
        command.Parameters.AddWithValue("$c", component);
        object? value = command.ExecuteScalar();
        return value is null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }
}
