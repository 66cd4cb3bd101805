using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Postgres.Feeds;
using SanctionWatch.Storage.Postgres.Watches;
using SanctionWatch.Storage.Sqlite.Feeds;
using SanctionWatch.Storage.Sqlite.Watches;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Cli.Commands;

/// <summary>Opens the watch and feed stores that <c>--db</c> names (the same database as the documents).</summary>
public static class WatchStores
{
    /// <summary>Opens the watch store at <paramref name="db"/>.</summary>
    public static IWatchStore OpenWatches(string db)
    {
        if (StoreFactory.IsPostgres(db))
        {
            return PostgresWatchStore.Open(db);
        }

        CheckFolder(db);
        return SqliteWatchStore.Open(db);
    }

    /// <summary>Opens the feed store at <paramref name="db"/>.</summary>
    public static IFeedStore OpenFeeds(string db)
    {
        if (StoreFactory.IsPostgres(db))
        {
            return PostgresFeedStore.Open(db);
        }

        CheckFolder(db);
        return SqliteFeedStore.Open(db);
    }

    private static void CheckFolder(string db)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(db));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserErrorException($"the folder of the store '{db}' does not exist");
        }
    }
}
