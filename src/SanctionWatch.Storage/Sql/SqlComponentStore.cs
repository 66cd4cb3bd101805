namespace SanctionWatch.Storage.Sql;

/// <summary>
/// What the component stores written once for SQLite and PostgreSQL share: their <see cref="SqlConnector"/>, migrated
/// when the store is made, and closed with it.
/// </summary>
public abstract class SqlComponentStore : IDisposable
{
    /// <summary>Migrates <paramref name="component"/> on <paramref name="db"/>; when that fails <paramref name="db"/> is disposed.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    protected SqlComponentStore(SqlConnector db, string component, Func<SqlDialect, string[]> migrations)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Migrate(component, migrations);
        Db = db;
    }

    /// <summary>The store's way into its database.</summary>
    protected SqlConnector Db { get; }

    /// <summary>Closes the connector (the SQLite connection, or the PostgreSQL pool when the store owns it).</summary>
    public void Dispose()
    {
        Db.Dispose();
        GC.SuppressFinalize(this);
    }
}
