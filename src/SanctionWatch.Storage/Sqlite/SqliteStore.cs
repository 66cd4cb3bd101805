using Microsoft.Data.Sqlite;
using SanctionWatch.Storage.Sqlite.Lists;

namespace SanctionWatch.Storage.Sqlite;

/// <summary>
/// The store in one SQLite file: each component store opens its own connection (connections are not thread-safe);
/// the change version is <c>PRAGMA data_version</c> on one long-lived connection that never writes, so it moves
/// with every commit of any other connection, this process's or another's.
/// </summary>
public sealed class SqliteStore : IStore
{
    private readonly Lock _versionLock = new();
    private SqliteConnection? _versionConnection;

    private SqliteStore(StoreAddress address) => Address = address;

    /// <inheritdoc />
    public StoreAddress Address { get; }

    private string Path => Address.Value;

    /// <summary>
    /// Opens the store file at <paramref name="address"/>, creating it and migrating every component now, so that a later
    /// open only reads and the version moves only with content. A file this process may not write is left as it is.
    /// </summary>
    public static SqliteStore Open(StoreAddress address)
    {
        string path = address.Value;
        SqliteDocumentStore.Open(path).Dispose();
        if (SqliteDatabase.Writable(path))
        {
            new SqliteListStore(path).Dispose();
            new SqlReviewStore(SqlConnector.Sqlite(path)).Dispose();
            new SqlWatchStore(SqlConnector.Sqlite(path)).Dispose();
            new SqlFeedStore(SqlConnector.Sqlite(path)).Dispose();
        }

        return new SqliteStore(address);
    }

    /// <inheritdoc />
    public IDocumentStore OpenDocuments() => SqliteDocumentStore.Open(Path);

    /// <inheritdoc />
    public IListStore OpenLists() => new SqliteListStore(Path);

    /// <inheritdoc />
    public IReviewStore OpenReviews() => new SqlReviewStore(SqlConnector.Sqlite(Path));

    /// <inheritdoc />
    public IWatchStore OpenWatches() => new SqlWatchStore(SqlConnector.Sqlite(Path));

    /// <inheritdoc />
    public IFeedStore OpenFeeds() => new SqlFeedStore(SqlConnector.Sqlite(Path));

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string? input, int limit = 20)
    {
        using var connection = SqliteDatabase.Open(Path);
        return SqliteSearch.Find(connection, input, limit);
    }

    /// <inheritdoc />
    public long Version()
    {
        lock (_versionLock)
        {
            _versionConnection ??= SqliteDatabase.Open(Path);
            using var command = _versionConnection.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Closes the connection that watches the version.</summary>
    public void Dispose()
    {
        lock (_versionLock)
        {
            _versionConnection?.Dispose();
            _versionConnection = null;
        }
    }
}
