using SanctionWatch.Model.Dates;

namespace SanctionWatch.Model.Tests.Dates;

public sealed class PartialDateTest
{
    [Theory]
    [InlineData("2025", DatePrecision.Year)]
    [InlineData("2025-02", DatePrecision.Month)]
    [InlineData("2025-02-07", DatePrecision.Day)]
    [InlineData("2024-02-29", DatePrecision.Day)]
    [InlineData("0987", DatePrecision.Year)]
    public void Parse_IsoForm_RoundTripsWithItsPrecision(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Parse_Day_HasEachPart()
    {
        var date = PartialDate.Parse("2025-02-07");

        Assert.Equal((2025, 2, 7), (date.Year, date.Month, date.Day));
        Assert.Null(PartialDate.Parse("2025").Month);
        Assert.Null(PartialDate.Parse("2025-02").Day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2025/02/07")]
    [InlineData("2025-2-7")]
    [InlineData("2025-02-07T10:00")]
    [InlineData("+2025")]
    [InlineData("June 2025")]
    public void Parse_NotAnIsoDate_FailsNamingTheText(string text)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2025-02-07T19:00:08-05:00", "2025-02-07")]
    [InlineData("2025-02-07", "2025-02-07")]
    [InlineData("2025-02", "2025-02")]
    [InlineData("1984", "1984")]
    [InlineData("1984-13-01", "1984")]
    [InlineData("2023-02-29", "2023-02")]
    [InlineData("1984 (approx.)", "1984")]
    public void TryParseStart_LeadingDate_AsPreciseAsWritten(string text, string expected)
    {
        Assert.True(PartialDate.TryParseStart(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("198")]
    [InlineData("circa 1984")]
    public void TryParseStart_NoLeadingYear_False(string? text)
    {
        Assert.False(PartialDate.TryParseStart(text, out _));
    }

    [Fact]
    public void CompareTo_ByYearMonthDay_LessPreciseFirst()
    {
        var dates = new[] { "2025-02-07", "2024", "2025", "2025-01-31", "2025-02" }.Select(PartialDate.Parse);

        Assert.Equal(["2024", "2025", "2025-01-31", "2025-02", "2025-02-07"], dates.Order().Select(d => d.ToString()));
        Assert.True(PartialDate.Parse("2024-12-31") < PartialDate.Parse("2025"));
    }

    [Fact]
    public void Equals_SameDayDifferentPrecision_NotEqual()
    {
        Assert.NotEqual(PartialDate.Parse("2025-01"), PartialDate.Parse("2025-01-01"));
        Assert.Equal(new PartialDate(2025, 1), PartialDate.Parse("2025-01"));
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2024-06-19", "2024-06-19", "2024-06-19")]
    public void StartEnd_TheDaysTheDateCovers(string text, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Fact]
    public void Constructor_DayTheMonthLacks_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2025, 4, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(10_000));
    }

    [Fact]
    public void TryCreate_DayWithoutMonth_False()
    {
        Assert.False(PartialDate.TryCreate(2025, null, 7, out _));
        Assert.True(PartialDate.TryCreate(2025, 2, null, out var month));
        Assert.Equal("2025-02", month.ToString());
    }
}
