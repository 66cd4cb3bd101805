using System.Text;
using SanctionWatch.Ingest.Readers;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests.Readers;

public sealed class PlainTextReaderTest
{
    [Fact]
    public void Read_TextWithDatePrefix_KeepsTextExactlyAndNamesSourceByFile()
    {
        using var folder = new TempFolder();
        const string text = " date 2023-09 Tokio, Düsseldorf Nordkoreas Machthaber reist.\r\n\r\nZweiter Absatz.";
        var path = folder.Write("003_abc.txt", text);
        var warnings = new Warnings();

        var document = Assert.Single(new PlainTextReader().Read(path, warnings.Add));

        Assert.Equal(text, document.Text);
        Assert.Equal("003_abc.txt", document.Source);
        Assert.Null(document.Title);
        Assert.Empty(warnings.All);
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsRemoved()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Pjöngjang")]);

        var document = Assert.Single(new PlainTextReader().Read(path, _ => { }));

        Assert.Equal("Pjöngjang", document.Text);
    }

    [Fact]
    public void Read_Utf16File_WarnsToSaveAsUtf8()
    {
        using var folder = new TempFolder();
        var path = folder.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Text")]);
        var warnings = new Warnings();

        Assert.Empty(new PlainTextReader().Read(path, warnings.Add));

        Assert.Contains("UTF-16", warnings.Single("utf16.txt").Message, StringComparison.Ordinal);
    }
}
