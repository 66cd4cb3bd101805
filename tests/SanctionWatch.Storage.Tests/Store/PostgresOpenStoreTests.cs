namespace SanctionWatch.Storage.Tests.Store;

/// <summary>The <see cref="IStore"/> contract on a fresh PostgreSQL database (skips without <c>$SANCTIONWATCH_TEST_POSTGRES</c>).</summary>
public sealed class PostgresOpenStoreTests : OpenStoreContractTests
{
    private readonly TestPostgres _database = TestPostgres.Create();

    /// <inheritdoc />
    protected override string Address => _database.ConnectionString;

    /// <inheritdoc />
    protected override void DisposeEngine() => _database.Dispose();

    [Fact]
    public void Open_ServerThatDoesNotAnswer_IsOneLineStoreError()
    {
        var error = Assert.Throws<StoreException>(() => Storage.Store.Open("postgres://nobody@127.0.0.1:1/none?timeout=2"));

        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
