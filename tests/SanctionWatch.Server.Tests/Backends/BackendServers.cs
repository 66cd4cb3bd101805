namespace SanctionWatch.Server.Tests.Backends;

/// <summary>The inputs every backend's server analyses besides the seeds: the samples, one of which names the port of Rajin.</summary>
internal static class BackendInputs
{
    public static readonly string[] Extra = [Path.Combine("samples", "articles")];
}

/// <summary><c>serve</c> over a SQLite file, with the samples analysed.</summary>
public sealed class SqliteServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public ServerProcess Server { get; } = new(postgres: false, BackendInputs.Extra);

    /// <inheritdoc />
    public ValueTask InitializeAsync() => Server.InitializeAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary><c>serve</c> over a fresh PostgreSQL database, with the samples analysed (skips without <c>$SANCTIONWATCH_TEST_POSTGRES</c>).</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public ServerProcess Server { get; } = new(postgres: true, BackendInputs.Extra);

    /// <inheritdoc />
    public ValueTask InitializeAsync() => Server.InitializeAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
