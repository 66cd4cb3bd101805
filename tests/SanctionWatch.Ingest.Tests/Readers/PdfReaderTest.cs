using SanctionWatch.Ingest.Readers;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests.Readers;

public sealed class PdfReaderTest
{
    private const string Header = "Panel of Experts S/2024/215";

    [Fact]
    public void Read_ReportPages_JoinsHyphensDropsRunningLinesAndKeepsFootnotesApart()
    {
        var pdf = new TestPdf().Info("Final report of the Panel", "Panel of Experts", "D:20240307120000Z")
            .Page()
            .Text(72, 800, Header, 9)
            .Lines(72, 740, 14.4, 12,
                "45. The Panel investigated the transfer of ballistic",
                "missiles from the Democratic People's Repub-",
                "lic of Korea to the Russian Federation.")
            .Text(305, 715.7, "12", 7)
            .Lines(72, 690, 14.4, 12, "46. Ships loaded containers in Rajin.")
            .Text(72, 90, "12 Satellite imagery of 12 March 2024.", 9)
            .Text(290, 40, "1", 9)
            .Page()
            .Text(72, 800, Header, 9)
            .Lines(72, 740, 14.4, 12, "47. The Panel also found that the vessel", "Angara called at Rajin.")
            .Text(290, 40, "2", 9)
            .Build();

        var (document, warnings) = Read("report.pdf", pdf);

        Assert.Empty(warnings.All);
        Assert.Equal(
            "45. The Panel investigated the transfer of ballistic missiles from the Democratic People's Republic of Korea to the Russian Federation.[12]"
            + "\n\n46. Ships loaded containers in Rajin.\n\n12 Satellite imagery of 12 March 2024."
            + "\f47. The Panel also found that the vessel Angara called at Rajin.",
            document!.Text);
        Assert.Equal("Final report of the Panel", document.Title);
        Assert.Equal("Panel of Experts", document.Author);
        Assert.Equal("2024-03-07", document.Published);
        Assert.Equal("report.pdf", document.Source);
    }

    [Fact]
    public void Read_TwoColumns_ReadsTheLeftColumnBeforeTheRight()
    {
        string[] left = Enumerable.Range(1, 12).Select(i => $"Left column line {i:00} runs across the col").ToArray();
        string[] right = Enumerable.Range(1, 12).Select(i => $"Right column line {i:00} runs across the co").ToArray();
        var pdf = new TestPdf().Page()
            .Text(200, 780, "Two columns of text", 14)
            .Lines(50, 740, 12, 10, left)
            .Lines(320, 740, 12, 10, right)
            .Build();

        var (document, _) = Read("columns.pdf", pdf);

        Assert.Equal("Two columns of text\n\n" + string.Join(' ', left) + " " + string.Join(' ', right), document!.Text);
    }

    [Fact]
    public void Read_Table_KeepsEachRowAsOneLineOfCells()
    {
        var pdf = new TestPdf().Page()
            .Lines(72, 740, 14.4, 12, "Vessels named in the report.")
            .Text(72, 700, "Vessel").Text(250, 700, "IMO").Text(400, 700, "Flag")
            .Text(72, 685, "Angara").Text(250, 685, "9179842").Text(400, 685, "Russia")
            .Text(72, 670, "Lady R").Text(250, 670, "8917225").Text(400, 670, "Russia")
            .Build();

        var (document, _) = Read("table.pdf", pdf);

        Assert.Equal("Vessels named in the report.\n\nVessel | IMO | Flag\nAngara | 9179842 | Russia\nLady R | 8917225 | Russia", document!.Text);
    }

    [Fact]
    public void Read_ImageOnlyPage_KeepsItsPageBreakSoLaterPagesKeepTheirNumbers()
    {
        var pdf = new TestPdf()
            .Page().Lines(72, 740, 14.4, 12, "First page.")
            .Page().Picture()
            .Page().Lines(72, 740, 14.4, 12, "Third page.")
            .Build();

        var (document, warnings) = Read("scan.pdf", pdf);

        Assert.Empty(warnings.All);
        Assert.Equal("First page.\f\fThird page.", document!.Text);
    }

    [Fact]
    public void Read_LongReport_KeepsPageOrderWhenPagesAreReadInParallelAndReportsEveryPage()
    {
        var pdf = new TestPdf();
        for (int n = 1; n <= 230; n++)
        {
            pdf.Page().Lines(72, 740, 14.4, 12, $"Finding {Letters(n)} stands on its own page.");
        }

        using var folder = new TempFolder();
        var path = folder.Write("long.pdf", pdf.Build());
        var reported = new System.Collections.Concurrent.ConcurrentBag<(int Done, int Total)>();

        var document = Assert.Single(new PdfReader { PageRead = (_, done, total) => reported.Add((done, total)) }.Read(path, _ => { }));

        Assert.Equal(string.Join('\f', Enumerable.Range(1, 230).Select(n => $"Finding {Letters(n)} stands on its own page.")), document.Text);
        Assert.Equal(Enumerable.Range(1, 230), reported.Select(r => r.Done).Order());
        Assert.All(reported, r => Assert.Equal(230, r.Total));
    }

    [Fact]
    public void Read_OnlyImages_IsSkippedWithOneReason()
    {
        var pdf = new TestPdf().Page().Picture().Page().Picture().Build();

        var (document, warnings) = Read("scan.pdf", pdf);

        Assert.Null(document);
        Assert.Contains("without a text layer", Assert.Single(warnings.All).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedFile_IsSkippedWhole()
    {
        var pdf = new TestPdf().Page().Lines(72, 740, 14.4, 12, "First page.").Page().Lines(72, 740, 14.4, 12, "Second page.").Build();

        var (document, warnings) = Read("cut.pdf", pdf[..(pdf.Length * 2 / 3)]);

        Assert.Null(document);
        Assert.Equal("truncated PDF (no end-of-file marker); skipped", Assert.Single(warnings.All).Message);
    }

    [Fact]
    public void Read_Garbage_IsSkippedWithOneLine()
    {
        var (document, warnings) = Read("bad.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF\n"u8.ToArray());

        Assert.Null(document);
        var message = Assert.Single(warnings.All).Message;
        Assert.StartsWith("corrupt PDF (", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Read_EncryptedFile_IsSkippedAsEncrypted()
    {
        var (document, warnings) = Read("locked.pdf", EncryptedPdf.Build());

        Assert.Null(document);
        Assert.Equal("encrypted PDF (a password is needed to read it); skipped", Assert.Single(warnings.All).Message);
    }

    [Fact]
    public void Read_LargerThanTheLimit_IsSkipped()
    {
        var pdf = new TestPdf().Page().Lines(72, 740, 14.4, 12, "First page.").Build();
        using var folder = new TempFolder();
        var path = folder.Write("big.pdf", pdf);
        var warnings = new Warnings();

        var read = new PdfReader(new IngestOptions(MaxFileBytes: 100)).Read(path, warnings.Add).ToList();

        Assert.Empty(read);
        Assert.Contains("larger than the", Assert.Single(warnings.All).Message, StringComparison.Ordinal);
    }

    // Pages told apart by letters, not digits: lines that differ only in digits repeat like page headers.
    private static string Letters(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')));

    private static (RawDocument? Document, Warnings Warnings) Read(string name, byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, bytes);
        var warnings = new Warnings();
        var read = new PdfReader().Read(path, warnings.Add).ToList();
        return (read.SingleOrDefault(), warnings);
    }
}
