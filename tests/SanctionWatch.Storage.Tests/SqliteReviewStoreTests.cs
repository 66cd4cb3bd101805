using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Reviews;
using SanctionWatch.Storage.Sql;
using SanctionWatch.Storage.Sqlite.Lists;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Storage.Tests;

/// <summary>The review store contract on the embedded SQLite store (a temporary file shared with the lists).</summary>
public sealed class SqliteReviewStoreTests : ReviewStoreContractTests
{
    private readonly TempFolder _folder = new();

    /// <inheritdoc />
    protected override IReviewStore OpenReviewStore() => new SqlReviewStore(SqlConnector.Sqlite(_folder.File("sw.db")));

    /// <inheritdoc />
    protected override IListStore OpenListStore() => new SqliteListStore(_folder.File("sw.db"));

    /// <inheritdoc />
    protected override void DisposeEngine() => _folder.Dispose();
}
