using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// Marks the wire-copy furniture at the start of a paragraph — datelines such as "SEOUL, South Korea —",
/// "KYIV, Jan 6 (Reuters) -", "Washington/Seoul (dpa) –", and a place before a headline ("Seoul: …") — so that
/// the places and agencies in them are never taken for parties of an event or speakers.
/// </summary>
public sealed class DatelinePipe() : Pipe("datelines", DocLayer.Tokens | DocLayer.Mentions, DocLayer.Furniture)
{
    // A dateline is short: places, a date, an agency in parentheses.
    private const int MaxTokens = 12;

    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        var found = new List<TextSpan>();
        var tokens = doc.Tokens;
        // Built on the first "Seoul:" candidate only: most documents have none.
        var places = new Lazy<CoveringSpans>(() => new CoveringSpans(doc.Mentions.Items.Where(m => m.Schema is SchemaNames.Address or SchemaNames.Country).Select(m => (m.Start, m.End))), LazyThreadSafetyMode.None);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!StartsLine(doc.Text, tokens[i].Start))
            {
                continue;
            }

            if (Dateline(doc, places, i) is { } end)
            {
                found.Add(new TextSpan(tokens[i].Start, tokens[end].End));
            }
        }

        doc.Furniture = found;
    }

    private static bool StartsLine(string text, int at)
    {
        int j = at - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }

    /// <summary>The last token of a dateline starting at token <paramref name="first"/>, or null when there is none.</summary>
    private static int? Dateline(Doc doc, Lazy<CoveringSpans> places, int first)
    {
        string text = doc.Text;
        var tokens = doc.Tokens;
        bool agency = false;
        bool capitals = IsCapitals(tokens[first].Of(text));
        if (tokens[first].Kind != TokenKind.Word || !char.IsUpper(text[tokens[first].Start]))
        {
            return null;
        }

        for (int k = first; k < tokens.Count && k < first + MaxTokens; k++)
        {
            var t = tokens[k];
            var w = t.Of(text);
            if (k > first && text.AsSpan(tokens[k - 1].End, t.Start - tokens[k - 1].End).Contains('\n'))
            {
                return null; // a dateline does not run over a line break
            }

            if (t.Kind == TokenKind.Punctuation && w is "-" or "–" or "—")
            {
                // "SEOUL, Oct 2 (Yonhap) --": a doubled hyphen is one dash.
                int last = k + 1 < tokens.Count && tokens[k + 1].Start == t.End && tokens[k + 1].Of(text) is "-" ? k + 1 : k;
                return k > first && (agency || capitals) ? last : null;
            }

            if (t.Kind == TokenKind.Punctuation && w is ":" && k > first && k <= first + 2 && !agency && k + 1 < tokens.Count && tokens[k + 1].Start > t.End)
            {
                // "Seoul: <headline>": one or two capitalised words before a colon that ends the prefix, if they are a
                // place; "Report:" or "Ukrainischer Geheimdienst:" is a headline's source, which must stay.
                return AllCapitalised(text, tokens, first, k) && places.Value.Covers(tokens[first].Start, tokens[k - 1].End) ? k : null;
            }

            if (t.Kind == TokenKind.Punctuation && w is "(")
            {
                int close = k + 1;
                while (close < tokens.Count && close < k + 5 && tokens[close].Of(text) is not ")")
                {
                    close++;
                }

                if (close >= tokens.Count || tokens[close].Of(text) is not ")" || !IsAgency(text, tokens, k + 1, close))
                {
                    return null;
                }

                agency = true;
                k = close;
                continue;
            }

            bool allowed = t.Kind == TokenKind.Number
                || (t.Kind == TokenKind.Punctuation && w is "," or "/" or ".")
                || (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]));
            if (!allowed || agency)
            {
                return null; // words after the agency's parentheses: not a dateline
            }
        }

        return null;
    }

    // "(dpa)", "(AFP)", "(Reuters/AP)": one or two names, nothing else; "(which denies it)" is a remark.
    private static bool IsAgency(string text, List<Token> tokens, int from, int to)
    {
        int words = 0;
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                words++;
            }
            else if (tokens[k].Of(text) is not "/")
            {
                return false;
            }
        }

        return words is 1 or 2;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool AllCapitalised(string text, List<Token> tokens, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start]))
            {
                return false;
            }
        }

        return true;
    }
}
