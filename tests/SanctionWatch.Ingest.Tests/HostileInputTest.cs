using System.Diagnostics;
using System.Text;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests;

/// <summary>Issue 9: hostile inputs each give one one-line warning, and the good files beside them are still read.</summary>
public sealed class HostileInputTest : IDisposable
{
    // Quadratic work on a 1 MB line would take minutes; this bound catches it while leaving room for a Debug build
    // on a shared, busy machine (a linear read takes well under a second when the machine is idle).
    private static readonly TimeSpan LinearBound = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new();
    private readonly Warnings _warnings = new();

    public HostileInputTest()
    {
        _folder.Write("good.txt", "Ein guter Text über Nordkorea.");
        _folder.Write("good.md", "---\ntitle: Good\n---\nA good **Markdown** text.\n");
    }

    public void Dispose() => _folder.Dispose();

    private List<RawDocument> Load(IngestOptions? options = null) => new DocumentLoader(options).Load([_folder.Path], _warnings.Add).ToList();

    private void AssertGoodFilesRead(List<RawDocument> documents)
    {
        Assert.Contains(documents, d => d.Source == "good.txt" && d.Text == "Ein guter Text über Nordkorea.");
        Assert.Contains(documents, d => d.Source == "good.md" && d.Text == "A good Markdown text.");
        Assert.All(_warnings.All, w => Assert.DoesNotContain('\n', w.ToString()));
    }

    [Fact]
    public void Load_BinaryFile_WarnsAndReadsTheRest()
    {
        _folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var documents = Load();

        Assert.Contains("binary file", _warnings.Single("image.txt").Message, StringComparison.Ordinal);
        Assert.Equal(2, documents.Count);
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_InvalidUtf8_WarnsWithByteOffset()
    {
        _folder.Write("latin1.txt", [.. "Gr"u8, 0xFC, .. "\u00df"u8]);
        _folder.Write("truncated.md", [.. "line one\nab"u8, 0xE2, 0x82]);

        var documents = Load();

        Assert.Equal("invalid UTF-8 at byte offset 2; skipped", _warnings.Single("latin1.txt").Message);
        var truncated = _warnings.Single("truncated.md");
        Assert.Equal("invalid UTF-8 at byte offset 11; skipped", truncated.Message);
        Assert.Equal(2, truncated.Line);
        AssertGoodFilesRead(documents);
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.md", " \n\t\n")]
    [InlineData("empty.html", "")]
    [InlineData("empty.jsonl", "\n\n")]
    [InlineData("empty.rss", "   ")]
    public void Load_EmptyFile_WarnsEmpty(string name, string content)
    {
        _folder.Write(name, content);

        var documents = Load();

        Assert.Contains("empty file", _warnings.Single(name).Message, StringComparison.Ordinal);
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_MalformedJsonLine_WarnsWithLineNumberAndReadsOtherLines()
    {
        _folder.Write("items.jsonl", "{\"text\":\"first\"}\n{\"text\":\"second\"\n{\"text\":\"third\"}\n");

        var documents = Load();

        var warning = _warnings.Single("items.jsonl");
        Assert.Equal(2, warning.Line);
        Assert.StartsWith(Path.Combine(_folder.Path, "items.jsonl") + ":2: not valid JSON", warning.ToString(), StringComparison.Ordinal);
        Assert.Equal(["first", "third"], documents.Where(d => d.Source.StartsWith("items.jsonl", StringComparison.Ordinal)).Select(d => d.Text));
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_HtmlWithScriptsAndEventHandlers_KeepsScriptTextOut()
    {
        _folder.Write("page.html", """
            <html><head><script>var s = "SCRIPT-TEXT";</script></head>
            <body onload="alert('EVIL')"><p onmouseover="alert('EVIL')">Readable paragraph.</p>
            <a href="javascript:alert('EVIL')">link text</a><img src=x onerror="alert('EVIL')">
            <script>document.write('SCRIPT-TEXT')</script><svg><script>SCRIPT-TEXT</script></svg>
            <iframe srcdoc="<p>EVIL</p>"></iframe></body></html>
            """);

        var documents = Load();

        var page = Assert.Single(documents, d => d.Source == "page.html");
        Assert.Contains("Readable paragraph.", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SCRIPT-TEXT", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("EVIL", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", page.Text, StringComparison.Ordinal);
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_FeedWithExternalEntity_WarnsAndNeverReadsPasswd()
    {
        _folder.Write("xxe.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><description>&xxe;</description></item></channel></rss>
            """);

        var documents = Load();

        Assert.Contains("DTD", _warnings.Single("xxe.rss").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(documents, d => d.Text.Contains("root:", StringComparison.Ordinal));
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_UnreadableFile_WarnsCannotRead()
    {
        // A dangling symbolic link cannot be opened, whoever runs the test (chmod 000 does not stop root).
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "gone.txt"), Path.Combine(_folder.Path, "missing-target.txt"));

        var documents = Load();

        Assert.StartsWith("cannot read file", _warnings.Single("gone.txt").Message, StringComparison.Ordinal);
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_SymbolicLinkCycle_IsNotFollowed()
    {
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "loop"), _folder.Path);

        var documents = Load();

        Assert.Equal(2, documents.Count);
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_FileOverSizeLimit_IsSkippedWithoutReadingIt()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            // A sparse 100 MB file: the size check must refuse it before reading a byte.
            stream.SetLength(100L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var documents = Load();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("larger than the 50 MB limit", _warnings.Single("huge.txt").Message, StringComparison.Ordinal);
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated} bytes");
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_ConfiguredLimit_AppliesToEveryReader()
    {
        _folder.Write("big.jsonl", "{\"text\":\"" + new string('x', 4096) + "\"}\n");

        var documents = Load(new IngestOptions(MaxFileBytes: 1024));

        Assert.Contains("larger than", _warnings.Single("big.jsonl").Message, StringComparison.Ordinal);
        AssertGoodFilesRead(documents);
    }

    [Theory]
    [InlineData("long.txt")]
    [InlineData("long.md")]
    [InlineData("long.html")]
    public void Load_OneMegabyteLineWithoutFullStop_IsReadInLinearTime(string name)
    {
        var line = new StringBuilder();
        while (line.Length < 1024 * 1024)
        {
            line.Append("Kim und Putin sprechen über Munition und Raketen ");
        }

        _folder.Write(name, line.ToString());
        var watch = Stopwatch.StartNew();

        var documents = Load();

        Assert.True(watch.Elapsed < LinearBound, $"took {watch.Elapsed}");
        var document = Assert.Single(documents, d => d.Source == name);
        Assert.True(document.Text.Length >= 1024 * 1024 - 1, $"text has {document.Text.Length} characters");
        AssertGoodFilesRead(documents);
    }

    [Theory]
    [InlineData("[a](")]
    [InlineData("<s>")]
    [InlineData("`")]
    [InlineData("![x")]
    [InlineData("<!--")]
    [InlineData("<a ")]
    [InlineData("[x]")]
    [InlineData("&amp")]
    public void Load_MarkdownLineOfUnclosedOpeners_StaysLinear(string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener + "word ", 1024 * 1024 / (opener.Length + 5)));
        _folder.Write("hostile.md", text);
        var watch = Stopwatch.StartNew();

        var documents = Load();

        Assert.True(watch.Elapsed < LinearBound, $"took {watch.Elapsed}");
        Assert.Contains(documents, d => d.Source == "hostile.md" && d.Text.Contains("word", StringComparison.Ordinal));
        AssertGoodFilesRead(documents);
    }

    [Fact]
    public void Load_WholeHostileFolder_GivesOneWarningPerBadFile()
    {
        _folder.Write("binary.bin", [0x00, 0x01, 0x02]);
        _folder.Write("binary.txt", [0x41, 0x00, 0x42]);
        _folder.Write("empty.txt", []);
        _folder.Write("bad-utf8.txt", [0xC3, 0x28]);
        _folder.Write("lines.jsonl", "{\"text\":\"ok\"}\nnot json\n");
        _folder.Write("dtd.xml", "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/x.dtd\"><rss/>");

        var documents = Load();

        Assert.Equal(["bad-utf8.txt", "binary.bin", "binary.txt", "dtd.xml", "empty.txt", "lines.jsonl"], _warnings.All.Select(w => Path.GetFileName(w.Path)).Order(StringComparer.Ordinal));
        Assert.Equal(3, documents.Count);
        AssertGoodFilesRead(documents);
    }
}
