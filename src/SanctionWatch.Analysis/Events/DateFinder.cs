using System.Globalization;
using SanctionWatch.Model.Dates;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Finds date expressions in a sentence ("am Dienstag (18.06.)", "im März", "im vergangenen Jahr", "in early April",
/// "vor 24 Jahren", "19. Juni 2024", "last week") and resolves them against the document date where it can.
/// This part walks the sentence and reads the numbers every date form shares: a year, a day and month ("18.06.").
/// </summary>
internal static partial class DateFinder
{
    /// <summary>A date found at sentence tokens [Start, End).</summary>
    public readonly record struct Found(int Start, int End, EventDate Date);

    /// <summary>The document date as year, month, day (0 where unknown), or null.</summary>
    public static (int Year, int Month, int Day)? ParseDocumentDate(string? date)
    {
        if (!PartialDate.TryParseStart(date, out var parsed))
        {
            return null;
        }

        return (parsed.Year, parsed.Month ?? 0, parsed.Day ?? 0);
    }

    /// <summary>All dates in the sentence, left to right, not overlapping.</summary>
    public static List<Found> Find(SentenceWords s, (int Year, int Month, int Day)? doc)
    {
        var found = new List<Found>();
        var lex = s.Lexicon;
        for (int k = 0; k < s.Count; k++)
        {
            var hit = At(s, lex, k, doc);
            if (hit is { } f)
            {
                found.Add(f);
                k = f.End - 1;
            }
        }

        return Ranges(s, found, doc);
    }

    // "between March 2025 and June 2026", "zwischen Januar und Juni", "from May to July", "von Mai bis Juli", "since May": two dates that
    // bound one span are one date, as precise as both share ("2026" for January to June 2026; none across years). Without
    // an opening word only "to"/"bis" joins: "in March and June" are two times.
    private static List<Found> Ranges(SentenceWords s, List<Found> found, (int Year, int Month, int Day)? doc)
    {
        // "since January", "seit März": from then until the report, as precise as both share.
        if (doc is { Year: > 0 } today)
        {
            string now = today.Month > 0 ? $"{today.Year:D4}-{today.Month:D2}" : $"{today.Year:D4}";
            for (int i = 0; i < found.Count; i++)
            {
                var f = found[i];
                if (f.Start > 0 && s.Lexicon.RangeSince.Contains(s.Lower(f.Start - 1)))
                {
                    found[i] = new Found(f.Start - 1, f.End, new EventDate(Span(s, f.Start - 1, f.End), Shared(f.Date.Value, now)));
                }
            }
        }

        for (int i = found.Count - 2; i >= 0; i--)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (b.Start != a.End + 1)
            {
                continue;
            }

            string joiner = s.Lower(a.End);
            bool opened = a.Start > 0 && s.Lexicon.RangeOpeners.Contains(s.Lower(a.Start - 1));
            if (!(s.Lexicon.RangeClosers.Contains(joiner) || (opened && s.Lexicon.RangeJoiners.Contains(joiner))))
            {
                continue;
            }

            int start = opened ? a.Start - 1 : a.Start;
            found[i] = new Found(start, b.End, new EventDate(Span(s, start, b.End), Shared(a.Date.Value, b.Date.Value)));
            found.RemoveAt(i + 1);
        }

        return found;
    }

    // The part of two ISO dates both share, whole fields only: "2026-01" and "2026-06" share "2026"; "2025-03" and "2026-06" nothing.
    private static string? Shared(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return null;
        }

        string[] a = x.Split('-'), b = y.Split('-');
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n == 0 ? null : string.Join('-', a[..n]);
    }

    private static Found? At(SentenceWords s, EventLexicon lex, int k, (int Year, int Month, int Day)? doc)
    {
        string w = s.Lower(k);
        var t = s.Token(k);

        // "Anfang/early" before a month or year: include it in the text, same value.
        if (lex.PartWords.Contains(w) && k + 1 < s.Count && (lex.Months.ContainsKey(s.Lower(k + 1)) && s.IsUpper(k + 1) || IsYear(s, k + 1)))
        {
            var inner = At(s, lex, k + 1, doc);
            if (inner is { } f)
            {
                return new Found(k, f.End, new EventDate(Span(s, k, f.End), f.Date.Value));
            }
        }

        if (t.Kind == TokenKind.Number)
        {
            return AtNumber(s, lex, k, doc);
        }

        return t.Kind == TokenKind.Word ? AtWord(s, lex, k, w, doc) : null;
    }

    private static bool IsYear(SentenceWords s, int k)
    {
        if (k < 0 || k >= s.Count)
        {
            return false;
        }

        var t = s.Token(k);
        return t.Kind == TokenKind.Number && t.Length == 4
            && int.TryParse(s.Text.AsSpan(t.Start, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1945 and <= 2100;
    }

    // The year of a token that IsYear accepts.
    private static int YearAt(SentenceWords s, int k) => int.Parse(s.Text.AsSpan(s.Token(k).Start, 4), CultureInfo.InvariantCulture);

    private static bool TryDayMonth(ReadOnlySpan<char> raw, out int day, out int month, out int year)
    {
        day = month = year = 0;
        int sep = raw.IndexOfAny('.', '/');
        if (sep is < 1 or > 2)
        {
            return false;
        }

        var rest = raw[(sep + 1)..];
        int sep2 = rest.IndexOfAny('.', '/');
        var monthPart = sep2 < 0 ? rest : rest[..sep2];
        if (monthPart.Length is < 1 or > 2 || !int.TryParse(raw[..sep], NumberStyles.None, CultureInfo.InvariantCulture, out day)
            || !int.TryParse(monthPart, NumberStyles.None, CultureInfo.InvariantCulture, out month) || day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }

        if (sep2 >= 0)
        {
            var y = rest[(sep2 + 1)..];
            if (y.Length == 4 && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
            {
                year = yy;
            }
            else if (y.Length != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Span(SentenceWords s, int from, int to) => s.Text[s.Token(from).Start..s.Token(to - 1).End];
}
