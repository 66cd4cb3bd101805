namespace SanctionWatch.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens or apostrophes (<c>Jong-un</c>, <c>Hwasong-17</c>).</summary>
    Word,

    /// <summary>Digits, possibly with inner separators (<c>1.000</c>, <c>1,500</c>, <c>18.06</c>).</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>A token: a range of a text and its kind. It does not hold the text, so it costs no allocation.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="Length">Number of code units.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>One past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    /// <summary>The token's text as a string.</summary>
    public string TextOf(string text) => text.Substring(Start, Length);
}
