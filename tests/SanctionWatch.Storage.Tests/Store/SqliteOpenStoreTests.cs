namespace SanctionWatch.Storage.Tests.Store;

/// <summary>The <see cref="IStore"/> contract on a SQLite file.</summary>
public sealed class SqliteOpenStoreTests : OpenStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sanctionwatch-istore-").FullName;

    /// <inheritdoc />
    protected override string Address => Path.Combine(_folder, "s.db");

    /// <inheritdoc />
    protected override void DisposeEngine() => Directory.Delete(_folder, recursive: true);
}
