namespace SanctionWatch.Server;

/// <summary>The limits on every door of the server: body sizes, screening work per request and concurrent work per client.</summary>
public sealed record ServerLimits
{
    /// <summary>The largest request body Kestrel accepts for any endpoint (413 beyond).</summary>
    public long MaxBodyBytes { get; init; } = 2 << 20;

    /// <summary>The largest <c>/match</c> body (413 beyond): the largest allowed request fits well within it.</summary>
    public long MaxMatchBodyBytes { get; init; } = 512 << 10;

    /// <summary>The most queries one <c>/match</c> request may hold.</summary>
    public int MaxQueries { get; init; } = 100;

    /// <summary>The most names (name, alias, … values) one query may hold.</summary>
    public int MaxNamesPerQuery { get; init; } = 20;

    /// <summary>The longest name, in characters.</summary>
    public int MaxNameLength { get; init; } = 300;

    /// <summary>
    /// The work budget of one request: names summed over its queries. Each name retrieves at most a fixed number of
    /// candidate names (24), so this bounds the candidates scored per request (500 × 24 = 12,000).
    /// </summary>
    public int MaxNamesPerRequest { get; init; } = 500;

    /// <summary>Costly requests (screening, search, writes) one client may have running at once (429 beyond).</summary>
    public int MaxConcurrentPerClient { get; init; } = 4;

    /// <summary>Costly requests the whole server runs at once, so that <c>/healthz</c> and pages keep a core; the others wait in line.</summary>
    public int MaxConcurrentCostly { get; init; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Costly requests that may wait in line for a turn (429 beyond).</summary>
    public int MaxQueuedCostly { get; init; } = 64;

    /// <summary>How long a costly request waits in line before it is answered 429.</summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seconds a client told 429 should wait (<c>Retry-After</c>).</summary>
    public int RetryAfterSeconds { get; init; } = 1;
}
