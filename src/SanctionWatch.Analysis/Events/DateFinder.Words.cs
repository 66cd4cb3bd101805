using System.Globalization;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Dates that start with a word: month names ("im März", "June 19, 2024", "im September letzten Jahres"), weekdays
/// ("Dienstag (18.06.)"), day words ("gestern"), number words ("vor zwei Jahren") and relative periods ("last year").
/// </summary>
internal static partial class DateFinder
{
    private static Found? AtWord(SentenceWords s, EventLexicon lex, int k, string w, (int Year, int Month, int Day)? doc)
    {
        int docYear = doc?.Year ?? 0;

        // vor zwei Jahren / two years ago (number words)
        if (lex.Shapes.AgoFirst && lex.AgoWords.Contains(w) && k + 2 < s.Count && lex.NumberWords.TryRead(s.Lower(k + 1), out double nw)
            && lex.Periods.TryGetValue(s.Lower(k + 2), out string? p2))
        {
            return new Found(k, k + 3, new EventDate(Span(s, k, k + 3), DateValues.Ago(doc, (int)nw, p2)));
        }

        if (!lex.Shapes.AgoFirst && lex.NumberWords.TryRead(w, out double nw2) && k + 2 < s.Count && lex.Periods.TryGetValue(s.Lower(k + 1), out string? p3)
            && lex.AgoWords.Contains(s.Lower(k + 2)))
        {
            return new Found(k, k + 3, new EventDate(Span(s, k, k + 3), DateValues.Ago(doc, (int)nw2, p3)));
        }

        // A month's full name however short ("Mai", "May"; a homograph needs a month lead before it, "in May", not "May
        // Russia …"); an abbreviation ("Jun", "Mar") only with a day or year after it, which the numbers' part reads.
        if (s.IsUpper(k) && lex.Months.TryGetValue(w, out int mon) && (w.Length > 3 || lex.FullMonths.Contains(w)))
        {
            return AtMonth(s, lex, k, w, mon, docYear);
        }

        if (s.IsUpper(k) && lex.Weekdays.TryGetValue(w, out int weekday))
        {
            return AtWeekday(s, k, weekday, doc);
        }

        if (lex.DayWords.TryGetValue(w, out int dayOffset))
        {
            return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), DateValues.DaysFrom(doc, dayOffset)));
        }

        if (lex.Periods.TryGetValue(w, out string? own) && own == "year-1")
        {
            return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), docYear > 0 ? DateValues.Year(docYear - 1) : null));
        }

        // "im Jahr zuvor", "a year earlier", "the year before." — counted back from the article's year; "a year before
        // the war" counts from the war, not from the article.
        if (docYear > 0 && lex.Periods.TryGetValue(w, out string? year) && year == "year" && k + 1 < s.Count && lex.EarlierWords.Contains(s.Lower(k + 1))
            && (s.Lower(k + 1) != "before" || k + 2 >= s.Count || s.IsPunct(k + 2)))
        {
            int back = k > 0 && lex.NumberWords.TryRead(s.Lower(k - 1), out double n) && n is >= 1 and <= 50 ? (int)n : 1;
            return new Found(k, k + 2, new EventDate(Span(s, k, k + 2), DateValues.Year(docYear - back)));
        }

        // im vergangenen Jahr / last year / letzte Woche / last month
        if (lex.RelativeWords.TryGetValue(w, out int rel) && k + 1 < s.Count && lex.Periods.TryGetValue(s.Lower(k + 1), out string? unit))
        {
            string? value = unit switch
            {
                "year" when docYear > 0 => DateValues.Year(docYear + rel),
                "month" when doc is { Month: > 0 } dm => DateValues.ShiftMonth(dm.Year, dm.Month, rel),
                _ => null, // a week is not an ISO date of the contract's precision
            };
            return new Found(k, k + 2, new EventDate(Span(s, k, k + 2), value));
        }

        return null;
    }

    // A month name at k (mon its number): with a day, with a year, or in the document's year or one relative to it.
    private static Found? AtMonth(SentenceWords s, EventLexicon lex, int k, string w, int mon, int docYear)
    {
        // June 19[, 2024]
        if (lex.Shapes.MonthFirst && k + 1 < s.Count && s.Token(k + 1).Kind == TokenKind.Number
            && int.TryParse(s.Text.AsSpan(s.Token(k + 1).Start, s.Token(k + 1).Length), NumberStyles.None, CultureInfo.InvariantCulture, out int d2) && d2 is >= 1 and <= 31)
        {
            int end = k + 2;
            int year = docYear;
            int probe = end < s.Count && s.Lower(end) == "," ? end + 1 : end;
            if (IsYear(s, probe))
            {
                year = YearAt(s, probe);
                end = probe + 1;
            }

            return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? DateValues.Iso(year, mon, d2) : null));
        }

        if (IsYear(s, k + 1))
        {
            int year = YearAt(s, k + 1);
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
        else if (k + 2 < s.Count && lex.Words.Is(s.Lower(k + 1), FunctionWord.GenitiveArticle) && lex.Periods.TryGetValue(s.Lower(k + 2), out string? pz) && pz == "year-1")
        {
            offset = -1;
            relEnd = k + 3;
        }

        if (lex.Words.Is(w, FunctionWord.MonthHomograph) && (k == 0 || !lex.Words.Is(s.Lower(k - 1), FunctionWord.MonthLead)))
        {
            return null; // the modal verb at the start of a clause
        }

        return new Found(k, relEnd, new EventDate(Span(s, k, relEnd), docYear > 0 ? $"{docYear + offset:D4}-{mon:D2}" : null));
    }

    // A weekday at k: the date in brackets after it, or the last such day on or before the document date.
    private static Found AtWeekday(SentenceWords s, int k, int weekday, (int Year, int Month, int Day)? doc)
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

            int year = yy > 0 ? yy : doc?.Year ?? 0;
            return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? DateValues.Iso(year, mm, dd) : null));
        }

        return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), DateValues.WeekdayOnOrBefore(doc, weekday)));
    }
}
