using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace SanctionWatch.Application.Feeds;

/// <summary>
/// Which network addresses a feed may be fetched from: public ones only, unless the operator allows private ones.
/// Loopback, private, carrier-grade NAT, link-local (and so cloud metadata at 169.254.169.254), unique-local,
/// multicast and reserved ranges are refused, also when an IPv6 address carries an IPv4 one (mapped, NAT64, 6to4).
/// </summary>
public static class FeedAddressPolicy
{
    /// <summary>Why <paramref name="address"/> is not public (a few words), or null when a feed may be fetched from it.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                return Refusal(address.MapToIPv4());
            }

            byte[] b = address.GetAddressBytes();
            if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
            {
                return "a loopback or unspecified address";
            }

            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
            {
                return "a link-local address";
            }

            if ((b[0] & 0xFE) == 0xFC)
            {
                return "a private (unique-local) address";
            }

            if (address.IsIPv6Multicast)
            {
                return "a multicast address";
            }

            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that reaches the same hosts.
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0))
            {
                return Refusal(new IPAddress(b[12..16]));
            }

            if (b[0] == 0x20 && b[1] == 0x02)
            {
                return Refusal(new IPAddress(b[2..6]));
            }

            // IPv4-compatible (::a.b.c.d, deprecated) addresses.
            return b[..12].All(x => x == 0) ? Refusal(new IPAddress(b[12..16])) : null;
        }

        byte[] v4 = address.GetAddressBytes();
        return v4 switch
        {
            [127, ..] => "a loopback address",
            [0, ..] => "an unspecified address",
            [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => "a private address",
            [100, >= 64 and <= 127, ..] => "a shared (carrier NAT) address",
            [169, 254, 169, 254] => "a cloud metadata address",
            [169, 254, ..] => "a link-local address",
            [192, 0, 0, _] or [198, 18 or 19, ..] => "a reserved address",
            [>= 224, ..] => "a multicast or reserved address",
            _ => null,
        };
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves the host and connects only to public addresses,
    /// or to any address of a host named in <paramref name="allowedHosts"/> (an operator's own internal feed server).
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connector(IReadOnlySet<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        return (context, cancellation) => ConnectPublicAsync(context, allowedHosts, cancellation);
    }

    /// <summary>Connects to a public address of the context's host (or any address of an allowed host).</summary>
    /// <exception cref="FeedAddressRefusedException">Every address of the host is refused.</exception>
    public static async ValueTask<Stream> ConnectPublicAsync(SocketsHttpConnectionContext context, IReadOnlySet<string> allowedHosts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(allowedHosts);
        var endPoint = context.DnsEndPoint;
        bool allowed = allowedHosts.Contains(endPoint.Host);
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellation).ConfigureAwait(false);
        var usable = addresses.Where(a => allowed || Refusal(a) is null).ToArray();
        if (usable.Length == 0)
        {
            string why = addresses.Length == 0 ? "no address" : Refusal(addresses[0])!;
            throw new FeedAddressRefusedException(
                $"{endPoint.Host} is {why}; feeds may reach only public addresses (serve/poll with --allow-private-feeds to allow it)");
        }

        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, endPoint.Port, cancellation).ConfigureAwait(false);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
