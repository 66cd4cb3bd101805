using SanctionWatch.Storage.Postgres.Lists;

namespace SanctionWatch.Storage.Postgres;

/// <summary>
/// The store in one PostgreSQL database: every component migrated once at open, all on one connection pool (each call
/// takes a pooled connection, so the component stores are safe to share between threads); the change version is the
/// <c>store_version</c> row that every write bumps (<see cref="PostgresChangeVersion"/>).
/// </summary>
public sealed class PostgresStore : IStore
{
    private readonly PostgresDatabase _database;
    private readonly PostgresDocumentStore _documents;
    private readonly PostgresListStore _lists;
    private readonly SqlReviewStore _reviews;
    private readonly SqlWatchStore _watches;
    private readonly SqlFeedStore _feeds;

    private PostgresStore(StoreAddress address, PostgresDatabase database)
    {
        Address = address;
        _database = database;
        // Borrowed: a caller disposing what it opened leaves the pool to the others.
        _documents = PostgresDocumentStore.Open(database.Borrow());
        _lists = PostgresListStore.Open(database.Borrow());
        _reviews = new SqlReviewStore(SqlConnector.Postgres(database.Borrow()));
        _watches = new SqlWatchStore(SqlConnector.Postgres(database.Borrow()));
        _feeds = new SqlFeedStore(SqlConnector.Postgres(database.Borrow()));
    }

    /// <inheritdoc />
    public StoreAddress Address { get; }

    /// <summary>Connects to the database at <paramref name="address"/> and migrates every component.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer than this program.</exception>
    public static PostgresStore Open(StoreAddress address) =>
        PostgresDatabase.OpenStore(address.Value, database => new PostgresStore(address, database));

    /// <inheritdoc />
    public IDocumentStore OpenDocuments() => _documents;

    /// <inheritdoc />
    public IListStore OpenLists() => _lists;

    /// <inheritdoc />
    public IReviewStore OpenReviews() => _reviews;

    /// <inheritdoc />
    public IWatchStore OpenWatches() => _watches;

    /// <inheritdoc />
    public IFeedStore OpenFeeds() => _feeds;

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string? input, int limit = 20) =>
        _database.Run(connection => PostgresSearch.Find(connection, input, limit));

    /// <inheritdoc />
    public long Version() => _database.Run(PostgresChangeVersion.Read);

    /// <summary>Closes the connection pool.</summary>
    public void Dispose() => _database.Dispose();
}
