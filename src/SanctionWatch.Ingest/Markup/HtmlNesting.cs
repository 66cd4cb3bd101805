namespace SanctionWatch.Ingest.Markup;

/// <summary>
/// Estimates how deeply raw HTML nests its elements, in one linear pass, before the HTML parser sees it: the
/// parser takes quadratic time on thousands of nested elements, which a hostile page can use to stall ingestion.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>No real article nests anywhere near this deep; pages that do are refused.</summary>
    public const int Limit = 1000;

    // Elements that never hold content, or whose end tag is implied by the next sibling; they add no depth.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead",
        "tfoot", "colgroup", "rt", "rp", "!doctype", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>Whether the open elements in <paramref name="html"/> reach more than <see cref="Limit"/> deep.</summary>
    public static bool TooDeep(string html)
    {
        var depth = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            var next = i + 1;
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                next = end < 0 ? html.Length : end + 3;
            }
            else
            {
                var closing = html[i + 1] == '/';
                var start = closing ? i + 2 : i + 1;
                var nameEnd = start;
                while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or '!'))
                {
                    nameEnd++;
                }

                if (nameEnd > start && (char.IsAsciiLetter(html[start]) || html[start] == '!'))
                {
                    var name = html[start..nameEnd];
                    var tagEnd = html.IndexOf('>', nameEnd);
                    var selfClosing = tagEnd > 0 && html[tagEnd - 1] == '/';
                    if (closing)
                    {
                        depth = Flat.Contains(name) ? depth : Math.Max(0, depth - 1);
                    }
                    else if (!Flat.Contains(name) && !selfClosing)
                    {
                        if (++depth > Limit)
                        {
                            return true;
                        }
                    }

                    next = tagEnd < 0 ? html.Length : tagEnd + 1;
                    if (!closing && RawText.Contains(name) && tagEnd >= 0)
                    {
                        // Script and style content is not markup; skip to the end tag, which closes the element.
                        var endTag = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                        next = endTag < 0 ? html.Length : endTag;
                    }
                }
            }

            i = next >= html.Length ? -1 : html.IndexOf('<', next);
        }

        return false;
    }
}
