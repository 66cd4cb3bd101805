using Npgsql;

namespace SanctionWatch.Storage.Postgres;

/// <summary>
/// Versioned schema migrations for PostgreSQL, one sequence per component like the SQLite store. Migrations run
/// under an advisory lock in one transaction with the version bump, so workers starting together never race.
/// </summary>
public static class PostgresSchema
{
    // Any fixed number: every SanctionWatch process migrating the same database serialises on it.
    private const long MigrationLock = 0x5357_4D49_4752;

    /// <summary>Applies the migrations of <paramref name="component"/> that the database has not seen yet.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="component">The component's name; its version is kept in <c>schema_version</c>.</param>
    /// <param name="migrations">SQL scripts; script <c>i</c> brings the component to version <c>i + 1</c>.</param>
    /// <returns>The component's version after migrating.</returns>
    public static int Migrate(NpgsqlConnection connection, string component, IReadOnlyList<string> migrations)
    {
        // A store that is up to date is only read, so that opening one per request costs one round trip and no lock.
        if (IsCurrent(connection, component, migrations.Count) && PostgresChangeVersion.IsInstalled(connection))
        {
            return migrations.Count;
        }

        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (component text PRIMARY KEY, version integer NOT NULL)");
        int current;
        using (var read = new NpgsqlCommand("SELECT version FROM schema_version WHERE component = @c", connection, transaction))
        {
            read.Parameters.AddWithValue("c", component);
            current = read.ExecuteScalar() is int v ? v : 0;
        }

        if (current > migrations.Count)
        {
            throw new StoreException(
                $"the store's '{component}' schema is version {current}, newer than this program knows ({migrations.Count}); upgrade sanctionwatch");
        }

        for (int version = current; version < migrations.Count; version++)
        {
            Execute(connection, transaction, migrations[version]);
        }

        using (var bump = new NpgsqlCommand(
            "INSERT INTO schema_version(component, version) VALUES (@c, @v) ON CONFLICT (component) DO UPDATE SET version = excluded.version",
            connection,
            transaction))
        {
            bump.Parameters.AddWithValue("c", component);
            bump.Parameters.AddWithValue("v", migrations.Count);
            bump.ExecuteNonQuery();
        }

        PostgresChangeVersion.Install(connection, transaction);
        transaction.Commit();
        return migrations.Count;
    }

    /// <summary>
    /// Runs optional DDL (an extension and the indexes that need it); returns false, leaving the store usable,
    /// when the server does not have the extension or the user may not create it.
    /// </summary>
    public static bool TryOptional(NpgsqlConnection connection, string sql)
    {
        using var transaction = connection.BeginTransaction();
        try
        {
            Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
            Execute(connection, transaction, sql);
            transaction.Commit();
            return true;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege
            or PostgresErrorCodes.UndefinedFile or PostgresErrorCodes.FeatureNotSupported or PostgresErrorCodes.UndefinedObject)
        {
            transaction.Rollback();
            return false;
        }
    }

    private static bool IsCurrent(NpgsqlConnection connection, string component, int version)
    {
        using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection))
        {
            if (exists.ExecuteScalar() is not true)
            {
                return false;
            }
        }

        using var read = new NpgsqlCommand("SELECT version FROM schema_version WHERE component = @c", connection);
        read.Parameters.AddWithValue("c", component);
        return read.ExecuteScalar() is int current && current == version;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
