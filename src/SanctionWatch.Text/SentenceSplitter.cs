using System.Collections.Frozen;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Text;

/// <summary>
/// Splits a document into sentences. Survives German and English abbreviations (<c>Prof.</c>, <c>z. B.</c>,
/// <c>u. a.</c>, <c>Nr.</c>, <c>Mr.</c>), ordinals and dates (<c>19. Juni</c>, <c>am 18.06.</c>), initials,
/// and quotations („…“, “…”, "…", »…«): a quotation that closes in its paragraph is not cut open.
/// Line breaks end sentences unless the text is hard-wrapped (then only blank lines and short lines do).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A sentence longer than this many tokens is cut, so a text without full stops stays linear.</summary>
    public const int MaxTokensPerSentence = 1000;

    private const int MaxQuoteLength = 600;

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        // German
        "Prof", "Dr", "Nr", "Nrn", "bzw", "ca", "ggf", "vgl", "usw", "etc", "Hr", "Fr", "Frl", "Abs", "Art", "St",
        "Str", "Mio", "Mrd", "Tsd", "Jh", "Jhd", "Chr", "sog", "evtl", "inkl", "zzgl", "bspw", "ebd", "Bd", "Kap",
        "Dipl", "Ing", "Mag", "Hrsg", "geb", "gest", "Tel", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Okt", "Nov", "Dez", "Mo", "Di", "Mi", "Do", "Sa", "So", "Min", "Std", "Gen", "Oberst", "Verf",
        "allg", "Anm", "Bzw", "ehem", "eigtl", "einschl", "entspr", "erg", "gem", "hl", "jew", "Kl", "Ltd", "max",
        "min", "mind", "Mrd", "Nachf", "Pkt", "rd", "Reg", "Rel", "Tab", "u.a", "urspr", "verh", "Vors", "zit", "zus",
        "Bsp", "Stv", "stv", "Abt", "Bhf", "Ges", "Hbf", "Inh", "Kfz", "Pkw", "Lkw", "Zi", "Forts",
        // English
        "Mr", "Mrs", "Ms", "Messrs", "Jr", "Sr", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
        "Cmdr", "Gen", "Rev", "Hon", "Pres", "Inc", "Corp", "Co", "Bros", "vs", "No", "Nos", "Vol", "Fig", "Dept",
        "Univ", "Ave", "Blvd", "Mt", "Ft", "approx", "est", "Mar", "Oct", "Dec", "Sept",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Months = new[]
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember", "January", "February", "March", "May", "June", "July", "October", "December",
        "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that start German sentences often enough that "2. Der" is more likely a sentence end than an ordinal.
    private static readonly FrozenSet<string> GermanSentenceStarters = new[]
    {
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Er", "Sie", "Es", "Wir", "Ich", "Ihr",
        "Man", "Dies", "Diese", "Dieser", "Dieses", "Damit", "Doch", "Aber", "Und", "Auch", "Am", "Im", "In", "Nach",
        "Bei", "Mit", "Seit", "Vor", "Auf", "So", "Als", "Wie", "Wenn", "Dann", "Da", "Nun", "Laut", "Zudem",
        "Außerdem", "Trotz", "Während", "Denn", "Bis", "Zum", "Zur", "Um", "Für", "Von", "Aus", "Unter", "Über",
        "Jetzt", "Heute", "Inzwischen", "Bereits", "Schon", "Noch", "Nur", "Allerdings", "Zwar", "Deshalb",
    }.ToFrozenSet(StringComparer.Ordinal);

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

    // The period at k follows a token directly; is it a sentence end rather than an abbreviation or ordinal?
    private static bool NotAnAbbreviation(string text, List<Token> tokens, int k, Token next, bool german)
    {
        var before = tokens[k - 1];
        var word = before.Of(text);
        if (before.Kind == TokenKind.Word)
        {
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                return false; // an initial: "J. Smith", "z. B.", "u. a."
            }

            return !AbbreviationLookup.Contains(word);
        }

        if (before.Kind == TokenKind.Number)
        {
            string nextWord = next.TextOf(text);
            bool shortNumber = word.Length <= 2 || (word.Length == 5 && word[2] == '.'); // 19. / 18.06.
            if (Months.Contains(nextWord) && word.Length <= 5)
            {
                return false;
            }

            if (german && shortNumber && !GermanSentenceStarters.Contains(nextWord) && char.IsLetter(nextWord[0]))
            {
                return false; // "der 2. Weltkrieg", "am 18.06. Treffen"
            }
        }

        return true;
    }

    private static bool LineBreakAfter(string text, List<Token> tokens, int k, bool wrapped)
    {
        if (k + 1 >= tokens.Count)
        {
            return false;
        }

        int from = tokens[k].End;
        int to = tokens[k + 1].Start;
        int breaks = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                breaks++;
            }
        }

        if (breaks == 0)
        {
            return false;
        }

        if (breaks > 1 || !wrapped)
        {
            return true;
        }

        // Hard-wrapped text: a short line (a title, a list item) still ends where it ends.
        int lineStart = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        return from - lineStart < 40;
    }

    private static bool HasLineBreak(string text, int from, int to) =>
        text.AsSpan(from, to - from).Contains('\n');

    // True when most long lines end without sentence punctuation: the text was wrapped at a fixed width.
    private static bool IsHardWrapped(string text)
    {
        int lines = 0, longLines = 0, openEnded = 0;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).TrimEnd();
            if (line.Length > 0)
            {
                lines++;
                if (line.Length is >= 50 and <= 100)
                {
                    longLines++;
                    if (line[^1] is not ('.' or '!' or '?' or ':' or '"' or '“' or '”' or '«' or '»'))
                    {
                        openEnded++;
                    }
                }
            }

            start = end + 1;
        }

        return lines >= 4 && longLines * 10 >= lines * 6 && openEnded * 2 >= longLines;
    }

    // Marks tokens strictly inside a quotation that closes within its paragraph and is not too long.
    private static bool[] MarkQuotations(string text, List<Token> tokens)
    {
        var inside = new bool[tokens.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            char open = text[tokens[k].Start];
            char close = open switch
            {
                '„' => '“',
                '“' => '”',
                '»' => '«',
                '«' => '»',
                '"' => '"',
                _ => '\0',
            };
            if (close == '\0' || (open == '"' && k > 0 && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].Kind != TokenKind.Punctuation))
            {
                continue;
            }

            int limit = Math.Min(text.Length, tokens[k].Start + MaxQuoteLength);
            for (int j = k + 1; j < tokens.Count && tokens[j].Start < limit; j++)
            {
                char c = text[tokens[j].Start];
                if (c == '\n' && HasLineBreak(text, tokens[j - 1].End, tokens[j].Start))
                {
                    break;
                }

                if (HasLineBreak(text, tokens[j - 1].End, tokens[j].Start))
                {
                    break;
                }

                if (c == close || (open == '„' && c == '”'))
                {
                    for (int m = k + 1; m < j; m++)
                    {
                        inside[m] = true;
                    }

                    k = j;
                    break;
                }
            }
        }

        return inside;
    }

    private static bool IsCloser(char c) => c is '"' or '“' or '”' or '»' or '«' or '\'' or '’' or ')' or ']';

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '»' or '«' or '\'' or '’';
}
