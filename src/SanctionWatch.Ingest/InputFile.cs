using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace SanctionWatch.Ingest;

/// <summary>Reads a file as strict UTF-8 text, refusing what is not text with one warning.</summary>
internal static class InputFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Returns the file's text (without a UTF-8 byte order mark), or null after one warning.</summary>
    public static string? ReadText(string path, IngestOptions options, Action<IngestWarning> warn)
    {
        var bytes = ReadBytes(path, options, warn);
        return bytes is { } read ? Decode(path, read.AsSpan(), warn) : null;
    }

    /// <summary>Reads at most the size limit, or null after a warning.</summary>
    public static ArraySegment<byte>? ReadBytes(string path, IngestOptions options, Action<IngestWarning> warn)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // The length check avoids reading a huge file at all; the bounded read below also covers files
            // whose length the file system does not report (devices, growing files).
            if (stream.CanSeek && stream.Length > options.MaxFileBytes)
            {
                warn(new IngestWarning(path, null, TooLarge(stream.Length, options)));
                return null;
            }

            return ReadBounded(path, stream, options, warn);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            warn(new IngestWarning(path, null, $"cannot read file: {OneLine(e.Message)}"));
            return null;
        }
    }

    private static ArraySegment<byte>? ReadBounded(string path, FileStream stream, IngestOptions options, Action<IngestWarning> warn)
    {
        var initial = stream.CanSeek ? (int)Math.Min(stream.Length + 1, options.MaxFileBytes + 1) : 64 * 1024;
        var buffer = new byte[Math.Max(initial, 1)];
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                if (count > options.MaxFileBytes)
                {
                    warn(new IngestWarning(path, null, TooLarge(count, options)));
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, options.MaxFileBytes + 1));
            }

            var read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        if (count > options.MaxFileBytes)
        {
            warn(new IngestWarning(path, null, TooLarge(count, options)));
            return null;
        }

        // The segment, not a trimmed copy: a large file is held in memory once.
        return new ArraySegment<byte>(buffer, 0, count);
    }

    /// <summary>Decodes strictly, or returns null after one warning (binary, UTF-16, invalid UTF-8, empty).</summary>
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, Action<IngestWarning> warn)
    {
        var bomLength = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        if (!CheckText(path, ref bytes, warn))
        {
            return null;
        }

        // Validate first (vectorised, no allocation), then decode into a string of exactly the right size, so a
        // large file costs its bytes plus its text and nothing more.
        if (!Utf8.IsValid(bytes))
        {
            var offset = InvalidOffset(bytes);
            var line = bytes[..offset].Count((byte)'\n') + 1;
            warn(new IngestWarning(path, line, InvalidUtf8(offset + bomLength)));
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            warn(new IngestWarning(path, null, "empty file (no text); skipped"));
            return null;
        }

        return text;
    }

    private static int InvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return offset;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Removes a UTF-8 byte order mark; returns false after one warning when the bytes are binary (a NUL byte) or
    /// UTF-16, which strict UTF-8 decoding would otherwise report less helpfully.
    /// </summary>
    public static bool CheckText(string path, ref ReadOnlySpan<byte> bytes, Action<IngestWarning> warn)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            warn(new IngestWarning(path, null, "UTF-16 text is not supported; save the file as UTF-8"));
            return false;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            warn(new IngestWarning(path, null, $"binary file (NUL byte at offset {nul.ToString(CultureInfo.InvariantCulture)}); skipped"));
            return false;
        }

        return true;
    }

    /// <summary>The message for bytes that are not UTF-8.</summary>
    public static string InvalidUtf8(long offset) =>
        $"invalid UTF-8 at byte offset {offset.ToString(CultureInfo.InvariantCulture)}; skipped";

    /// <summary>Keeps an exception message to one line, as warnings promise.</summary>
    public static string OneLine(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    private static string TooLarge(long length, IngestOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"file is larger than the {options.MaxFileBytes / 1024.0 / 1024.0:0.#} MB limit ({length / 1024.0 / 1024.0:0.#} MB or more); skipped");
}
