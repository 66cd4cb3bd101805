using System.Collections.Concurrent;

namespace SanctionWatch.Server.Security;

/// <summary>
/// Bounds costly work (screening, search, writes): a few requests at once per client address (429 at once beyond),
/// and a server-wide ceiling below the core count, so that <c>/healthz</c> always finds a core. Requests over the
/// ceiling wait in a bounded line without holding a thread; a full line or a long wait is 429 with <c>Retry-After</c>.
/// </summary>
public sealed class ClientLimiter : IDisposable
{
    private readonly ServerLimits _limits;
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _turns;
    private int _waiting;

    /// <summary>Creates the limiter.</summary>
    public ClientLimiter(ServerLimits limits)
    {
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _turns = new SemaphoreSlim(limits.MaxConcurrentCostly, limits.MaxConcurrentCostly);
    }

    /// <inheritdoc />
    public void Dispose() => _turns.Dispose();

    /// <summary>True for the requests that cost CPU or writes: everything but plain page and health reads.</summary>
    public static bool IsCostly(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string path = request.Path.Value ?? "";
        return !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || path.StartsWith("/search", StringComparison.Ordinal)
            || path.StartsWith("/api/search", StringComparison.Ordinal)
            || path.StartsWith("/screen", StringComparison.Ordinal)
            || path.StartsWith("/reconcile", StringComparison.Ordinal); // GET ?queries= and suggest/entity screen too
    }

    /// <summary>Runs <paramref name="next"/> within the bounds, or answers 429.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!IsCostly(context.Request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        string client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        int mine = _running.AddOrUpdate(client, 1, (_, n) => n + 1);
        try
        {
            if (mine > _limits.MaxConcurrentPerClient)
            {
                await TooMany(context, $"At most {_limits.MaxConcurrentPerClient} costly requests at once per client").ConfigureAwait(false);
                return;
            }

            if (!await Turn(context.RequestAborted).ConfigureAwait(false))
            {
                await TooMany(context, "The server is busy with other requests").ConfigureAwait(false);
                return;
            }

            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                _turns.Release();
            }
        }
        finally
        {
            // Drop the entry at zero so that the table does not grow with every address ever seen.
            if (_running.AddOrUpdate(client, 0, (_, n) => n - 1) <= 0)
            {
                _running.TryRemove(new KeyValuePair<string, int>(client, 0));
            }
        }
    }

    // True once this request may run; false when the line is full or the wait too long.
    private async Task<bool> Turn(CancellationToken aborted)
    {
        if (_turns.Wait(0, CancellationToken.None))
        {
            return true;
        }

        if (Interlocked.Increment(ref _waiting) > _limits.MaxQueuedCostly)
        {
            Interlocked.Decrement(ref _waiting);
            return false;
        }

        try
        {
            return await _turns.WaitAsync(_limits.QueueTimeout, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false; // the client went away while waiting
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private Task TooMany(HttpContext context, string title)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = _limits.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return context.Response.WriteAsJsonAsync(new { type = "about:blank", title, status = 429, detail = "Retry after the time in Retry-After." },
            (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
