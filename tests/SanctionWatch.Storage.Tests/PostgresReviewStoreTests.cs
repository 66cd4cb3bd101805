using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Postgres.Lists;
using SanctionWatch.Storage.Reviews;
using SanctionWatch.Storage.Sql;

namespace SanctionWatch.Storage.Tests;

/// <summary>The review store contract on PostgreSQL (a fresh database per test; skipped without a test server).</summary>
public sealed class PostgresReviewStoreTests : ReviewStoreContractTests
{
    private TestPostgres? _database;

    private string ConnectionString => (_database ??= TestPostgres.Create()).ConnectionString;

    /// <inheritdoc />
    protected override IReviewStore OpenReviewStore() => new SqlReviewStore(SqlConnector.Postgres(ConnectionString));

    /// <inheritdoc />
    protected override IListStore OpenListStore() => new PostgresListStore(ConnectionString);

    /// <inheritdoc />
    protected override void DisposeEngine() => _database?.Dispose();
}
