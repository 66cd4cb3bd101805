using System.Text.Json;
using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Matching.Tests.Screening;

/// <summary>A yente query entity is read once, the same for <c>/match</c> and <c>screen --batch</c>: every name and country property counts.</summary>
public sealed class YenteQueryTests
{
    [Fact]
    public void Read_EveryNamePropertyAndCountryProperty_IsInTheQuery()
    {
        var query = Read("""
            {"schema": "person", "properties": {"name": "Kim Jong Un", "previousName": ["Kim Jong Woon"], "weakAlias": ["Jongun"],
             "firstName": ["Jong Un"], "birthDate": ["08.01.1984"], "nationality": ["North Korea"], "citizenship": ["ru"], "jurisdiction": ["kp"], "country": [7]}}
            """, "q1");

        Assert.Equal("q1", query.Id);
        Assert.Equal("Person", query.Schema);
        Assert.Equal(["Kim Jong Un", "Kim Jong Woon", "Jongun", "Jong Un"], query.Names);
        Assert.Equal(["1984-01-08"], query.BirthDates);
        Assert.Equal(["kp", "ru"], query.Countries);
    }

    [Fact]
    public void Read_NoSchema_MatchesAnySchema()
    {
        var query = Read("""{"properties": {"alias": ["Ri Won Ho"]}}""", "q1");

        Assert.Null(query.Schema);
        Assert.Equal(["Ri Won Ho"], query.Names);
    }

    [Theory]
    [InlineData("""{"schema": "Person", "properties": {"birthDate": ["1984"]}}""", "needs a 'name'")]
    [InlineData("""{"schema": "Person"}""", "needs a 'name'")]
    [InlineData("""["Kim Jong Un"]""", "needs a 'name'")]
    [InlineData("""{"schema": "Person", "properties": {"name": ["Kim"], "citizenship": ["Narnia"]}}""", "unknown country 'Narnia'")]
    public void Read_NoNameOrAnUnreadableValue_IsAnError(string json, string says)
    {
        var e = Assert.Throws<InvalidQueryException>(() => Read(json, "q1"));
        Assert.Contains(says, e.Message, StringComparison.Ordinal);
    }

    private static ScreeningQuery Read(string json, string id)
    {
        using var doc = JsonDocument.Parse(json);
        return YenteQuery.Read(doc.RootElement, id);
    }
}
