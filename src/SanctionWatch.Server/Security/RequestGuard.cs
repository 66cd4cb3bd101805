namespace SanctionWatch.Server.Security;

/// <summary>
/// The first door of every request: a <c>Host</c> the server answers to (DNS rebinding), a read key when one is set,
/// and no state change sent by another site (CSRF: <c>Sec-Fetch-Site</c>, <c>Origin</c>, <c>Referer</c>).
/// <c>/healthz</c> passes untouched so that probes stay cheap.
/// </summary>
public sealed class RequestGuard
{
    /// <summary>The names a loopback server answers to when no <c>--allowed-hosts</c> is given.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> _hosts;
    private readonly bool _anyHost;
    private readonly ApiKeyFilter _readKey;
    private readonly ApiKeyFilter _writeKey;

    /// <summary>Creates the guard for <paramref name="options"/>.</summary>
    public RequestGuard(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hosts = options.AllowedHosts is { Count: > 0 } given ? given : LoopbackHosts;
        _anyHost = hosts.Contains("*");
        _hosts = new HashSet<string>(hosts.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        _readKey = new ApiKeyFilter(options.ReadKey);
        _writeKey = new ApiKeyFilter(options.ApiKey);
    }

    /// <summary>Runs the checks, then <paramref name="next"/>.</summary>
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Request;
        if (request.Path.Equals("/healthz", StringComparison.Ordinal))
        {
            return next(context);
        }

        if (!_anyHost && !_hosts.Contains(request.Host.Host.Contains(':', StringComparison.Ordinal) ? $"[{request.Host.Host.Trim('[', ']')}]" : request.Host.Host))
        {
            return Problem(context, StatusCodes.Status400BadRequest, "This server does not answer to that host name",
                "Add the name to --allowed-hosts if it is yours.");
        }

        if (_readKey.KeyRequired && !ReadAllowed(request))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"SanctionWatch\", charset=\"UTF-8\"";
            return Problem(context, StatusCodes.Status401Unauthorized, "This server needs its read key",
                "Send it in the X-API-Key header, or as the password when the browser asks.");
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && CrossSite(request) is { } reason)
        {
            return Problem(context, StatusCodes.Status403Forbidden, "Changes from another site are refused", reason);
        }

        return next(context);
    }

    private bool ReadAllowed(HttpRequest request)
    {
        string? given = PresentedKey.Explicit(request) ?? PresentedKey.Basic(request);
        return given is not null && (_readKey.Accepts(given) || (_writeKey.KeyRequired && _writeKey.Accepts(given)));
    }

    // Why the request comes from another site, or null. Browsers send Sec-Fetch-Site (which a page cannot forge)
    // with every request, including the "simple" cross-site POSTs (text/plain, forms) that skip the CORS preflight;
    // when present it decides, since a same-origin form post may still carry Origin "null" (privacy settings,
    // sandboxed frames). Older browsers send only Origin or Referer; clients that send none of these (curl,
    // scripts) are not browsers riding someone's session and pass.
    private static string? CrossSite(HttpRequest request)
    {
        string site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none" ? null : $"Sec-Fetch-Site is '{site}'.";
        }

        string origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return SameAuthority(origin, request) ? null : $"Origin '{origin}' is not this server.";
        }

        string referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && !SameAuthority(referer, request) ? "The Referer is not this server." : null;
    }

    private static bool SameAuthority(string address, HttpRequest request) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static Task Problem(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
