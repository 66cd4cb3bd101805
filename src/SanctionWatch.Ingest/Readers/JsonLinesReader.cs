using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SanctionWatch.Ingest.Readers;

/// <summary>
/// Reads a JSON Lines file: one object per line with <c>text</c> and optional <c>source</c>, <c>title</c>,
/// <c>published</c>, <c>url</c>; a bad line is reported with its number and the others are still read.
/// </summary>
public sealed class JsonLinesReader(IngestOptions? options = null) : IDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <inheritdoc />
    public IEnumerable<RawDocument> Read(string path, Action<IngestWarning> warn)
    {
        if (InputFile.ReadBytes(path, _options, warn) is not { } bytes)
        {
            return [];
        }

        ReadOnlySpan<byte> content = bytes.AsSpan();
        if (!InputFile.CheckText(path, ref content, warn))
        {
            return [];
        }

        // Lines are decoded one by one, so a line of invalid UTF-8 costs only that line.
        var start = bytes.Count - content.Length;
        var documents = new List<RawDocument>();
        var number = 0;
        var blank = true;
        foreach (var range in content.Split((byte)'\n'))
        {
            number++;
            var (offset, length) = range.GetOffsetAndLength(content.Length);
            var lineBytes = content.Slice(offset, length);
            string line;
            try
            {
                line = StrictUtf8.GetString(lineBytes);
            }
            catch (DecoderFallbackException e)
            {
                warn(new IngestWarning(path, number, InputFile.InvalidUtf8(start + offset + Math.Max(e.Index, 0))));
                blank = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            blank = false;
            if (ReadLine(path, number, line, warn) is { } document)
            {
                documents.Add(document);
            }
        }

        if (blank)
        {
            warn(new IngestWarning(path, null, "empty file (no text); skipped"));
        }

        return documents;
    }

    private static RawDocument? ReadLine(string path, int number, string line, Action<IngestWarning> warn)
    {
        void Warn(string message) => warn(new IngestWarning(path, number, message));

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException e)
        {
            Warn($"not valid JSON ({Reason(e)}); line skipped");
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Warn($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}; line skipped");
                return null;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                Warn("no \"text\" string; line skipped");
                return null;
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Warn("\"text\" is empty; line skipped");
                return null;
            }

            var title = FileDocuments.CleanTitle(OptionalString(root, "title", Warn));
            var url = OptionalString(root, "url", Warn);
            var source = OptionalString(root, "source", Warn);
            var rawDate = OptionalString(root, "published", Warn);
            var published = IsoDate.Normalise(rawDate);
            if (rawDate is not null && published is null)
            {
                Warn($"\"published\" '{rawDate}' is not a date; ignored");
            }

            var id = NonEmpty(url) ?? NonEmpty(source) ?? FileDocuments.SourceOf(path) + "#" + number.ToString(CultureInfo.InvariantCulture);
            return new RawDocument(id, title, published, text, NonEmpty(url));
        }
    }

    private static string? OptionalString(JsonElement root, string name, Action<string> warn)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        // A year given as a number is still a date.
        if (value.ValueKind == JsonValueKind.Number && name == "published")
        {
            return value.GetRawText();
        }

        warn($"\"{name}\" is not a string; ignored");
        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // System.Text.Json's messages name the position in the line; the line number is reported separately.
    private static string Reason(JsonException e)
    {
        var message = InputFile.OneLine(e.Message);
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.', ' ') : message;
    }
}
