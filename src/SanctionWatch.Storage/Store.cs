using SanctionWatch.Storage.Postgres;
using SanctionWatch.Storage.Postgres.Lists;
using SanctionWatch.Storage.Sqlite;
using SanctionWatch.Storage.Sqlite.Lists;

namespace SanctionWatch.Storage;

/// <summary>
/// The one place that chooses the backend from a store's address: <see cref="Open"/> for a whole store (the server),
/// or one component alone (a CLI command that needs only the lists, say).
/// </summary>
public static class Store
{
    /// <summary>Opens (creating and migrating if needed) the store at <paramref name="address"/>.</summary>
    /// <exception cref="StoreException">The address is unusable or the store cannot be opened.</exception>
    public static IStore Open(string address)
    {
        var at = new StoreAddress(address);
        if (at.IsPostgres)
        {
            return PostgresStore.Open(at);
        }

        CheckFolder(address);
        return SqliteStore.Open(at);
    }

    /// <summary>Opens only the documents of the store at <paramref name="address"/>.</summary>
    public static IDocumentStore OpenDocuments(string address) =>
        IsPostgres(address) ? PostgresDocumentStore.Open(address) : SqliteDocumentStore.Open(CheckFolder(address));

    /// <summary>Opens only the sanctions lists of the store at <paramref name="address"/>.</summary>
    public static IListStore OpenLists(string address) =>
        IsPostgres(address) ? new PostgresListStore(address) : new SqliteListStore(CheckFolder(address));

    /// <summary>Opens only the review decisions of the store at <paramref name="address"/>.</summary>
    public static IReviewStore OpenReviews(string address) =>
        new SqlReviewStore(Connect(address));

    /// <summary>Opens only the watches of the store at <paramref name="address"/>.</summary>
    public static IWatchStore OpenWatches(string address) =>
        new SqlWatchStore(Connect(address));

    /// <summary>Opens only the feeds of the store at <paramref name="address"/>.</summary>
    public static IFeedStore OpenFeeds(string address) =>
        new SqlFeedStore(Connect(address));

    /// <summary>True when <paramref name="address"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsPostgres(string address) => PostgresDatabase.IsAddress(address);

    private static SqlConnector Connect(string address) =>
        IsPostgres(address) ? SqlConnector.Postgres(address) : SqlConnector.Sqlite(CheckFolder(address));

    // A SQLite file is created on first use, but never a folder: a mistyped folder is an error, not a new tree.
    private static string CheckFolder(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreException($"the folder of the store '{path}' does not exist");
        }

        return path;
    }
}
