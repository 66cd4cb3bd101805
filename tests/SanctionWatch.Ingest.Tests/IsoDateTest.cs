namespace SanctionWatch.Ingest.Tests;

public sealed class IsoDateTest
{
    [Theory]
    [InlineData("2025", "2025")]
    [InlineData("2025-02", "2025-02")]
    [InlineData("2025-02-07", "2025-02-07")]
    [InlineData("2025-02-07 19:00:08-05:00", "2025-02-07")]
    [InlineData("2025-02-07T23:30:00-05:00", "2025-02-07")]
    [InlineData("2025/02/07", "2025-02-07")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10")]
    [InlineData("1 March 2024", "2024-03-01")]
    public void Normalise_KnownFormats_GiveIsoDateAsWritten(string value, string expected) =>
        Assert.Equal(expected, IsoDate.Normalise(value));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("10 Foo 2003")]
    [InlineData("20250207")]
    public void Normalise_NotADate_GivesNull(string value) => Assert.Null(IsoDate.Normalise(value));
}
