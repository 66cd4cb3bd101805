namespace SanctionWatch.Text;

/// <summary>
/// Line breaks as sentence ends: a blank line always ends a sentence, a single break only in text that is not hard-wrapped or after a short line.
/// A text counts as hard-wrapped when most of its long lines end without sentence punctuation.
/// </summary>
public static partial class SentenceSplitter
{
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
}
