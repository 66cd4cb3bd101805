using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests;

public sealed class DocumentLoaderTest
{
    [Fact]
    public void Load_Folder_ReadsRecursivelyInOrdinalOrderSkippingHiddenEntries()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "B");
        folder.Write("a.md", "A");
        folder.Write("sub/c.txt", "C");
        folder.Write("Z.txt", "Z");
        folder.Write(".hidden.txt", "hidden");
        folder.Write(".git/config.txt", "hidden");
        var warnings = new Warnings();

        var documents = new DocumentLoader().Load([folder.Path], warnings.Add).ToList();

        Assert.Equal(["Z.txt", "a.md", "b.txt", "c.txt"], documents.Select(d => d.Source));
        Assert.Empty(warnings.All);
    }

    [Fact]
    public void Load_PathsInGivenOrderAndRepeated_ReadsEachFileOnce()
    {
        using var folder = new TempFolder();
        var b = folder.Write("b.txt", "B");
        folder.Write("a.txt", "A");

        var documents = new DocumentLoader().Load([b, folder.Path, b], _ => { }).ToList();

        Assert.Equal(["B", "A"], documents.Select(d => d.Text));
    }

    [Fact]
    public void Load_UnsupportedFiles_WarnWhetherNamedOrFoundInFolder()
    {
        using var folder = new TempFolder();
        var odt = folder.Write("named.odt", "PK");
        folder.Write("sub/found.docx", "PK");
        folder.Write("sub/good.txt", "Good.");
        var warnings = new Warnings();

        var documents = new DocumentLoader().Load([odt, Path.Combine(folder.Path, "sub")], warnings.Add).ToList();

        Assert.Equal("Good.", Assert.Single(documents).Text);
        Assert.Contains("unsupported file type '.odt'", warnings.Single("named.odt").Message, StringComparison.Ordinal);
        Assert.Contains("unsupported file type '.docx'", warnings.Single("found.docx").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnsupportedInFolderWithWarningsOff_IsSilent()
    {
        using var folder = new TempFolder();
        folder.Write("notes.csv", "a,b");
        folder.Write("good.txt", "Good.");
        var warnings = new Warnings();

        var documents = new DocumentLoader(new IngestOptions(WarnOnUnsupportedInFolders: false)).Load([folder.Path], warnings.Add).ToList();

        Assert.Single(documents);
        Assert.Empty(warnings.All);
    }

    [Fact]
    public void Load_MissingPath_Warns()
    {
        var warnings = new Warnings();
        var missing = Path.Combine(Path.GetTempPath(), "sw-missing-" + Guid.NewGuid().ToString("N"), "x.txt");

        Assert.Empty(new DocumentLoader().Load([missing], warnings.Add));

        Assert.Contains("no such file", warnings.Single("x.txt").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_XmlFileThatIsAFeed_IsReadByRootElement()
    {
        using var folder = new TempFolder();
        folder.Write("feed.xml", "<rss version=\"2.0\"><channel><item><link>https://example.org/x</link><description>Text.</description></item></channel></rss>");

        var document = Assert.Single(new DocumentLoader().Load([folder.Path], _ => { }));

        Assert.Equal("https://example.org/x", document.Source);
    }

    [Fact]
    public void Load_SameFolderTwice_GivesSameSequence()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"d{(i * 7) % 20}/f{i}.txt", $"Text {i}");
        }

        var first = new DocumentLoader().Load([folder.Path], _ => { }).ToList();
        var second = new DocumentLoader().Load([folder.Path], _ => { }).ToList();

        Assert.Equal(20, first.Count);
        Assert.Equal(first, second);
    }
}
