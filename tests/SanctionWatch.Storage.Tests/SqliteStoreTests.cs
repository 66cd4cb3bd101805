using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Sqlite;
using SanctionWatch.Storage.Sqlite.Lists;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Storage.Tests;

/// <summary>The store contract on the embedded SQLite store (a temporary file).</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly TempFolder _folder = new();

    /// <inheritdoc />
    protected override IDocumentStore OpenDocumentStore() => SqliteDocumentStore.Open(_folder.File("sw.db"));

    /// <inheritdoc />
    protected override IListStore OpenListStore() => new SqliteListStore(_folder.File("sw.db"));

    /// <inheritdoc />
    protected override void DisposeEngine() => _folder.Dispose();
}
