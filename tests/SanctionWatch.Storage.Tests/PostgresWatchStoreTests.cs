using SanctionWatch.Storage.Feeds;
using SanctionWatch.Storage.Sql;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Storage.Tests;

/// <summary>The watch and feed store contract on PostgreSQL (a fresh database per test).</summary>
public sealed class PostgresWatchStoreTests : WatchStoreContractTests
{
    private TestPostgres? _database;

    private string ConnectionString => (_database ??= TestPostgres.Create()).ConnectionString;

    /// <inheritdoc />
    protected override IWatchStore OpenWatchStore() => new SqlWatchStore(SqlConnector.Postgres(ConnectionString));

    /// <inheritdoc />
    protected override IFeedStore OpenFeedStore() => new SqlFeedStore(SqlConnector.Postgres(ConnectionString));

    /// <inheritdoc />
    protected override void DisposeEngine() => _database?.Dispose();
}
