using System.Net;

namespace SanctionWatch.Server.Security;

/// <summary>Tells loopback listening addresses from ones that reach the network, so that an open server stays on this machine.</summary>
public static class ListenAddresses
{
    /// <summary>The <c>--urls</c> entries (separated by <c>;</c>) that listen beyond loopback.</summary>
    public static IReadOnlyList<string> NonLoopback(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var found = new List<string>();
        foreach (string url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLoopback(url))
            {
                found.Add(url);
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="url"/> listens on loopback only (<c>localhost</c>, 127.0.0.0/8, <c>[::1]</c>).</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Kestrel's wildcards (*, +, 0.0.0.0, [::]) are not valid URI hosts everywhere; read the host by hand.
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        string rest = scheme >= 0 ? url[(scheme + 3)..] : url;
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        string authority = slash >= 0 ? rest[..slash] : rest;
        string host = authority.StartsWith('[')
            ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)]
            : authority.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
