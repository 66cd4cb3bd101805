namespace SanctionWatch.Server;

/// <summary>How <c>sanctionwatch serve</c> runs: which store, which addresses, which keys, which hosts and feeds.</summary>
/// <param name="Db">The store's address: a SQLite file or a PostgreSQL database (<c>postgres://…</c>).</param>
/// <param name="Urls">The addresses Kestrel listens on (default loopback only).</param>
/// <param name="ApiKey">The key writes must present, or null when writes are open (loopback only).</param>
public sealed record ServerOptions(string Db, string Urls = ServerOptions.DefaultUrls, string? ApiKey = null)
{
    /// <summary>Loopback only: serving beyond this machine is a deliberate choice.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>The key every request except <c>/healthz</c> must present (the API key also counts), or null when reads are open.</summary>
    public string? ReadKey { get; init; }

    /// <summary>
    /// The host names a request's <c>Host</c> header may carry (a DNS-rebinding page sends its own name); null means
    /// the loopback names only (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>); <c>*</c> allows any.
    /// </summary>
    public IReadOnlyList<string>? AllowedHosts { get; init; }

    /// <summary>True to let feeds reach loopback, private, link-local and metadata addresses (off: SSRF).</summary>
    public bool AllowPrivateFeeds { get; init; }

    /// <summary>The request limits (body sizes, screening work, concurrency).</summary>
    public ServerLimits Limits { get; init; } = new();
}
