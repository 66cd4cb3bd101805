namespace SanctionWatch.Analysis.Quotes;

/// <summary>Where quotation marks open and close in a text: „…“, “…”, »…«, «…», "…" and ''…'', within one paragraph and 2,000 characters.</summary>
internal static class QuoteMarks
{
    private const int MaxQuote = 2000;

    /// <summary>The quoted spans of <paramref name="t"/> in text order: the opening mark's offset, the closing mark's, and the width of a mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(int Open, int Close, int Width)> Spans(string t)
    {
        var spans = new List<(int, int, int)>();
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (DoubledApostrophes(t, i) is { } doubled)
            {
                spans.Add((i, doubled, 2));
                i = doubled + 1;
                continue;
            }

            ReadOnlySpan<char> closers = c switch
            {
                '„' => "“”\"",
                '“' => "”\"",
                '»' => "«",
                '«' => "»",
                '"' => "\"“”",
                _ => default,
            };
            if (closers.IsEmpty || i + 1 >= t.Length || char.IsWhiteSpace(t[i + 1]) || (i > 0 && char.IsLetterOrDigit(t[i - 1])))
            {
                continue;
            }

            if (c == '“' && i > 0 && !char.IsWhiteSpace(t[i - 1]) && t[i - 1] is not ('(' or '[' or '—' or '–'))
            {
                continue; // a German closing mark
            }

            int limit = Math.Min(t.Length, i + MaxQuote);
            int j = i + 1;
            for (; j < limit; j++)
            {
                if (closers.Contains(t[j]) && !(t[j] == '"' && j + 1 < t.Length && char.IsLetter(t[j + 1]) && char.IsWhiteSpace(t[j - 1])))
                {
                    break;
                }

                if (t[j] == '\n' && j + 1 < t.Length && t[j + 1] == '\n')
                {
                    j = limit;
                    break;
                }
            }

            if (j < limit)
            {
                spans.Add((i, j, 1));
                i = j;
            }
        }

        return spans;
    }

    // ''…'' as some wires and transcripts write quotation marks: the opening pair after a space or line start and
    // before a word, the closing pair after a word, in the same paragraph.
    private static int? DoubledApostrophes(string t, int i)
    {
        if (!(t[i] == '\'' && i + 2 < t.Length && t[i + 1] == '\'' && !char.IsWhiteSpace(t[i + 2]) && (i == 0 || !char.IsLetterOrDigit(t[i - 1]))))
        {
            return null;
        }

        int limit = Math.Min(t.Length - 1, i + MaxQuote);
        for (int j = i + 3; j < limit; j++)
        {
            if (t[j] == '\n' && t[j + 1] == '\n')
            {
                return null;
            }

            if (t[j] == '\'' && t[j + 1] == '\'' && !char.IsWhiteSpace(t[j - 1]))
            {
                return j;
            }
        }

        return null;
    }
}
