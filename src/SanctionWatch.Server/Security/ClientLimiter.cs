using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SanctionWatch.Server.Security;

/// <summary>
/// Bounds costly work (screening, search, writes): a few requests at once per client address and a server-wide
/// ceiling below the core count, so that one client cannot starve the others and <c>/healthz</c> always finds a
/// core. Beyond either bound the answer is 429 with <c>Retry-After</c>, at once rather than queued.
/// </summary>
public sealed class ClientLimiter
{
    private readonly ServerLimits _limits;
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);
    private int _total;

    /// <summary>Creates the limiter.</summary>
    public ClientLimiter(ServerLimits limits) => _limits = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>True for the requests that cost CPU or writes: everything but plain page and health reads.</summary>
    public static bool IsCostly(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string path = request.Path.Value ?? "";
        return !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || path.StartsWith("/search", StringComparison.Ordinal)
            || path.StartsWith("/api/search", StringComparison.Ordinal)
            || path.StartsWith("/screen", StringComparison.Ordinal);
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
        int all = Interlocked.Increment(ref _total);
        try
        {
            if (mine > _limits.MaxConcurrentPerClient || all > _limits.MaxConcurrentCostly)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = _limits.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                string title = mine > _limits.MaxConcurrentPerClient
                    ? $"At most {_limits.MaxConcurrentPerClient} costly requests at once per client"
                    : "The server is busy with other requests";
                await context.Response.WriteAsJsonAsync(new { type = "about:blank", title, status = 429, detail = "Retry after the time in Retry-After." },
                    (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _total);
            // Drop the entry at zero so that the table does not grow with every address ever seen.
            if (_running.AddOrUpdate(client, 0, (_, n) => n - 1) <= 0)
            {
                _running.TryRemove(new KeyValuePair<string, int>(client, 0));
            }
        }
    }
}
