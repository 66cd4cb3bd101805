using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SanctionWatch.Ingest.Readers;
using SanctionWatch.Ingest.Tests.Support;

namespace SanctionWatch.Ingest.Tests;

public sealed class RoundTripProperties
{
    // Text a reader must accept: valid UTF-16 (no lone surrogates), no NUL, not blank.
    private static bool IsArticleText(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !text.Contains('\0', StringComparison.Ordinal) && text.EnumerateRunes().All(r => r != Rune.ReplacementChar)
        && Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text
        && !text.StartsWith('\uFEFF');

    [Property(MaxTest = 300)]
    public Property PlainText_ArbitraryText_RoundTrips(string text) =>
        Prop.When(IsArticleText(text), () =>
        {
            using var folder = new TempFolder();
            var path = folder.Write("a.txt", text);
            var warnings = new Warnings();
            var document = new PlainTextReader().Read(path, warnings.Add).Single();
            return document.Text == text && warnings.All.Count == 0;
        });

    [Property(MaxTest = 300)]
    public Property JsonLine_ArbitraryText_RoundTrips(string text, string? title) =>
        Prop.When(IsArticleText(text), () =>
        {
            using var folder = new TempFolder();
            var line = JsonSerializer.Serialize(new { text, title });
            var path = folder.Write("a.jsonl", "\n" + line + "\n");
            var warnings = new Warnings();
            var document = new JsonLinesReader().Read(path, warnings.Add).Single();
            return document.Text == text && document.Source == "a.jsonl#2" && warnings.All.Count == 0;
        });

    [Property(MaxTest = 300)]
    public Property Markdown_ArbitraryInput_NeverThrowsAndGivesNoBlankRuns(string markdown) =>
        Prop.When(IsArticleText(markdown), () =>
        {
            using var folder = new TempFolder();
            var path = folder.Write("a.md", markdown);
            var documents = new MarkdownReader().Read(path, _ => { }).ToList();
            return documents.All(d => !d.Text.Contains("\n\n\n", StringComparison.Ordinal) && d.Text == d.Text.Trim());
        });

    [Property(MaxTest = 200)]
    public Property Html_ArbitraryInput_NeverThrows(string html) =>
        Prop.When(IsArticleText(html), () =>
        {
            using var folder = new TempFolder();
            var path = folder.Write("a.html", "<script>SCRIPT</script><p>" + html);
            var documents = new HtmlReader().Read(path, _ => { }).ToList();
            return documents.All(d => !d.Text.Contains("SCRIPT", StringComparison.Ordinal) || html.Contains("SCRIPT", StringComparison.Ordinal));
        });
}
