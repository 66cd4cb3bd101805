using System.Globalization;

namespace SanctionWatch.Analysis.Events;

/// <summary>Dates that start with a number: "18.06.2024", "19. Juni 2024", "vor 24 Jahren" / "24 years ago", a bare year.</summary>
internal static partial class DateFinder
{
    private static Found? AtNumber(SentenceWords s, EventLexicon lex, int k, (int Year, int Month, int Day)? doc)
    {
        var t = s.Token(k);
        int docYear = doc?.Year ?? 0;
        var raw = s.Text.AsSpan(t.Start, t.Length);

        // 18.06. / 18.06.2024 / 18/06/2024 — but "1.2 billion roubles", "2.5 Millionen Tonnen" are amounts
        if (TryDayMonth(raw, out int dd, out int mm, out int yy) && !CountsSomething(s, lex, k))
        {
            int year = yy > 0 ? yy : docYear;
            int end = k + 1;
            return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? DateValues.Iso(year, mm, dd) : null));
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
                year = YearAt(s, end);
                end++;
            }

            return new Found(k, end, new EventDate(Span(s, k, end), year > 0 ? DateValues.Iso(year, month, day) : null));
        }

        // vor 24 Jahren / 24 years ago
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && k + 1 < s.Count
            && lex.Periods.TryGetValue(s.Lower(k + 1), out string? period))
        {
            if (k > 0 && lex.AgoWords.Contains(s.Lower(k - 1)) && lex.Shapes.AgoFirst)
            {
                return new Found(k - 1, k + 2, new EventDate(Span(s, k - 1, k + 2), DateValues.Ago(doc, count, period)));
            }

            if (k + 2 < s.Count && lex.AgoWords.Contains(s.Lower(k + 2)) && !lex.Shapes.AgoFirst)
            {
                return new Found(k, k + 3, new EventDate(Span(s, k, k + 3), DateValues.Ago(doc, count, period)));
            }
        }

        if (IsYear(s, k) && !CountsSomething(s, lex, k))
        {
            return new Found(k, k + 1, new EventDate(Span(s, k, k + 1), s.Text.Substring(t.Start, 4)));
        }

        return null;
    }

    // A number followed by a unit or a multiplier ("2024 tonnes", "1.2 billion") is an amount, not a date.
    private static bool CountsSomething(SentenceWords s, EventLexicon lex, int k) =>
        k + 1 < s.Count && (lex.Units.ContainsKey(s.Lower(k + 1)) || lex.Multipliers.ContainsKey(s.Lower(k + 1)));
}
