using System.Security.Cryptography;
using SanctionWatch.Server.Security;

namespace SanctionWatch.Server.Hosting;

/// <summary>Lets a write through only with the configured API key (header <c>X-API-Key</c> or <c>Authorization: ApiKey/Bearer</c>).</summary>
public sealed class ApiKeyFilter : IEndpointFilter
{
    private readonly byte[]? _keyHash;

    /// <summary>Creates the filter; a null or empty key leaves writes open.</summary>
    public ApiKeyFilter(string? key) =>
        _keyHash = string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>True when writes need the key.</summary>
    public bool KeyRequired => _keyHash is not null;

    /// <summary>True when no key is configured or <paramref name="given"/> is the key (compared in constant time).</summary>
    public bool Accepts(string? given) =>
        _keyHash is null
        // Hashing both sides gives equal lengths, so the comparison takes the same time whatever the key.
        || (given is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(_keyHash, SHA256.HashData(Encoding.UTF8.GetBytes(given))));

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_keyHash is null)
        {
            return await next(context).ConfigureAwait(false);
        }

        string? given = Presented(context.HttpContext.Request);
        if (given is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "An API key is required for writes",
                detail: "Send it in the X-API-Key header.");
        }

        if (!Accepts(given))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The API key is not valid");
        }

        return await next(context).ConfigureAwait(false);
    }

    private static string? Presented(HttpRequest request) => PresentedKey.Explicit(request);
}
