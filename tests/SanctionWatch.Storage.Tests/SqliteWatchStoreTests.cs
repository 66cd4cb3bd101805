using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Sql;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Storage.Tests;

/// <summary>The watch and feed store contract on SQLite (a fresh file per test).</summary>
public sealed class SqliteWatchStoreTests : WatchStoreContractTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "sw-watch-" + Guid.NewGuid().ToString("N") + ".db");

    /// <inheritdoc />
    protected override IWatchStore OpenWatchStore() => new SqlWatchStore(SqlConnector.Sqlite(_path));

    /// <inheritdoc />
    protected override IFeedStore OpenFeedStore() => new SqlFeedStore(SqlConnector.Sqlite(_path));

    /// <inheritdoc />
    protected override void DisposeEngine()
    {
        foreach (string file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
