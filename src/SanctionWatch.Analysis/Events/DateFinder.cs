using System.Globalization;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Finds date expressions in a sentence ("am Dienstag (18.06.)", "im März", "im vergangenen Jahr", "in early April",
/// "vor 24 Jahren", "19. Juni 2024", "last week") and resolves them against the document date where it can.
/// </summary>
internal static class DateFinder
{
    /// <summary>A date found at sentence tokens [Start, End).</summary>
    public readonly record struct Found(int Start, int End, EventDate Date);

    /// <summary>The document date as year, month, day (0 where unknown), or null.</summary>
    public static (int Year, int Month, int Day)? ParseDocumentDate(string? date)
    {
        if (string.IsNullOrEmpty(date) || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y))
        {
            return null;
        }

        int m = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int mm) ? mm : 0;
        int d = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int dd) ? dd : 0;
        return (y, m, d);
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

        return found;
    }

    private static Found? At(SentenceWords s, EventLexicon lex, int k, (int Year, int Month, int Day)? doc)
    {
        string w = s.Lower(k);
        var t = s.Token(k);
        int docYear = doc?.Year ?? 0;

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
            var raw = s.Text.AsSpan(t.Start, t.Length);

            // 18.06. / 18.06.2024 / 18/06/2024
            if (TryDayMonth(raw, out int dd, out int mm, out int yy))
            {
                int year = yy > 0 ? yy : docYear;
                int end = k + 1;
                return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? Iso(year, mm, dd) : null));
            }

            // 19. Juni [2024]  /  19 June [2024]
            int next = k + 1;
            if (next < s.Count && s.Lower(next) == ".")
            {
                next++;
            }

            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int day) && day is >= 1 and <= 31
                && next < s.Count && s.IsUpper(next) && lex.Months.TryGetValue(s.Lower(next), out int month))
            {
                int end = next + 1;
                int year = docYear;
                if (IsYear(s, end))
                {
                    year = int.Parse(s.Text.AsSpan(s.Token(end).Start, 4), CultureInfo.InvariantCulture);
                    end++;
                }

                return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? Iso(year, month, day) : null));
            }

            // vor 24 Jahren / 24 years ago
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && k + 1 < s.Count
                && lex.Periods.TryGetValue(s.Lower(k + 1), out string? period))
            {
                if (k > 0 && lex.AgoWords.Contains(s.Lower(k - 1)) && lex.German)
                {
                    return new Found(k - 1, k + 2, new EventDate(Span(s, k - 1, k + 2), Ago(doc, count, period)));
                }

                if (k + 2 < s.Count && lex.AgoWords.Contains(s.Lower(k + 2)) && !lex.German)
                {
                    return new Found(k, k + 3, new EventDate(Span(s, k, k + 3), Ago(doc, count, period)));
                }
            }

            if (IsYear(s, k) && !(k + 1 < s.Count && (lex.Units.ContainsKey(s.Lower(k + 1)) || lex.Multipliers.ContainsKey(s.Lower(k + 1)))))
            {
                return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), s.Text.Substring(t.Start, 4)));
            }

            return null;
        }

        if (t.Kind != TokenKind.Word)
        {
            return null;
        }

        // vor zwei Jahren / two years ago (number words)
        if (lex.German && lex.AgoWords.Contains(w) && k + 2 < s.Count && lex.NumberWords.TryGetValue(s.Lower(k + 1), out double nw)
            && lex.Periods.TryGetValue(s.Lower(k + 2), out string? p2))
        {
            return new Found(k, k + 3, new EventDate(Span(s, k, k + 3), Ago(doc, (int)nw, p2)));
        }

        if (!lex.German && lex.NumberWords.TryGetValue(w, out double nw2) && k + 2 < s.Count && lex.Periods.TryGetValue(s.Lower(k + 1), out string? p3)
            && lex.AgoWords.Contains(s.Lower(k + 2)))
        {
            return new Found(k, k + 3, new EventDate(Span(s, k, k + 3), Ago(doc, (int)nw2, p3)));
        }

        if (s.IsUpper(k) && lex.Months.TryGetValue(w, out int mon) && w.Length > 3)
        {
            // June 19[, 2024]
            if (!lex.German && k + 1 < s.Count && s.Token(k + 1).Kind == TokenKind.Number
                && int.TryParse(s.Text.AsSpan(s.Token(k + 1).Start, s.Token(k + 1).Length), NumberStyles.None, CultureInfo.InvariantCulture, out int d2) && d2 is >= 1 and <= 31)
            {
                int end = k + 2;
                int year = docYear;
                int probe = end < s.Count && s.Lower(end) == "," ? end + 1 : end;
                if (IsYear(s, probe))
                {
                    year = int.Parse(s.Text.AsSpan(s.Token(probe).Start, 4), CultureInfo.InvariantCulture);
                    end = probe + 1;
                }

                return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? Iso(year, mon, d2) : null));
            }

            if (IsYear(s, k + 1))
            {
                int year = int.Parse(s.Text.AsSpan(s.Token(k + 1).Start, 4), CultureInfo.InvariantCulture);
                return new Found(k, k + 2, new EventDate(Span(s, k, k + 2), $"{year:D4}-{mon:D2}"));
            }

            // "im September letzten Jahres", "in March last year"
            int relEnd = k + 1;
            int offset = 0;
            if (k + 2 < s.Count && lex.RelativeWords.TryGetValue(s.Lower(k + 1), out int r) && lex.Periods.TryGetValue(s.Lower(k + 2), out string? per) && per == "year")
            {
                offset = r;
                relEnd = k + 3;
            }
            else if (k + 1 < s.Count && lex.Periods.TryGetValue(s.Lower(k + 1), out string? py) && py == "year-1")
            {
                offset = -1;
                relEnd = k + 2;
            }
            else if (k + 2 < s.Count && s.Lower(k + 1) == "des" && lex.Periods.TryGetValue(s.Lower(k + 2), out string? pz) && pz == "year-1")
            {
                offset = -1;
                relEnd = k + 3;
            }

            if (w == "may" && !lex.German && k > 0 && !(s.Lower(k - 1) is "in" or "since" or "until" or "early" or "late" or "mid" or "of"))
            {
                return null; // the modal verb at the start of a clause
            }

            return new Found(k, relEnd, new EventDate(Span(s, k, relEnd), docYear > 0 ? $"{docYear + offset:D4}-{mon:D2}" : null));
        }

        if (s.IsUpper(k) && lex.Weekdays.TryGetValue(w, out int weekday))
        {
            // "Dienstag (18.06.)": the explicit date wins.
            if (k + 2 < s.Count && s.Lower(k + 1) == "(" && s.Token(k + 2).Kind == TokenKind.Number
                && TryDayMonth(s.Text.AsSpan(s.Token(k + 2).Start, s.Token(k + 2).Length), out int dd, out int mm, out int yy))
            {
                int end = k + 3;
                while (end < s.Count && end <= k + 4 && s.IsPunct(end) && s.Lower(end) is "." or ")")
                {
                    end++;
                }

                int year = yy > 0 ? yy : docYear;
                return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? Iso(year, mm, dd) : null));
            }

            string? value = null;
            if (doc is { Month: > 0, Day: > 0 } full)
            {
                var date = new DateOnly(full.Year, full.Month, full.Day);
                int back = ((int)date.DayOfWeek + 6) % 7 + 1 - weekday;
                if (back < 0)
                {
                    back += 7;
                }

                value = date.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), value));
        }

        if (lex.DayWords.TryGetValue(w, out int dayOffset))
        {
            string? value = doc is { Month: > 0, Day: > 0 } full
                ? new DateOnly(full.Year, full.Month, full.Day).AddDays(dayOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), value));
        }

        if (lex.Periods.TryGetValue(w, out string? own) && own == "year-1")
        {
            return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), docYear > 0 ? (docYear - 1).ToString("D4", CultureInfo.InvariantCulture) : null));
        }

        // im vergangenen Jahr / last year / letzte Woche / last month
        if (lex.RelativeWords.TryGetValue(w, out int rel) && k + 1 < s.Count && lex.Periods.TryGetValue(s.Lower(k + 1), out string? unit))
        {
            string? value = unit switch
            {
                "year" when docYear > 0 => (docYear + rel).ToString("D4", CultureInfo.InvariantCulture),
                "month" when doc is { Month: > 0 } dm => ShiftMonth(dm.Year, dm.Month, rel),
                _ => null, // a week is not an ISO date of the contract's precision
            };
            return new Found(k, k + 2, new EventDate(Span(s, k, k + 2), value));
        }

        return null;
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

    private static string? Ago((int Year, int Month, int Day)? doc, int count, string period) => doc is not { } d ? null : period switch
    {
        "year" => (d.Year - count).ToString("D4", CultureInfo.InvariantCulture),
        "month" when d.Month > 0 => ShiftMonth(d.Year, d.Month, -count),
        _ => null,
    };

    private static string ShiftMonth(int year, int month, int delta)
    {
        int total = year * 12 + month - 1 + delta;
        return $"{total / 12:D4}-{total % 12 + 1:D2}";
    }

    private static string? Iso(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;

    private static string Span(SentenceWords s, int from, int to) => s.Text[s.Token(from).Start..s.Token(to - 1).End];
}
