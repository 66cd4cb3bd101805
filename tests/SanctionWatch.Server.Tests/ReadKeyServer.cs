namespace SanctionWatch.Server.Tests;

/// <summary>A server whose reads need a key too (<c>--read-key</c>), over a new empty store.</summary>
public sealed class ReadKeyServer : IAsyncLifetime
{
    /// <summary>The key reads need.</summary>
    public const string ReadKey = "read-key-9876543210";

    /// <summary>The running server.</summary>
    public ServerProcess Server { get; } = new(prepare: false, "--api-key", ServerProcess.ApiKey, "--read-key", ReadKey);

    /// <inheritdoc />
    public ValueTask InitializeAsync() => Server.InitializeAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
