namespace SanctionWatch.Model.Dates;

/// <summary>How much of a <see cref="PartialDate"/> is known: the year, the month or the day.</summary>
public enum DatePrecision
{
    /// <summary>Only the year: <c>2025</c>.</summary>
    Year,

    /// <summary>The year and month: <c>2025-02</c>.</summary>
    Month,

    /// <summary>The full calendar date: <c>2025-02-07</c>.</summary>
    Day,
}
