using Microsoft.Data.Sqlite;
using SanctionWatch.Storage.Postgres;
using SanctionWatch.Storage.Sqlite;

namespace SanctionWatch.Storage.Sql;

/// <summary>
/// A component store's way into SQLite or PostgreSQL, so that a store whose statements both backends share is written
/// once: on SQLite one connection for the store's life (connections are not thread-safe), on PostgreSQL a pooled
/// connection per call with driver failures turned into <see cref="StoreException"/>s.
/// </summary>
public sealed class SqlConnector : IDisposable
{
    private readonly SqliteConnection? _sqlite;
    private readonly PostgresDatabase? _postgres;

    private SqlConnector(SqliteConnection? sqlite, PostgresDatabase? postgres)
    {
        _sqlite = sqlite;
        _postgres = postgres;
        Dialect = sqlite is null ? SqlDialect.Postgres : SqlDialect.Sqlite;
        Types = sqlite is null ? ColumnTypes.Postgres : ColumnTypes.Sqlite;
    }

    /// <summary>How the backend's SQL differs.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>How the backend keeps the column types SQL does not share.</summary>
    public ColumnTypes Types { get; }

    /// <summary>Opens (creating if needed) the SQLite file at <paramref name="path"/>.</summary>
    public static SqlConnector Sqlite(string path) => new(SqliteDatabase.Open(path), null);

    /// <summary>Uses the PostgreSQL connection pool of <paramref name="database"/>; disposing the connector disposes it.</summary>
    public static SqlConnector Postgres(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new(null, database);
    }

    /// <summary>Creates a connection pool for <paramref name="db"/> (a <c>postgres://</c> URL or connection string).</summary>
    /// <exception cref="StoreException">The address cannot be understood.</exception>
    public static SqlConnector Postgres(string db) => Postgres(PostgresDatabase.Create(db));

    /// <summary>Runs <paramref name="work"/> on a connection.</summary>
    public T Run<T>(Func<DbConnection, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _sqlite is not null ? work(_sqlite) : _postgres!.Run(work);
    }

    /// <summary>Runs <paramref name="work"/> on a connection.</summary>
    public void Run(Action<DbConnection> work) => Run(connection =>
    {
        work(connection);
        return 0;
    });

    /// <summary>
    /// Applies the migrations of <paramref name="component"/> (made for this backend by <paramref name="migrations"/>) that
    /// the database has not seen yet; when that fails the connector is disposed.
    /// </summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public void Migrate(string component, Func<SqlDialect, string[]> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        try
        {
            string[] scripts = migrations(Dialect);
            if (_sqlite is not null)
            {
                SqliteSchema.Migrate(_sqlite, component, scripts);
            }
            else
            {
                _postgres!.Run(connection => PostgresSchema.Migrate(connection, component, scripts));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Closes the SQLite connection, or the PostgreSQL pool when the connector owns it.</summary>
    public void Dispose()
    {
        _sqlite?.Dispose();
        _postgres?.Dispose();
    }
}
