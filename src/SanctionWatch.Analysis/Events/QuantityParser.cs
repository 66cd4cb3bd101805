using System.Globalization;
using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Reads the quantity written before an item ("mehr als 1.000 Container mit Munition", "nearly 2 million barrels
/// of oil", "Tausende Arbeiter"), scanning tokens backwards; German and English number formats.
/// </summary>
internal static class QuantityParser
{
    /// <summary>The quantity whose words end right before the item at <paramref name="item"/>, or null.</summary>
    /// <remarks>
    /// Up to two filler words may stand between ("weitere", "of the"); with the sentence's tree, up to five
    /// modifiers of the item ("at least 120 North Korean Koksan self-propelled guns").
    /// </remarks>
    public static Quantity? Before(SentenceWords s, int item, int floor, string category, SentenceSyntax? tree = null)
    {
        var lex = s.Lexicon;
        int k = item - 1;
        for (int skipped = 0, fillers = 0; k >= floor && skipped < 5; skipped++, k--)
        {
            if (IsModifier(s, tree, k))
            {
                continue;
            }

            if (fillers++ == 2 || !IsFiller(s, k))
            {
                break;
            }
        }

        int last = k;
        string? unit = null;
        if (k >= floor && lex.Units.TryGetValue(s.Lower(k), out var u))
        {
            unit = u;
            k--;
        }

        var number = EndingAt(s, k, floor);
        if (number is null)
        {
            return null;
        }

        var (amount, first, qualifier) = number.Value;
        if (unit is null && amount is >= 1900 and <= 2100 && amount == Math.Floor(amount) && k == first
            && s.Tokens[s.First + k].Kind == TokenKind.Number && s.Tokens[s.First + k].Length == 4)
        {
            return null; // a year, not a quantity
        }

        unit ??= DefaultUnit(category);
        int start = s.Tokens[s.First + first].Start;
        int end = s.Tokens[s.First + last].End;
        return new Quantity(amount, unit, s.Text[start..end]) { Qualifier = qualifier };
    }

    /// <summary>A quantity given without an item noun ("bereits gelieferten fünf Millionen"): number words ending at <paramref name="k"/>, needing a multiplier or unit.</summary>
    public static Quantity? Elliptic(SentenceWords s, int k, int floor)
    {
        var lex = s.Lexicon;
        string? unit = null;
        int last = k;
        if (lex.Units.TryGetValue(s.Lower(k), out var u))
        {
            unit = u;
            k--;
        }
        else if (!lex.Multipliers.ContainsKey(s.Lower(k)))
        {
            return null;
        }

        var number = EndingAt(s, k, floor);
        if (number is null)
        {
            return null;
        }

        var (amount, first, qualifier) = number.Value;
        int start = s.Tokens[s.First + first].Start;
        int end = s.Tokens[s.First + last].End;
        return new Quantity(amount, unit, s.Text[start..end]) { Qualifier = qualifier };
    }

    private static (double Amount, int First, string Qualifier)? EndingAt(SentenceWords s, int k, int floor)
    {
        if (k < floor)
        {
            return null;
        }

        var lex = s.Lexicon;
        string qualifier = "exact";
        double amount;
        int first;

        // Vague amounts: "Tausende", "tens of thousands".
        for (int start = Math.Max(floor, k - 2); start <= k; start++)
        {
            var (length, value) = lex.Vague.Match(s.Words, start, k + 1);
            if (length > 0 && start + length == k + 1 && !(start + length < s.Words.Count && IsNumberLike(s, start - 1)))
            {
                amount = value;
                first = start;
                var q = QualifierBefore(s, first, floor);
                return (amount, q.First, q.Qualifier ?? "at-least");
            }
        }

        double multiplier = 1;
        if (lex.Multipliers.TryGetValue(s.Lower(k), out var m) && k - 1 >= floor && IsNumberLike(s, k - 1))
        {
            multiplier = m;
            k--;
        }

        var token = s.Tokens[s.First + k];
        if (token.Kind == TokenKind.Number && TryParseNumber(s.Text.AsSpan(token.Start, token.Length), lex.Shapes.DecimalComma, out double n))
        {
            amount = n * multiplier;
        }
        else if (lex.NumberWords.TryRead(s.Lower(k), out var w) || (multiplier > 1 && lex.Articles.TryGetValue(s.Lower(k), out w)))
        {
            amount = w * multiplier;
        }
        else
        {
            return null;
        }

        first = k;
        var qual = QualifierBefore(s, first, floor);
        return (amount, qual.First, qual.Qualifier ?? qualifier);
    }

    private static (int First, string? Qualifier) QualifierBefore(SentenceWords s, int first, int floor)
    {
        for (int start = Math.Max(floor, first - 3); start < first; start++)
        {
            foreach (var (length, value) in s.Lexicon.Qualifiers.MatchAll(s.Words, start, first))
            {
                if (start + length == first)
                {
                    return (start, value);
                }
            }
        }

        return (first, null);
    }

    private static bool IsNumberLike(SentenceWords s, int k) =>
        k >= 0 && k < s.Words.Count && (s.Tokens[s.First + k].Kind == TokenKind.Number
            || s.Lexicon.NumberWords.Contains(s.Lower(k)) || s.Lexicon.Articles.ContainsKey(s.Lower(k)));

    // A word the tree reads as an adjective, a proper name or a modifier of the next ("Koksan", "rocket"), or a
    // hyphenated compound of letters, whatever its tag ("self-propelled").
    private static bool IsModifier(SentenceWords s, SentenceSyntax? tree, int k)
    {
        string w = s.Lower(k);
        var lex = s.Lexicon;
        if (tree is null || k >= tree.Count || s.Token(k).Kind == TokenKind.Number || lex.NumberWords.Contains(w) || lex.Multipliers.ContainsKey(w)
            || lex.Articles.ContainsKey(w) || lex.Units.ContainsKey(w) || lex.Vague.Starts(w) || lex.Qualifiers.Starts(w))
        {
            return false;
        }

        return s.IsPunct(k)
            ? w == "-"
            : tree.Upos[k] is "ADJ" or "PROPN" || tree.Deprels[k] is "amod" or "compound" or "flat"
                || (w.IndexOf('-') > 0 && w.All(c => char.IsLetter(c) || c == '-')); // "self-propelled", "surface-to-air"
    }

    private static bool IsFiller(SentenceWords s, int k)
    {
        string w = s.Lower(k);
        if (s.Lexicon.QuantityFiller.Contains(w))
        {
            return true;
        }

        // German adjectives before a noun are lower case ("fünf Millionen nordkoreanische Granaten").
        var t = s.Tokens[s.First + k];
        return s.Lexicon.Shapes.CapitalisedNouns && t.Kind == TokenKind.Word && char.IsLower(s.Text[t.Start])
            && s.Lexicon.Shapes.IsInflectedAdjective(w, upper: false)
            && !s.Lexicon.Multipliers.ContainsKey(w) && !s.Lexicon.NumberWords.Contains(w) && !s.Lexicon.Articles.ContainsKey(w);
    }

    private static string? DefaultUnit(string category) => category switch
    {
        "labour" or "troops" => "persons",
        "vehicles" or "luxury-goods" => null,
        "ammunition" => "rounds",
        _ => null,
    };

    /// <summary>Parses "1.000", "1,500", "2,5", "3000" by the language's conventions.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> raw, bool german, out double value)
    {
        char group = german ? '.' : ',';
        char dec = german ? ',' : '.';
        Span<char> buf = stackalloc char[raw.Length];
        int n = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (char.IsDigit(c))
            {
                buf[n++] = c;
            }
            else if (c == group)
            {
                // A group separator is followed by exactly three digits; otherwise read it as a decimal point.
                int digits = 0;
                while (i + 1 + digits < raw.Length && char.IsDigit(raw[i + 1 + digits]))
                {
                    digits++;
                }

                if (digits != 3)
                {
                    buf[n++] = '.';
                }
            }
            else if (c == dec)
            {
                buf[n++] = '.';
            }
            else
            {
                value = 0;
                return false;
            }
        }

        return double.TryParse(buf[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
