using System.Globalization;

namespace SanctionWatch.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with their offsets. Hyphenated words (<c>Kim Jong-un</c>,
/// <c>UN-Sicherheitsrat</c>), dotted initialisms (<c>U.S.</c>) and numbers with separators (<c>1.000</c>) stay one
/// token; an English possessive <c>'s</c> is its own token, as the NER corpora write it.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Tokenises <paramref name="text"/>[start..end) and appends the tokens to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(text, i, end))
            {
                int tokenStart = i;
                bool allDigits = true;
                i = ScanWord(text, i, end, ref allDigits);
                tokens.Add(new Token(tokenStart, i - tokenStart, allDigits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            // The possessive "'s" after a word is one token, as the English corpora write it.
            if (c is '\'' or '\u2019' && i > start && i + 1 < end && text[i + 1] is 's' or 'S'
                && IsWordChar(text, i - 1, end) && (i + 2 >= end || !IsWordChar(text, i + 2, end)))
            {
                tokens.Add(new Token(i, 2, TokenKind.Word));
                i += 2;
                continue;
            }

            // A surrogate pair (emoji, rare scripts) stays together so that offsets never split a character.
            int length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new Token(i, length, TokenKind.Punctuation));
            i += length;
        }
    }

    private static int ScanWord(string text, int i, int end, ref bool allDigits)
    {
        int start = i;
        while (i < end)
        {
            char c = text[i];
            if (IsWordChar(text, i, end))
            {
                if (!char.IsDigit(c))
                {
                    allDigits = false;
                }

                i += char.IsHighSurrogate(c) ? 2 : 1;
                continue;
            }

            if (i + 1 >= end || !IsWordChar(text, i + 1, end))
            {
                break;
            }

            char next = text[i + 1];
            if (c is '-' or '\u2010' or '\u2011' or '&')
            {
                i++;
                continue;
            }

            if (c is '\'' or '\u2019')
            {
                // "Russia's" -> "Russia" "'s"; "O'Brien" stays whole.
                bool possessive = (next is 's' or 'S') && (i + 2 >= end || !IsWordChar(text, i + 2, end));
                if (possessive)
                {
                    break;
                }

                allDigits = false;
                i++;
                continue;
            }

            if ((c is '.' or ',') && allDigits && char.IsDigit(next))
            {
                // 1.000 / 1,500 / 18.06
                i++;
                continue;
            }

            if (c == '.' && i - start == 1 && char.IsLetter(text[start]))
            {
                // U.S. / U.N. / z.B.: single letters joined by dots, final dot included.
                int j = i;
                while (j + 2 < end && text[j] == '.' && char.IsLetter(text[j + 1]) && text[j + 2] == '.')
                {
                    j += 2;
                }

                if (j > i)
                {
                    return j + 1;
                }
            }

            break;
        }

        return i;
    }

    private static bool IsWordChar(string text, int i, int end)
    {
        char c = text[i];
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < end && char.IsLowSurrogate(text[i + 1]) && char.IsLetterOrDigit(text, i);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber;
    }
}
