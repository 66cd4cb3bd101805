using System.IO.Compression;
using System.Text;

namespace SanctionWatch.Analysis;

/// <summary>
/// The frame every model file shares: a gzip stream whose binary content starts with a magic word, a format version
/// and the language code; the model writes and reads the rest.
/// </summary>
internal static class ModelFile
{
    /// <summary>A writer into <paramref name="stream"/> (left open) that has written the header; dispose it to finish the gzip stream.</summary>
    public static BinaryWriter OpenWrite(Stream stream, string magic, int formatVersion, string language)
    {
        var writer = new BinaryWriter(new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true), Encoding.UTF8, leaveOpen: false);
        writer.Write(magic);
        writer.Write(formatVersion);
        writer.Write(language);
        return writer;
    }

    /// <summary>A buffered reader of the gzip content of <paramref name="stream"/> (left open), before its header.</summary>
    public static BinaryReader OpenRead(Stream stream) =>
        new(new BufferedStream(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), 1 << 16), Encoding.UTF8, leaveOpen: false);

    /// <summary>Checks the header and returns the model's language code.</summary>
    /// <exception cref="InvalidDataException">The stream holds another kind of model, or a newer format.</exception>
    public static string ReadHeader(BinaryReader reader, string magic, int formatVersion, string kind)
    {
        if (reader.ReadString() != magic || reader.ReadInt32() != formatVersion)
        {
            throw new InvalidDataException($"not a SanctionWatch {kind} (or a newer format)");
        }

        return reader.ReadString();
    }
}
