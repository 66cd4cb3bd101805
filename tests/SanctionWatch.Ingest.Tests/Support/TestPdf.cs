using System.Buffers.Binary;
using System.IO.Compression;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SanctionWatch.Ingest.Tests.Support;

/// <summary>Builds PDFs at test time with PdfPig's writer: text placed line by line, in Helvetica, on A4 pages.</summary>
internal sealed class TestPdf : IDisposable
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder? _page;

    /// <summary>Starts an empty document.</summary>
    public TestPdf() => _font = _builder.AddStandard14Font(Standard14Font.Helvetica);

    /// <summary>Sets the metadata.</summary>
    public TestPdf Info(string? title, string? author, string? created)
    {
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Author = author;
        _builder.DocumentInformation.CreationDate = created;
        return this;
    }

    /// <summary>Starts a new A4 page (595 × 842 points).</summary>
    public TestPdf Page()
    {
        _page = _builder.AddPage(595, 842);
        return this;
    }

    /// <summary>Writes <paramref name="text"/> with its baseline at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public TestPdf Text(double x, double y, string text, double size = 12)
    {
        (_page ?? throw new InvalidOperationException("no page")).AddText(text, size, new PdfPoint(x, y), _font);
        return this;
    }

    /// <summary>Writes lines from the top down, <paramref name="leading"/> apart, starting at <paramref name="y"/>.</summary>
    public TestPdf Lines(double x, double y, double leading, double size, params string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            Text(x, y - (i * leading), lines[i], size);
        }

        return this;
    }

    /// <summary>Draws a grey picture (no text layer) over most of the page.</summary>
    public TestPdf Picture()
    {
        (_page ?? throw new InvalidOperationException("no page")).AddPng(GreyPng(), new PdfRectangle(50, 100, 545, 750));
        return this;
    }

    /// <summary>The PDF file's bytes; the builder is done with after this.</summary>
    public byte[] Build()
    {
        var bytes = _builder.Build();
        Dispose();
        return bytes;
    }

    /// <inheritdoc />
    public void Dispose() => _builder.Dispose();

    // An 8 × 8 grey PNG, written here so that the test needs no image file.
    private static byte[] GreyPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 8);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 8);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(png, "IHDR", header);
        var raw = new byte[8 * 9];
        for (int row = 0; row < 8; row++)
        {
            raw.AsSpan((row * 9) + 1, 8).Fill(0x80);
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] body = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        png.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
