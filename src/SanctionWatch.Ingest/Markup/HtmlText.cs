using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SanctionWatch.Ingest.Markup;

/// <summary>Turns HTML into plain text: paragraphs separated by a blank line, no script, style or hidden content.</summary>
internal static class HtmlText
{
    // Elements whose content is never article text; scripts and event handlers never reach the output because
    // script-like elements are skipped and attributes are never read as text.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
        "head", "title", "select", "option", "button", "input", "textarea", "audio", "video", "img", "picture",
    };

    // Page furniture, skipped only when there is no extracted article and the whole body is read.
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "form", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
        "hr", "address", "details", "summary", "fieldset", "caption", "center", "form", "dialog",
    };

    /// <summary>A parser that never runs scripts or loads resources (AngleSharp does neither without a configured context).</summary>
    public static HtmlParser CreateParser() => new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Parses an HTML fragment (feed content) and returns its text; refuses pathologically deep nesting.</summary>
    public static string FromFragment(string html)
    {
        if (HtmlNesting.TooDeep(html))
        {
            throw new InvalidDataException($"HTML nests elements more than {HtmlNesting.Limit} deep");
        }

        var document = CreateParser().ParseDocument(html);
        return document.Body is null ? string.Empty : FromNode(document.Body, skipFurniture: false);
    }

    /// <summary>Returns the text under <paramref name="root"/>.</summary>
    public static string FromNode(INode root, bool skipFurniture)
    {
        var output = new TextWriterBuffer();
        // An explicit stack: hostile pages nest elements thousands deep, which recursion would not survive.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        var preDepth = 0;
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (leaving)
                {
                    Close(output, name, ref preDepth);
                    continue;
                }

                if (Skipped.Contains(name) || (skipFurniture && Furniture.Contains(name)) || IsHidden(element))
                {
                    continue;
                }

                Open(output, name, ref preDepth);
                stack.Push((node, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendText(output, node.TextContent, preDepth > 0);
            }
            else if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
        }

        return output.ToString();
    }

    /// <summary>The depth of the deepest element and the number of elements, counted without recursion.</summary>
    public static (int Depth, int Elements) Measure(INode root)
    {
        var max = 0;
        var count = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child.NodeType == NodeType.Element)
                {
                    count++;
                    stack.Push((child, depth + 1));
                }
            }
        }

        return (max, count);
    }

    private static void Open(TextWriterBuffer output, string name, ref int preDepth)
    {
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            output.LineBreak();
        }
        else if (Blocks.Contains(name))
        {
            output.ParagraphBreak();
        }
        else if (name is "td" or "th" or "TD" or "TH")
        {
            output.Space();
        }

        if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
        {
            preDepth++;
        }
    }

    private static void Close(TextWriterBuffer output, string name, ref int preDepth)
    {
        if (Blocks.Contains(name))
        {
            output.ParagraphBreak();
        }
        else if (name is "td" or "th" or "TD" or "TH")
        {
            output.Space();
        }

        if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
        {
            preDepth--;
        }
    }

    private static void AppendText(TextWriterBuffer output, string text, bool preformatted)
    {
        if (!preformatted)
        {
            output.Append(text);
            return;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.LineBreak();
            }

            output.Append(lines[i]);
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }
}
