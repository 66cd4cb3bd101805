using SanctionWatch.Ingest.Readers;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests.Readers;

public sealed class JsonLinesReaderTest
{
    [Fact]
    public void Read_Lines_GiveDocumentsWithSourceFromUrlThenSourceThenLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("items.jsonl", """
            {"text":"Erster Text.","url":"https://example.org/1","source":"ignored","title":" Titel  eins ","published":"2024-06-19T09:00:00+02:00"}
            {"text":"Zweiter Text.","source":"agency-42","published":"2024-06"}

            {"text":"Dritter Text."}
            """);
        var warnings = new Warnings();

        var documents = new JsonLinesReader().Read(path, warnings.Add).ToList();

        Assert.Equal(["https://example.org/1", "agency-42", "items.jsonl#4"], documents.Select(d => d.Source));
        Assert.Equal(["Erster Text.", "Zweiter Text.", "Dritter Text."], documents.Select(d => d.Text));
        Assert.Equal("Titel eins", documents[0].Title);
        Assert.Equal("https://example.org/1", documents[0].Url);
        Assert.Equal(["2024-06-19", "2024-06", null], documents.Select(d => d.Published));
        Assert.Empty(warnings.All);
    }

    [Fact]
    public void Read_MalformedLines_WarnWithLineNumberAndReadTheRest()
    {
        using var folder = new TempFolder();
        var path = folder.Write("mixed.jsonl", "{\"text\":\"good one\"}\n{\"text\": broken\n[1,2]\n{\"title\":\"no text\"}\n{\"text\":\"good two\"}\n");
        var warnings = new Warnings();

        var documents = new JsonLinesReader().Read(path, warnings.Add).ToList();

        Assert.Equal(["good one", "good two"], documents.Select(d => d.Text));
        Assert.Equal([2, 3, 4], warnings.All.Select(w => w.Line));
        Assert.Contains("not valid JSON", warnings.All[0].Message, StringComparison.Ordinal);
        Assert.All(warnings.All, w => Assert.DoesNotContain('\n', w.ToString()));
    }

    [Fact]
    public void Read_InvalidUtf8OnOneLine_SkipsOnlyThatLine()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. "{\"text\":\"a\"}\n{\"text\":\"b"u8, 0xC3, 0x28, .. "\"}\n{\"text\":\"c\"}\n"u8];
        var path = folder.Write("bad.jsonl", bytes);
        var warnings = new Warnings();

        var documents = new JsonLinesReader().Read(path, warnings.Add).ToList();

        Assert.Equal(["a", "c"], documents.Select(d => d.Text));
        var warning = warnings.Single("bad.jsonl");
        Assert.Equal(2, warning.Line);
        Assert.Contains("invalid UTF-8", warning.Message, StringComparison.Ordinal);
    }
}
