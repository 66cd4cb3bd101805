using SanctionWatch.Ingest.Markup;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SanctionWatch.Ingest.Readers;

/// <summary>Reads a Markdown file: YAML front matter gives date, title and address; the body becomes plain text.</summary>
public sealed class MarkdownReader(IngestOptions? options = null) : IDocumentReader
{
    private const int MaxFrontMatterChars = 64 * 1024;
    private const int MaxFrontMatterBrackets = 256;

    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <inheritdoc />
    public IEnumerable<RawDocument> Read(string path, Action<IngestWarning> warn)
    {
        var markdown = InputFile.ReadText(path, _options, warn);
        if (markdown is null)
        {
            return [];
        }

        var (frontMatter, body) = SplitFrontMatter(markdown);
        var meta = frontMatter is null ? new Dictionary<string, string>() : ParseFrontMatter(path, frontMatter, warn);
        var text = MarkdownText.Convert(body);
        if (text.Length == 0)
        {
            warn(new IngestWarning(path, null, "Markdown file has no text outside its front matter; skipped"));
            return [];
        }

        string? rawDate = meta.GetValueOrDefault("date") ?? meta.GetValueOrDefault("published") ?? meta.GetValueOrDefault("published_time");
        var date = IsoDate.Normalise(rawDate);
        if (rawDate is not null && date is null)
        {
            warn(new IngestWarning(path, null, $"front matter date '{rawDate}' is not a date; ignored"));
        }

        var url = meta.GetValueOrDefault("source_url") ?? meta.GetValueOrDefault("url");
        return [new RawDocument(FileDocuments.SourceOf(path), FileDocuments.CleanTitle(meta.GetValueOrDefault("title")), date, text, url)];
    }

    private static (string? FrontMatter, string Body) SplitFrontMatter(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal) && !markdown.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return (null, markdown);
        }

        var start = markdown.IndexOf('\n', StringComparison.Ordinal) + 1;
        var position = start;
        while (position < markdown.Length)
        {
            var end = markdown.IndexOf('\n', position);
            var lineEnd = end < 0 ? markdown.Length : end;
            var line = markdown.AsSpan(position, lineEnd - position).TrimEnd();
            if (line is "---" or "...")
            {
                return (markdown[start..position], end < 0 ? string.Empty : markdown[(end + 1)..]);
            }

            position = lineEnd + 1;
        }

        // No closing fence: then the first line was a thematic break, not front matter.
        return (null, markdown);
    }

    private static Dictionary<string, string> ParseFrontMatter(string path, string yaml, Action<IngestWarning> warn)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Front matter is a few lines; a huge or deeply bracketed block is hostile and could exhaust the parser's stack.
        if (yaml.Length > MaxFrontMatterChars || yaml.AsSpan().Count('[') + yaml.AsSpan().Count('{') > MaxFrontMatterBrackets)
        {
            warn(new IngestWarning(path, null, "front matter is too large or too deeply nested; read without it"));
            return values;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } scalar })
                    {
                        values[name] = scalar;
                    }
                }
            }
        }
        catch (YamlException e)
        {
            warn(new IngestWarning(path, null, $"front matter is not valid YAML ({InputFile.OneLine(e.Message)}); read without it"));
        }

        return values;
    }
}
