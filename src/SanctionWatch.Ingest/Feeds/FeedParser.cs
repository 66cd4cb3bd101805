using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SanctionWatch.Ingest.Markup;
using SanctionWatch.Ingest.Readers;

namespace SanctionWatch.Ingest.Feeds;

/// <summary>
/// Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item or entry becomes a document (title, content:encoded or
/// description as text with HTML stripped, published date, link as source). DTDs are refused and no external
/// resource is ever resolved, so entity tricks (XXE, entity expansion) cannot read files or blow up.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    /// <summary>Settings for untrusted XML: no DTD, no resolver, bounded entity expansion.</summary>
    private static XmlReaderSettings SafeSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
    };

    /// <summary>
    /// Parses feed XML into one document per item. Items without a link get <paramref name="fallbackSource"/> + <c>#n</c>
    /// as their source. Problems go to <paramref name="warn"/> against <paramref name="origin"/> (a file or address).
    /// </summary>
    public static IReadOnlyList<RawDocument> Parse(string xml, string origin, string fallbackSource, Action<IngestWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Parse(() => XmlReader.Create(new StringReader(xml), SafeSettings), origin, fallbackSource, warn);
    }

    /// <summary>
    /// Parses feed XML as fetched (bytes in the encoding the XML declaration names), like <see cref="Parse(string, string, string, Action{IngestWarning})"/>.
    /// </summary>
    public static IReadOnlyList<RawDocument> Parse(byte[] xml, string origin, string fallbackSource, Action<IngestWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Parse(() => XmlReader.Create(new MemoryStream(xml, writable: false), SafeSettings), origin, fallbackSource, warn);
    }

    private static List<RawDocument> Parse(Func<XmlReader> open, string origin, string fallbackSource, Action<IngestWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        XDocument document;
        try
        {
            using var reader = open();
            // Look at the root element first, so that other XML (a sanctions list in the same folder) is not
            // loaded into memory just to be rejected.
            reader.MoveToContent();
            if (!IsFeedRoot(reader.LocalName, reader.NamespaceURI))
            {
                warn(new IngestWarning(origin, null, $"XML root <{reader.LocalName}> is not an RSS or Atom feed; skipped"));
                return [];
            }

            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var message = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "XML with a DTD (DOCTYPE) is refused: DTDs and entities are not processed in untrusted files; skipped"
                : $"not well-formed XML ({InputFile.OneLine(e.Message)}); skipped";
            warn(new IngestWarning(origin, e.LineNumber > 0 ? e.LineNumber : null, message));
            return [];
        }

        var root = document.Root!;

        var items = root.Name == Atom + "feed"
            ? root.Elements(Atom + "entry")
            : root.Descendants().Where(e => e.Name.LocalName == "item" && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == Rss1));
        var documents = new List<RawDocument>();
        var number = 0;
        foreach (var item in items)
        {
            number++;
            var line = ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : (int?)null;
            RawDocument parsed;
            try
            {
                parsed = item.Name.Namespace == Atom ? AtomEntry(item) : RssItem(item);
            }
            catch (InvalidDataException e)
            {
                warn(new IngestWarning(origin, line, $"feed item {number.ToString(CultureInfo.InvariantCulture)}: {e.Message}; skipped"));
                continue;
            }

            if (parsed.Text.Length == 0)
            {
                warn(new IngestWarning(origin, line, $"feed item {number.ToString(CultureInfo.InvariantCulture)} has no text; skipped"));
                continue;
            }

            var source = parsed.Url ?? fallbackSource + "#" + number.ToString(CultureInfo.InvariantCulture);
            documents.Add(parsed with { Source = source });
        }

        if (number == 0)
        {
            warn(new IngestWarning(origin, null, "feed has no items; skipped"));
        }

        return documents;
    }

    private static bool IsFeedRoot(string localName, string namespaceUri) =>
        (localName == "rss" && namespaceUri.Length == 0)
        || (localName == "feed" && namespaceUri == Atom.NamespaceName)
        || (localName == "RDF" && namespaceUri == "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    private static RawDocument RssItem(XElement item)
    {
        XElement? Child(XName name) => item.Element(name) ?? item.Element(Rss1 + name.LocalName);
        var html = Value(item.Element(Content + "encoded")) ?? Value(Child("description"));
        var link = Link(Value(Child("link")))
            ?? (item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false" ? Link(guid.Value) : null);
        var date = IsoDate.Normalise(Value(Child("pubDate")) ?? Value(item.Element(DublinCore + "date")));
        return new RawDocument(string.Empty, Title(Child("title"), isHtml: false), date, Text(html, isHtml: true), link);
    }

    private static RawDocument AtomEntry(XElement entry)
    {
        // Content may be empty or out of line (src="…"); the summary is then the best text there is.
        var text = AtomText(entry.Element(Atom + "content"));
        if (text.Length == 0)
        {
            text = AtomText(entry.Element(Atom + "summary"));
        }

        var link = entry.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .Select(l => Link((string?)l.Attribute("href")))
            .FirstOrDefault(l => l is not null);
        var date = IsoDate.Normalise(Value(entry.Element(Atom + "published")) ?? Value(entry.Element(Atom + "updated")));
        var titleElement = entry.Element(Atom + "title");
        return new RawDocument(string.Empty, Title(titleElement, IsAtomHtml(titleElement)), date, text, link);
    }

    private static string AtomText(XElement? body)
    {
        if (body is null)
        {
            return string.Empty;
        }

        var type = (string?)body.Attribute("type");
        if (type == "xhtml")
        {
            // Inline XHTML: its markup is the content; read it as HTML.
            return HtmlText.FromFragment(string.Concat(body.Nodes().Select(n => n.ToString())));
        }

        return Text(body.Value, isHtml: type is "html" or "text/html");
    }

    private static bool IsAtomHtml(XElement? element) => (string?)element?.Attribute("type") is "html" or "xhtml";

    private static string? Title(XElement? element, bool isHtml)
    {
        var value = Value(element);
        return value is null ? null : FileDocuments.CleanTitle(isHtml ? HtmlText.FromFragment(value) : value);
    }

    private static string Text(string? value, bool isHtml)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        if (isHtml)
        {
            return HtmlText.FromFragment(value);
        }

        var buffer = new TextWriterBuffer();
        foreach (var paragraph in value.Split("\n\n"))
        {
            buffer.ParagraphBreak();
            buffer.Append(paragraph);
        }

        return buffer.ToString();
    }

    private static string? Value(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    private static string? Link(string? href) =>
        Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.OriginalString
            : null;
}
