using System.Text;
using System.Text.RegularExpressions;

namespace SanctionWatch.Ingest.Markup;

/// <summary>
/// Turns a Markdown body into plain text: soft-wrapped lines joined with a space, hard breaks kept as a line break,
/// blocks (paragraphs, headings, list items, quotes, code) separated by a blank line.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>Returns the plain text of <paramref name="markdown"/>.</summary>
    public static string Convert(string markdown)
    {
        var output = new TextWriterBuffer();
        var paragraph = new StringBuilder();
        var hardBreak = false;
        string? fence = null;
        var code = new StringBuilder();

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                output.ParagraphBreak();
                InlineMarkdown.Write(paragraph.ToString(), output);
                output.ParagraphBreak();
                paragraph.Clear();
            }

            hardBreak = false;
        }

        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            if (fence is not null)
            {
                if (line.TrimStart().StartsWith(fence) && line.TrimStart().TrimStart(fence[0]).IsWhiteSpace())
                {
                    WriteCode(output, code);
                    fence = null;
                }
                else
                {
                    code.Append(line).Append('\n');
                }

                continue;
            }

            var content = StripQuoteMarkers(line);
            if (content.IsWhiteSpace())
            {
                Flush();
                continue;
            }

            var text = content.TrimStart();
            if (text.StartsWith("```") || text.StartsWith("~~~"))
            {
                Flush();
                var run = text.Length - text.TrimStart(text[0]).Length;
                fence = new string(text[0], run);
                continue;
            }

            if (IsRule(text) || (paragraph.Length > 0 && IsSetextUnderline(text)))
            {
                // A thematic break, or the underline of a heading whose text is the paragraph so far.
                Flush();
                continue;
            }

            var heading = text[0] == '#' ? HeadingPattern().Match(text.ToString()) : Match.Empty;
            if (heading.Success)
            {
                Flush();
                paragraph.Append(heading.Groups["text"].Value.TrimEnd().TrimEnd('#'));
                Flush();
                continue;
            }

            if (paragraph.Length == 0 && text[0] == '[' && ReferenceDefinitionPattern().IsMatch(text.ToString()))
            {
                // "[1]: https://…" defines a link target; it is not text.
                continue;
            }

            if (text.StartsWith('|'))
            {
                Flush();
                if (!TableSeparatorPattern().IsMatch(text.ToString()))
                {
                    paragraph.Append(text.Trim().Trim('|').ToString().Replace("|", " ", StringComparison.Ordinal));
                    Flush();
                }

                continue;
            }

            var item = text[0] is '-' or '*' or '+' || char.IsAsciiDigit(text[0]) ? ListItemPattern().Match(text.ToString()) : Match.Empty;
            // An ordered item interrupts a paragraph only when it starts at 1 (as in CommonMark), so a wrapped line
            // that happens to begin "25. Notably" stays in its paragraph.
            if (item.Success && (paragraph.Length == 0 || !char.IsAsciiDigit(text[0]) || item.Groups["marker"].Value is "1." or "1)"))
            {
                Flush();
                text = text[item.Length..];
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(hardBreak ? '\n' : ' ');
            }

            hardBreak = line.EndsWith("  ") || line.TrimEnd().EndsWith('\\');
            var trimmed = text.TrimEnd();
            if (trimmed.EndsWith('\\') && hardBreak)
            {
                trimmed = trimmed[..^1];
            }

            paragraph.Append(trimmed);
        }

        if (fence is not null)
        {
            WriteCode(output, code);
        }

        Flush();
        return output.ToString();
    }

    private static void WriteCode(TextWriterBuffer output, StringBuilder code)
    {
        output.ParagraphBreak();
        foreach (var codeLine in code.ToString().Split('\n'))
        {
            output.Append(codeLine);
            output.LineBreak();
        }

        output.ParagraphBreak();
        code.Clear();
    }

    private static ReadOnlySpan<char> StripQuoteMarkers(ReadOnlySpan<char> line)
    {
        var text = line;
        while (true)
        {
            var trimmed = text.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed[0] != '>' || text.Length - trimmed.Length > 3)
            {
                return text;
            }

            text = trimmed[1..];
            if (text.Length > 0 && text[0] == ' ')
            {
                text = text[1..];
            }
        }
    }

    private static bool IsRule(ReadOnlySpan<char> text)
    {
        var c = text[0];
        if (c is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var x in text)
        {
            if (x == c)
            {
                count++;
            }
            else if (!char.IsWhiteSpace(x))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static bool IsSetextUnderline(ReadOnlySpan<char> text) => text.TrimEnd().Trim('=').IsEmpty || text.TrimEnd().Trim('-').IsEmpty;

    [GeneratedRegex(@"^#{1,6}(?:[ \t]+(?<text>.*))?$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?<marker>[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")]
    private static partial Regex ListItemPattern();

    [GeneratedRegex(@"^\[[^\]]{1,999}\]:\s*\S+(?:\s+(?:""[^""]*""|'[^']*'|\([^)]*\)))?\s*$")]
    private static partial Regex ReferenceDefinitionPattern();

    [GeneratedRegex(@"^\|?[\s:|-]*-[\s:|-]*$")]
    private static partial Regex TableSeparatorPattern();
}
