using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SanctionWatch.Model.Dates;

/// <summary>
/// A calendar date known to the year, the month or the day, as sources give them (<c>2025</c>, <c>2025-02</c>,
/// <c>2025-02-07</c>); it cannot hold a month without a year or a day the month does not have.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>A date known to the year.</summary>
    public PartialDate(int year)
        : this(year, null, null)
    {
    }

    /// <summary>A date known to the month.</summary>
    public PartialDate(int year, int month)
        : this(year, month, null)
    {
    }

    /// <summary>A date known to the day.</summary>
    public PartialDate(int year, int month, int day)
        : this(year, (int?)month, day)
    {
    }

    private PartialDate(int year, int? month, int? day)
    {
        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a calendar date");
        }

        _year = (short)year;
        _month = (byte)(month ?? 0);
        _day = (byte)(day ?? 0);
    }

    /// <summary>The year, 0 to 9999.</summary>
    public int Year => _year;

    /// <summary>The month, 1 to 12, or null when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or null when it is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date may mean: 1 January of a year, the 1st of a month.</summary>
    public DateOnly Start => new(_year == 0 ? 1 : _year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>The last day the date may mean: 31 December of a year, the month's last day.</summary>
    public DateOnly End
    {
        get
        {
            int year = _year == 0 ? 1 : _year;
            int month = _month == 0 ? 12 : _month;
            return new DateOnly(year, month, _day == 0 ? DateTime.DaysInMonth(year, month) : _day);
        }
    }

    /// <summary>
    /// Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; a <see cref="FormatException"/> says what is wrong
    /// with anything else.
    /// </summary>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> and nothing else; false otherwise.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        return text is { Length: 4 or 7 or 10 } && TryParseStart(text, out date) && date.ToString().Length == text.Length;
    }

    /// <summary>
    /// Reads the date at the start of <paramref name="text"/> as precisely as it is written there: the year of
    /// <c>1984</c> or <c>1984-13-01</c>, the day of <c>2025-02-07T19:00:08</c>. False when it does not start with
    /// four digits.
    /// </summary>
    public static bool TryParseStart(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return false;
        }

        int? month = text.Length >= 7 && text[4] == '-' && TwoDigits(text[5..7]) is { } m && m is >= 1 and <= 12 ? m : null;
        int? day = month is not null && text.Length >= 10 && text[7] == '-' && TwoDigits(text[8..10]) is { } d
            && d >= 1 && d <= DateTime.DaysInMonth(Math.Max(year, 1), month.Value) ? d : null;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The date of these numbers (a null month or day: not known), or false when they make no date.</summary>
    public static bool TryCreate(int year, int? month, int? day, out PartialDate date)
    {
        bool valid = IsValid(year, month, day);
        date = valid ? new PartialDate(year, month, day) : default;
        return valid;
    }

    /// <summary>True when the numbers make a date: a year 0 to 9999, a month 1 to 12, a day the month has; a day needs a month.</summary>
    public static bool IsValid(int year, int? month, int? day) =>
        year is >= 0 and <= 9999
        && (month is null || month is >= 1 and <= 12)
        && (day is null || (month is not null && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month.Value)));

    /// <summary>The date as written: <c>2025</c>, <c>2025-02</c> or <c>2025-02-07</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => _year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}-{_day:D2}"),
    };

    /// <summary>Orders by year, then month, then day; a less precise date comes before the more precise ones it contains.</summary>
    public int CompareTo(PartialDate other) =>
        _year != other._year ? _year.CompareTo(other._year) : _month != other._month ? _month.CompareTo(other._month) : _day.CompareTo(other._day);

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_year, _month, _day);

    /// <summary>The same date.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Different dates or precisions.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Earlier, as <see cref="CompareTo"/> orders.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Later, as <see cref="CompareTo"/> orders.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Earlier or the same.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Later or the same.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static int? TwoDigits(ReadOnlySpan<char> text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;
}
