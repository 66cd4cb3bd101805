namespace SanctionWatch.Server.Security;

/// <summary>Reads the key a request presents: <c>X-API-Key</c>, <c>Authorization: ApiKey/Bearer</c>, or (for reads only) Basic's password.</summary>
public static class PresentedKey
{
    /// <summary>The key in the explicit headers, or null; browsers never send these cross-site without a preflight.</summary>
    public static string? Explicit(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue("X-API-Key", out var header) && header.ToString() is { Length: > 0 } key)
        {
            return key;
        }

        string auth = request.Headers.Authorization.ToString();
        foreach (string scheme in new[] { "ApiKey ", "Bearer " })
        {
            if (auth.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return auth[scheme.Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The password of HTTP Basic authentication (any user name), or null. Browsers send it by themselves, so it opens
    /// the pages for reading; it never counts for writes, which a cross-site form could otherwise ride.
    /// </summary>
    public static string? Basic(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string auth = request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            string pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..].Trim()));
            int colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 ? pair[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
