using System.Text;
using SanctionWatch.Ingest.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace SanctionWatch.Ingest.Readers;

/// <summary>
/// Reads a <c>.pdf</c> file as one document whose pages are separated by form feeds (<c>\f</c>), so that every
/// offset in it knows its page; title, author and date come from the file's metadata. An encrypted, truncated,
/// corrupt or image-only file is skipped with one warning, and nothing of it is kept.
/// </summary>
public sealed class PdfReader(IngestOptions? options = null) : IDocumentReader
{
    /// <summary>The character between two pages of a document's text.</summary>
    public const char PageBreak = Model.Documents.DocumentPages.PageBreak;

    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <summary>Called after each page is read with the file, the page number and the page count, for progress on long reports.</summary>
    public Action<string, int, int>? PageRead { get; init; }

    /// <inheritdoc />
    public IEnumerable<RawDocument> Read(string path, Action<IngestWarning> warn)
    {
        if (InputFile.ReadBytes(path, _options, warn) is not { } bytes)
        {
            return [];
        }

        if (Problem(bytes) is { } problem)
        {
            warn(new IngestWarning(path, null, problem + "; skipped"));
            return [];
        }

        try
        {
            using var pdf = PdfDocument.Open(bytes.AsMemory(), Options());
            return Document(path, pdf, bytes, warn) is { } document ? [document] : [];
        }
        catch (PdfDocumentEncryptedException)
        {
            warn(new IngestWarning(path, null, "encrypted PDF (a password is needed to read it); skipped"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damage in many exception types; whatever it is, the file is skipped whole.
            warn(new IngestWarning(path, null, $"corrupt PDF ({InputFile.OneLine(e.Message)}); skipped"));
        }

        return [];
    }

    private RawDocument? Document(string path, PdfDocument pdf, ArraySegment<byte> bytes, Action<IngestWarning> warn)
    {
        if (pdf.IsEncrypted && pdf.NumberOfPages > 0 && pdf.GetPage(1) is null)
        {
            warn(new IngestWarning(path, null, "encrypted PDF (a password is needed to read it); skipped"));
            return null;
        }

        var pages = ReadPages(path, pdf, bytes);
        if (pages.All(p => p.Count == 0))
        {
            warn(new IngestWarning(path, null, "PDF without a text layer (scanned or image-only pages; run OCR first); skipped"));
            return null;
        }

        var running = RunningLines.Learn(pages);
        double bodySize = BodySize(pages);
        var text = new StringBuilder();
        for (int i = 0; i < pages.Length; i++)
        {
            if (i > 0)
            {
                text.Append(PageBreak);
            }

            text.Append(PdfPageText.Of(running.Strip(pages[i]), bodySize));
        }

        var info = pdf.Information;
        string? published = info.GetCreatedDateTimeOffset() is { } created ? created.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        return new RawDocument(FileDocuments.SourceOf(path), FileDocuments.CleanTitle(info.Title), published, text.ToString(), null)
        {
            Author = FileDocuments.CleanTitle(info.Author),
        };
    }

    // Pages are independent: a long report is read by one PdfPig document per core, each taking every n-th page,
    // so reading keeps pace with analysis; a short one is read in order on this thread.
    private List<PdfLine>[] ReadPages(string path, PdfDocument pdf, ArraySegment<byte> bytes)
    {
        int count = pdf.NumberOfPages;
        var pages = new List<PdfLine>[count];
        int workers = Math.Clamp(count / 50, 1, Environment.ProcessorCount);
        int done = 0;
        void Read(PdfDocument document, int first)
        {
            for (int n = first; n <= count; n += workers)
            {
                var page = document.GetPage(n);
                var words = page.GetWords()
                    .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0)
                    .Select(w => new PdfWord(w.Text, w.BoundingBox.Left, w.BoundingBox.Right, w.Letters[0].StartBaseLine.Y, w.Letters[0].PointSize))
                    .ToList();
                pages[n - 1] = PdfPageLayout.Lines(words, page.Width);
                PageRead?.Invoke(path, Interlocked.Increment(ref done), count);
            }
        }

        if (workers == 1)
        {
            Read(pdf, 1);
            return pages;
        }

        try
        {
            Parallel.For(0, workers, w =>
            {
                if (w == 0)
                {
                    Read(pdf, 1);
                    return;
                }

                using var own = PdfDocument.Open(bytes.AsMemory(), Options());
                Read(own, w + 1);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first failure, as if read in order: the caller turns it into one line.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return pages;
    }

    private static ParsingOptions Options() => new() { UseLenientParsing = true, SkipMissingFonts = true };

    // The point size most of the document's lines are set in.
    private static double BodySize(List<PdfLine>[] pages) =>
        pages.SelectMany(p => p).GroupBy(l => Math.Round(l.Size, 1)).MaxBy(g => g.Sum(l => l.Text.Length))?.Key ?? 12;

    private static string? Problem(ArraySegment<byte> bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length < 8 || span[..Math.Min(1024, span.Length)].IndexOf("%PDF-"u8) < 0)
        {
            return "not a PDF (no %PDF- header)";
        }

        // A file cut off in transfer still opens leniently and would give its first pages only.
        var tail = span[Math.Max(0, span.Length - 2048)..];
        return tail.IndexOf("%%EOF"u8) < 0 ? "truncated PDF (no end-of-file marker)" : null;
    }
}
