using SanctionWatch.Model.Documents;

namespace SanctionWatch.Text;

/// <summary>
/// Splits a document into sentences. Survives German and English abbreviations (<c>Prof.</c>, <c>z. B.</c>,
/// <c>u. a.</c>, <c>Nr.</c>, <c>Mr.</c>), ordinals and dates (<c>19. Juni</c>, <c>am 18.06.</c>), initials,
/// and quotations („…“, “…”, "…", »…«): a quotation that closes in its paragraph is not cut open.
/// Line breaks end sentences unless the text is hard-wrapped (then only blank lines and short lines do).
/// This part walks the tokens and decides at each terminal (<c>.</c>, <c>!</c>, <c>?</c>, <c>…</c>) whether the sentence ends there.
/// </summary>
public static partial class SentenceSplitter
{
    /// <summary>A sentence longer than this many tokens is cut, so a text without full stops stays linear.</summary>
    public const int MaxTokensPerSentence = 1000;

    /// <summary>Splits <paramref name="text"/> into sentence spans, in order.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="language">ISO 639-1 code; German enables the ordinal rules.</param>
    public static List<TextSpan> Split(string text, string language = "und") =>
        Split(text, Tokenizer.Tokenize(text), language);

    /// <summary>Splits using tokens already computed for <paramref name="text"/>.</summary>
    public static List<TextSpan> Split(string text, List<Token> tokens, string language = "und")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<TextSpan>(Math.Max(4, tokens.Count / 20));
        if (tokens.Count == 0)
        {
            return sentences;
        }

        bool german = language == "de";
        bool wrapped = IsHardWrapped(text);
        bool[] insideQuote = MarkQuotations(text, tokens);
        int first = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            bool boundary = k == tokens.Count - 1
                || k - first + 1 >= MaxTokensPerSentence
                || LineBreakAfter(text, tokens, k, wrapped)
                || PunctuationBoundary(text, tokens, insideQuote, german, ref k);
            if (boundary)
            {
                sentences.Add(new TextSpan(tokens[first].Start, tokens[Math.Min(k, tokens.Count - 1)].End));
                first = k + 1;
            }
        }

        if (first < tokens.Count)
        {
            sentences.Add(new TextSpan(tokens[first].Start, tokens[^1].End));
        }

        return sentences;
    }

    private static bool PunctuationBoundary(string text, List<Token> tokens, bool[] insideQuote, bool german, ref int k)
    {
        var token = tokens[k];
        char c = text[token.Start];
        bool terminal = token.Kind == TokenKind.Punctuation && c is '.' or '!' or '?' or '…';
        if (!terminal)
        {
            return false;
        }

        // "..." written as three dots is one terminal.
        int last = k;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End
               && text[tokens[last + 1].Start] is '.' or '!' or '?' or '…')
        {
            last++;
        }

        // Closing quotes and brackets right after the terminal belong to this sentence.
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsCloser(text[tokens[last + 1].Start]))
        {
            last++;
        }

        bool closesQuote = last > k && IsQuote(text[tokens[last].Start]);
        if (insideQuote[k] && !closesQuote)
        {
            return false;
        }

        if (last + 1 >= tokens.Count)
        {
            k = last;
            return true;
        }

        var next = tokens[last + 1];
        if (next.Start == tokens[last].End)
        {
            // "Mio.Euro", "3.5%", "U.S.": no space, no boundary — unless a word ends a sentence and a capitalised
            // word starts the next one with no space between them ("nach Russland.Die Lieferungen …").
            return c == '.' && last == k && MissingSpace(text, tokens, k, next, german);
        }

        char n = text[next.Start];
        if (char.IsLower(n) || n is ',' or ';' or ':' or ')' or ']' or '-' or '–' or '—' && !HasLineBreak(text, tokens[last].End, next.Start))
        {
            return false;
        }

        if (c == '.' && k > 0 && tokens[k - 1].End == token.Start && !NotAnAbbreviation(text, tokens, k, next, german))
        {
            return false;
        }

        k = last;
        return true;
    }

    private static bool MissingSpace(string text, List<Token> tokens, int k, Token next, bool german)
    {
        if (k == 0 || tokens[k - 1].End != tokens[k].Start || tokens[k - 1].Kind != TokenKind.Word || next.Kind != TokenKind.Word)
        {
            return false;
        }

        // "Travel.State.gov", "example.Com/news": a dotted name goes on after the next word.
        int n = k + 1; // MissingSpace is asked only when the terminal is one token, so the next word follows it
        if (n + 2 < tokens.Count && tokens[n + 1].Start == next.End && text[tokens[n + 1].Start] is '.' or '/' && tokens[n + 2].Start == tokens[n + 1].End)
        {
            return false;
        }

        var before = tokens[k - 1].Of(text);
        var after = next.Of(text);
        return before.Length >= 3 && char.IsLower(before[^1]) && after.Length >= 2 && char.IsUpper(after[0]) && char.IsLower(after[1])
            && NotAnAbbreviation(text, tokens, k, next, german);
    }
}
