using System.Globalization;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// The ISO values of dates (<c>2024-06-18</c>, <c>2024-06</c>, <c>2024</c>) that <see cref="DateFinder"/> reads:
/// a calendar date from its parts, or a day, month or year counted from the document date.
/// </summary>
internal static class DateValues
{
    /// <summary>The day as yyyy-MM-dd, or null when the month has no such day.</summary>
    public static string? Iso(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;

    /// <summary>The year as four digits.</summary>
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The month <paramref name="delta"/> months from the given one, as yyyy-MM.</summary>
    public static string ShiftMonth(int year, int month, int delta)
    {
        int total = year * 12 + month - 1 + delta;
        return $"{total / 12:D4}-{total % 12 + 1:D2}";
    }

    /// <summary>"<paramref name="count"/> years (months) ago" from the document date, or null where the document date is too coarse.</summary>
    public static string? Ago((int Year, int Month, int Day)? doc, int count, string period) => doc is not { } d ? null : period switch
    {
        "year" => Year(d.Year - count),
        "month" when d.Month > 0 => ShiftMonth(d.Year, d.Month, -count),
        _ => null,
    };

    /// <summary>The day <paramref name="offset"/> days from the document date, or null without a full document date.</summary>
    public static string? DaysFrom((int Year, int Month, int Day)? doc, int offset) => doc is { Month: > 0, Day: > 0 } full
        ? new DateOnly(full.Year, full.Month, full.Day).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : null;

    /// <summary>The last <paramref name="weekday"/> (ISO, 1 = Monday) on or before the document date, or null without a full document date.</summary>
    public static string? WeekdayOnOrBefore((int Year, int Month, int Day)? doc, int weekday)
    {
        if (doc is not { Month: > 0, Day: > 0 } full)
        {
            return null;
        }

        var date = new DateOnly(full.Year, full.Month, full.Day);
        int back = ((int)date.DayOfWeek + 6) % 7 + 1 - weekday;
        if (back < 0)
        {
            back += 7;
        }

        return date.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
