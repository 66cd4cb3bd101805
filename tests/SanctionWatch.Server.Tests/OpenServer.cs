namespace SanctionWatch.Server.Tests;

/// <summary>The server as it runs by default: no keys, loopback only, over a new empty store.</summary>
public sealed class OpenServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public ServerProcess Server { get; } = new(prepare: false);

    /// <inheritdoc />
    public ValueTask InitializeAsync() => Server.InitializeAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
