namespace SanctionWatch.Server;

/// <summary>How <c>sanctionwatch serve</c> runs: which store, which addresses, which API key for writes.</summary>
/// <param name="Db">The SQLite store file.</param>
/// <param name="Urls">The addresses Kestrel listens on (default loopback only).</param>
/// <param name="ApiKey">The key writes must present, or null when writes are open.</param>
public sealed record ServerOptions(string Db, string Urls = ServerOptions.DefaultUrls, string? ApiKey = null)
{
    /// <summary>Loopback only: serving beyond this machine is a deliberate choice.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";
}
