using System.Buffers;
using System.Text;

namespace SanctionWatch.Ingest.Markup;

/// <summary>Collects plain text, collapsing whitespace and emitting line and paragraph breaks only between words.</summary>
internal sealed class TextWriterBuffer
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray());

    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private int _pendingBreak;

    /// <summary>The number of characters written so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends text; runs of whitespace become one space.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        // Whole words at a time: the vectorised search keeps this near memory speed on long paragraphs.
        while (!text.IsEmpty)
        {
            var space = text.IndexOfAny(Whitespace);
            var word = space < 0 ? text : text[..space];
            if (!word.IsEmpty)
            {
                AppendWord(word);
            }

            if (space < 0)
            {
                return;
            }

            _pendingSpace = true;
            text = text[(space + 1)..];
        }
    }

    /// <summary>Appends one character; whitespace becomes a pending space.</summary>
    public void Append(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            _pendingSpace = true;
            return;
        }

        AppendWord(new ReadOnlySpan<char>(in c));
    }

    private void AppendWord(ReadOnlySpan<char> word)
    {
        if (_text.Length > 0)
        {
            if (_pendingBreak == 2)
            {
                _text.Append("\n\n");
            }
            else if (_pendingBreak == 1)
            {
                _text.Append('\n');
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
            }
        }

        _pendingSpace = false;
        _pendingBreak = 0;
        _text.Append(word);
    }

    /// <summary>Asks for a space before the next word.</summary>
    public void Space() => _pendingSpace = true;

    /// <summary>Asks for a line break before the next word.</summary>
    public void LineBreak() => _pendingBreak = Math.Max(_pendingBreak, 1);

    /// <summary>Asks for a paragraph break (a blank line) before the next word.</summary>
    public void ParagraphBreak() => _pendingBreak = 2;

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
