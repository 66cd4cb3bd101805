using System.Text;

namespace SanctionWatch.Ingest.Markup;

/// <summary>Collects plain text, collapsing whitespace and emitting line and paragraph breaks only between words.</summary>
internal sealed class TextWriterBuffer
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private int _pendingBreak;

    /// <summary>The number of characters written so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends text; runs of whitespace become one space.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Append(c);
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
        _text.Append(c);
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
