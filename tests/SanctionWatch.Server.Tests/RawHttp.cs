using System.Net.Sockets;
using System.Text;

namespace SanctionWatch.Server.Tests;

/// <summary>An HTTP/1.1 request written by hand on a socket, for what HttpClient will not do: stall mid-body.</summary>
public sealed class RawHttp : IDisposable
{
    private readonly TcpClient _tcp = new();
    private NetworkStream? _stream;

    /// <summary>Connects and sends the head of a POST announcing <paramref name="length"/> bytes, then <paramref name="start"/> of them.</summary>
    public async Task StartPostAsync(Uri server, string path, int length, string start, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(server);
        await _tcp.ConnectAsync(server.Host, server.Port, token);
        _stream = _tcp.GetStream();
        string head = $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n{start}";
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(head), token);
        await _stream.FlushAsync(token);
    }

    /// <summary>Reads the status line of the answer (waits for it), or null when the server closed without one.</summary>
    public async Task<string?> StatusLineAsync(CancellationToken token)
    {
        var buffer = new byte[4096];
        int read = await _stream!.ReadAsync(buffer, token);
        if (read == 0)
        {
            return null;
        }

        string text = Encoding.ASCII.GetString(buffer, 0, read);
        return text.Split("\r\n")[0];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream?.Dispose();
        _tcp.Dispose();
    }
}
