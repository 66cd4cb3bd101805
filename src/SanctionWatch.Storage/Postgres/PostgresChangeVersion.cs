using Npgsql;

namespace SanctionWatch.Storage.Postgres;

/// <summary>
/// The store's change version on PostgreSQL: one <c>store_version</c> row that a statement trigger on every table bumps
/// in the writing transaction, so that it becomes visible exactly when the write commits, to every process sharing the
/// database (several <c>serve</c> processes invalidate their caches by it, as SQLite's <c>PRAGMA data_version</c> does).
/// </summary>
public static class PostgresChangeVersion
{
    private const string Trigger = "store_version_bump";

    // Tables that are not the store's content: the bookkeeping of migrations and of the version itself.
    private const string Content = $"""
        SELECT t.tablename FROM pg_tables t
        WHERE t.schemaname = current_schema() AND t.tablename NOT IN ('schema_version', 'store_version')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g
                          WHERE g.tgrelid = format('%I.%I', t.schemaname, t.tablename)::regclass AND g.tgname = '{Trigger}')
        """;

    /// <summary>True when the version row exists and every content table bumps it (a read; nothing is written).</summary>
    public static bool IsInstalled(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand(
            $"SELECT to_regclass('store_version') IS NOT NULL AND NOT EXISTS ({Content})", connection, transaction);
        return command.ExecuteScalar() is true;
    }

    /// <summary>
    /// Creates the version row and attaches the bump to every content table that lacks it. The trigger runs before each
    /// writing statement, so the version row is the first lock a writing transaction takes (no lock-order deadlock).
    /// </summary>
    public static void Install(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS store_version (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), version bigint NOT NULL);
            INSERT INTO store_version(version) VALUES (1) ON CONFLICT DO NOTHING;
            CREATE OR REPLACE FUNCTION store_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE store_version SET version = version + 1;
                RETURN NULL;
            END $$;
            """);
        var tables = new List<string>();
        using (var find = new NpgsqlCommand(Content, connection, transaction))
        using (var reader = find.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (string table in tables)
        {
            string quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            Execute(connection, transaction,
                $"CREATE TRIGGER {Trigger} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON {quoted} FOR EACH STATEMENT EXECUTE FUNCTION store_version_bump()");
        }
    }

    /// <summary>The current version, in one round trip (the pages ask on every request); the row exists once any component is migrated.</summary>
    public static long Read(NpgsqlConnection connection)
    {
        using var read = new NpgsqlCommand("SELECT version FROM store_version", connection);
        return read.ExecuteScalar() is long version ? version : 0;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
