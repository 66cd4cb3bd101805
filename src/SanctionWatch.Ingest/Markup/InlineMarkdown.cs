using System.Buffers;
using System.Net;

namespace SanctionWatch.Ingest.Markup;

/// <summary>
/// Strips Markdown inline markup (emphasis, links, images, code spans, inline HTML, escapes, entities) from one
/// paragraph in a single left-to-right pass; every search is bounded or cached so that time stays linear.
/// </summary>
internal sealed class InlineMarkdown
{
    // Elements whose content is not text: deleted (struck-through) words in transcripts, and anything executable.
    private static readonly HashSet<string> DropContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "s", "del", "strike", "script", "style", "noscript", "template", "iframe", "object", "svg", "textarea",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "figure", "figcaption", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "table", "tr", "hr", "section", "article", "pre",
    };

    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_~![]<&\n");

    private readonly string _s;
    private readonly TextWriterBuffer _out;
    private readonly Dictionary<string, NextIndex> _finders = new(StringComparer.Ordinal);
    private int _linkClose = -1;
    private int _linkEnd = -1;

    private InlineMarkdown(string s, TextWriterBuffer output)
    {
        _s = s;
        _out = output;
    }

    /// <summary>Writes the text of <paramref name="paragraph"/> (hard breaks given as '\n') to <paramref name="output"/>.</summary>
    public static void Write(string paragraph, TextWriterBuffer output) => new InlineMarkdown(paragraph, output).Run();

    private void Run()
    {
        var s = _s;
        var i = 0;
        while (i < s.Length)
        {
            if (i == _linkClose)
            {
                i = _linkEnd;
                _linkClose = -1;
                continue;
            }

            var c = s[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]) is false && s[i + 1] is > ' ' and < '\x7f')
                    {
                        _out.Append(s[i + 1]);
                        i += 2;
                    }
                    else
                    {
                        _out.Append(c);
                        i++;
                    }

                    break;
                case '`':
                    i = CodeSpan(i);
                    break;
                case '*' or '_' or '~':
                    i = Delimiters(i);
                    break;
                case '!' when i + 1 < s.Length && s[i + 1] == '[':
                    i = Link(i + 1, image: true, fallback: i);
                    break;
                case '[':
                    i = Link(i, image: false, fallback: i);
                    break;
                case '<':
                    i = Tag(i);
                    break;
                case '&':
                    i = Entity(i);
                    break;
                case '\n':
                    _out.LineBreak();
                    i++;
                    break;
                default:
                    // Plain text up to the next character that may start markup, appended in one piece.
                    var plain = s.AsSpan(i).IndexOfAny(Special);
                    var length = plain < 0 ? s.Length - i : Math.Max(plain, 1);
                    if (_linkClose > i && _linkClose < i + length)
                    {
                        length = _linkClose - i;
                    }

                    _out.Append(s.AsSpan(i, length));
                    i += length;
                    break;
            }
        }
    }

    private int CodeSpan(int i)
    {
        var s = _s;
        var run = 1;
        while (i + run < s.Length && s[i + run] == '`')
        {
            run++;
        }

        var fence = new string('`', run);
        var close = Finder(fence).Find(s, i + run);
        if (close < 0)
        {
            _out.Append(fence);
            return i + run;
        }

        _out.Append(s.AsSpan(i + run, close - i - run));
        return close + run;
    }

    private int Delimiters(int i)
    {
        var s = _s;
        var c = s[i];
        var end = i;
        while (end < s.Length && s[end] == c)
        {
            end++;
        }

        var before = i > 0 ? s[i - 1] : ' ';
        var after = end < s.Length ? s[end] : ' ';
        var spaced = char.IsWhiteSpace(before) && char.IsWhiteSpace(after);
        var markup = c switch
        {
            '~' => end - i == 2 && !spaced,
            // Intraword underscores (snake_case, file names) are text, not emphasis.
            '_' => (end - i >= 2 || !spaced) && !(char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)),
            // A double asterisk is always strong emphasis in prose, even when a sloppy editor left it spaced
            // ("**HEADING: ** Text"); a lone spaced asterisk is text ("5 * 3").
            _ => end - i >= 2 || !spaced,
        };
        if (!markup)
        {
            _out.Append(s.AsSpan(i, end - i));
        }

        return end;
    }

    // [text](url), [text][ref], ![alt](url). Link text may not contain another '[' (except escaped), which keeps
    // the search for ']' from crossing an opener and so keeps the pass linear.
    private int Link(int open, bool image, int fallback)
    {
        var s = _s;
        var close = -1;
        for (var j = open + 1; j < s.Length; j++)
        {
            var c = s[j];
            if (c == '\\')
            {
                j++;
            }
            else if (c == '[')
            {
                break;
            }
            else if (c == ']')
            {
                close = j;
                break;
            }
        }

        var end = close < 0 ? -1 : Destination(close + 1);
        if (end < 0)
        {
            _out.Append(s[fallback]);
            return fallback + 1;
        }

        if (image)
        {
            return end;
        }

        _linkClose = close;
        _linkEnd = end;
        return open + 1;
    }

    // After "]": "(url "title")" or "[ref]"; returns the index after it, or -1 when there is none.
    private int Destination(int at)
    {
        var s = _s;
        if (at >= s.Length)
        {
            return -1;
        }

        var (opener, closer) = s[at] switch
        {
            '(' => ("(", ")"),
            '[' => ("[", "]"),
            _ => (string.Empty, string.Empty),
        };
        if (opener.Length == 0)
        {
            return -1;
        }

        var close = Finder(closer).Find(s, at + 1);
        // URLs may hold balanced parentheses (Wikipedia titles): take further ')' while '(' are open.
        var depth = opener == "(" ? Count(s, at + 1, close, '(') : 0;
        while (close >= 0 && depth > 0)
        {
            var next = Finder(closer).Find(s, close + 1);
            depth += next < 0 ? 0 : Count(s, close + 1, next, '(') - 1;
            close = next < 0 ? close : next;
            if (next < 0)
            {
                break;
            }
        }

        return close < 0 ? -1 : close + 1;
    }

    private static int Count(string s, int from, int to, char c) => to < 0 ? 0 : s.AsSpan(from, to - from).Count(c);

    private int Tag(int i)
    {
        var s = _s;
        if (s.AsSpan(i).StartsWith("<!--"))
        {
            var endComment = Finder("-->").Find(s, i + 4);
            if (endComment >= 0)
            {
                return endComment + 3;
            }
        }

        var nameStart = i + 1 < s.Length && s[i + 1] == '/' ? i + 2 : i + 1;
        var nameEnd = nameStart;
        while (nameEnd < s.Length && (char.IsAsciiLetterOrDigit(s[nameEnd]) || s[nameEnd] == '-'))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || !char.IsAsciiLetter(s[nameStart]))
        {
            _out.Append('<');
            return i + 1;
        }

        // Find the end of the tag without crossing another '<', so a stray '<' costs only the text up to the next one.
        var close = -1;
        for (var j = nameEnd; j < s.Length; j++)
        {
            if (s[j] == '>')
            {
                close = j;
                break;
            }

            if (s[j] == '<')
            {
                break;
            }
        }

        if (close < 0)
        {
            _out.Append('<');
            return i + 1;
        }

        var name = s[nameStart..nameEnd];
        if (s[nameEnd] == ':' || (nameEnd < s.Length && s[nameEnd] == ':'))
        {
            // An autolink <https://example.org/>: its text is the address.
            _out.Append(s.AsSpan(i + 1, close - i - 1));
            return close + 1;
        }

        var closing = nameStart == i + 2;
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            _out.LineBreak();
        }
        else if (BlockTags.Contains(name))
        {
            _out.ParagraphBreak();
        }
        else if (!closing && DropContent.Contains(name) && s[close - 1] != '/')
        {
            var endTag = Finder("</" + name.ToLowerInvariant() + ">", StringComparison.OrdinalIgnoreCase).Find(s, close + 1);
            if (endTag >= 0)
            {
                _out.Space();
                return endTag + name.Length + 3;
            }
        }

        return close + 1;
    }

    private int Entity(int i)
    {
        var s = _s;
        var limit = Math.Min(s.Length, i + 12);
        for (var j = i + 1; j < limit; j++)
        {
            if (s[j] == ';')
            {
                var raw = s[i..(j + 1)];
                var decoded = WebUtility.HtmlDecode(raw);
                if (decoded != raw)
                {
                    _out.Append(decoded);
                    return j + 1;
                }

                break;
            }

            if (!char.IsAsciiLetterOrDigit(s[j]) && s[j] != '#')
            {
                break;
            }
        }

        _out.Append('&');
        return i + 1;
    }

    private NextIndex Finder(string needle, StringComparison comparison = StringComparison.Ordinal)
    {
        if (!_finders.TryGetValue(needle, out var finder))
        {
            finder = new NextIndex(needle, comparison);
            _finders[needle] = finder;
        }

        return finder;
    }
}
