using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Matching.Tests.Screening;

/// <summary>Query values that mean the same are read the same; what cannot be read is an error, never ignored.</summary>
public sealed class QueryValuesTests
{
    [Theory]
    [InlineData("person", "Person")]
    [InlineData("ORGANIZATION", "Organization")]
    [InlineData(" vessel ", "Vessel")]
    [InlineData("legalentity", "LegalEntity")]
    public void Schema_AnyCase_IsTheCanonicalName(string input, string canonical) => Assert.Equal(canonical, QueryValues.Schema(input));

    [Fact]
    public void Schema_Unknown_IsAnErrorNamingIt()
    {
        var e = Assert.Throws<InvalidQueryException>(() => QueryValues.Schema("Persn"));
        Assert.Contains("'Persn'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1961", "1961")]
    [InlineData("1961-7", "1961-07")]
    [InlineData("1961-07-04", "1961-07-04")]
    [InlineData("1961-07-04T00:00:00", "1961-07-04")]
    [InlineData("04.07.1961", "1961-07-04")]
    [InlineData("4. Juli 1961", "1961-07-04")]
    [InlineData("4 July 1961", "1961-07-04")]
    [InlineData("4 Jul. 1961", "1961-07-04")]
    [InlineData("July 4, 1961", "1961-07-04")]
    [InlineData("July 1961", "1961-07")]
    [InlineData("25/12/1970", "1970-12-25")] // day first: only one reading
    [InlineData("12/25/1970", "1970-12-25")] // month first: only one reading
    [InlineData("05/05/1970", "1970-05-05")]
    public void BirthDate_UsualWrittenForms_AreIsoPrefixes(string input, string iso) => Assert.Equal(iso, QueryValues.BirthDate(input));

    [Theory]
    [InlineData("03/04/1970")] // 3 April or March 4
    [InlineData("30.02.1970")]
    [InlineData("1970-13")]
    [InlineData("yesterday")]
    [InlineData("70")]
    public void BirthDate_AmbiguousOrUnreadable_IsAnError(string input) =>
        Assert.Throws<InvalidQueryException>(() => QueryValues.BirthDate(input));

    [Theory]
    [InlineData("kp", "kp")]
    [InlineData("KP", "kp")]
    [InlineData("North Korea", "kp")]
    [InlineData("north-korea", "kp")]
    [InlineData("Russland", "ru")]
    [InlineData("Venezuela", "ve")]
    public void Country_CodeOrName_IsTheIsoCode(string input, string code) => Assert.Equal(code, QueryValues.Country(input));

    [Theory]
    [InlineData("Narnia")]
    [InlineData("xx")]
    public void Country_Unknown_IsAnError(string input) => Assert.Throws<InvalidQueryException>(() => QueryValues.Country(input));

    [Fact]
    public void FromInput_ThingMatchesAnySchema_AndValuesAreNormalised()
    {
        var q = ScreeningQuery.FromInput("q1", "thing", ["Kim Jong Un"], ["08.01.1984"], ["Korea, North", "kp"]);
        Assert.Null(q.Schema);
        Assert.Equal(["1984-01-08"], q.BirthDates);
        Assert.Equal(["kp"], q.Countries);
    }
}
