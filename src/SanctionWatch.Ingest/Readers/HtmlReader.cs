using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SanctionWatch.Ingest.Markup;
using SmartReader;

namespace SanctionWatch.Ingest.Readers;

/// <summary>
/// Reads an HTML page: the article text (found by SmartReader, falling back to the whole body) with scripts, styles
/// and hidden parts dropped; title, date and address from the page's metadata.
/// </summary>
public sealed class HtmlReader(IngestOptions? options = null) : IDocumentReader
{
    // SmartReader walks the tree recursively and scores candidates repeatedly; pages deeper or larger than any
    // real article are read with the linear, non-recursive fallback instead.
    private const int MaxDepthForExtraction = 256;
    private const int MaxElementsForExtraction = 20_000;

    private static readonly string[] DateMetaKeys =
    [
        "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.date", "pubdate", "publishdate", "publish-date", "sailthru.date",
        "parsely-pub-date", "article.published", "og:article:published_time",
    ];

    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <inheritdoc />
    public IEnumerable<RawDocument> Read(string path, Action<IngestWarning> warn)
    {
        var html = InputFile.ReadText(path, _options, warn);
        if (html is null)
        {
            return [];
        }

        if (HtmlNesting.TooDeep(html))
        {
            warn(new IngestWarning(path, null, $"HTML nests elements more than {HtmlNesting.Limit} deep (hostile or broken page); skipped"));
            return [];
        }

        var document = HtmlText.CreateParser().ParseDocument(html);
        // Metadata first: article extraction rewrites the tree.
        var title = FileDocuments.CleanTitle(Title(document));
        var published = PublishedDate(document);
        var url = CanonicalUrl(document);
        var text = ArticleText(path, document);
        if (text.Length == 0)
        {
            warn(new IngestWarning(path, null, "HTML page has no text; skipped"));
            return [];
        }

        return [new RawDocument(FileDocuments.SourceOf(path), title, published, text, url)];
    }

    private static string ArticleText(string path, IHtmlDocument document)
    {
        if (document.Body is null)
        {
            return string.Empty;
        }

        var bodyText = HtmlText.FromNode(document.Body, skipFurniture: true);
        var (depth, elements) = HtmlText.Measure(document);
        if (depth > MaxDepthForExtraction || elements > MaxElementsForExtraction)
        {
            return bodyText;
        }

        // SmartReader gets its own copy of the tree, parsed again, because it rewrites what it reads.
        var copy = HtmlText.CreateParser().ParseDocument(document.DocumentElement.OuterHtml);
        foreach (var element in copy.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            if (element.GetAttribute("type") is not "application/ld+json")
            {
                element.Remove();
            }
        }

        var reader = new Reader(new Uri(Path.GetFullPath(path)).AbsoluteUri, copy) { Debug = false };
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return bodyText;
        }

        var articleText = HtmlText.FromFragment(article.Content);
        return articleText.Length == 0 ? bodyText : articleText;
    }

    private static string? Title(IHtmlDocument document) =>
        Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? NonEmpty(document.Title)
        ?? NonEmpty(document.QuerySelector("h1")?.TextContent) ?? JsonLd(document, "headline");

    private static string? PublishedDate(IHtmlDocument document)
    {
        // The Open Graph article date is the most deliberate statement of publication; then structured data;
        // then the many ad-hoc meta names; then the first <time datetime>.
        if (IsoDate.Normalise(Meta(document, "article:published_time")) is { } openGraph)
        {
            return openGraph;
        }

        if (IsoDate.Normalise(JsonLd(document, "datePublished")) is { } linked)
        {
            return linked;
        }

        var itemprop = document.QuerySelector("[itemprop=datePublished]");
        if (IsoDate.Normalise(itemprop?.GetAttribute("content") ?? itemprop?.GetAttribute("datetime")) is { } micro)
        {
            return micro;
        }

        foreach (var key in DateMetaKeys)
        {
            if (IsoDate.Normalise(Meta(document, key)) is { } date)
            {
                return date;
            }
        }

        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (IsoDate.Normalise(time.GetAttribute("datetime")) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string? CanonicalUrl(IHtmlDocument document)
    {
        var href = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.OriginalString
            : null;
    }

    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && NonEmpty(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    // The first string value of a property anywhere in the page's JSON-LD blocks, searched without recursion.
    private static string? JsonLd(IHtmlDocument document, string property)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
                var stack = new Stack<JsonElement>();
                stack.Push(json.RootElement);
                while (stack.Count > 0)
                {
                    var element = stack.Pop();
                    if (element.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var member in element.EnumerateObject())
                        {
                            if (member.NameEquals(property) && member.Value.ValueKind == JsonValueKind.String && NonEmpty(member.Value.GetString()) is { } value)
                            {
                                return value;
                            }

                            stack.Push(member.Value);
                        }
                    }
                    else if (element.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in element.EnumerateArray())
                        {
                            stack.Push(item);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on the web; the other metadata still counts.
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
