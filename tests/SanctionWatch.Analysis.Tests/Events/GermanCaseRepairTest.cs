using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// German leaves "das"/"die" open between subject and object; "den"/"einen" mark the object alone. Where the parser takes both
/// noun phrases for objects, the open one before the verb is the subject, and a ministry or government told by its country's
/// adjective acts for that country. The sentences were written for these tests, about other states than the evaluation sets.
/// </summary>
public sealed class GermanCaseRepairTest
{
    [Theory]
    [InlineData("Das kubanische Außenministerium bestellte den spanischen Botschafter ein.", "PROTEST", "cu", "es")]
    [InlineData("Das iranische Außenministerium bestellte daraufhin den britischen Geschäftsträger in Teheran ein.", "PROTEST", "ir", "gb")]
    public void Analyze_OpenCaseSubjectBeforeTheVerb_IsTheDoer(string text, string type, string doer, string target)
    {
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == type);
        Assert.Equal(doer, Country(analysis, e.Actor));
        Assert.Equal(target, Country(analysis, e.Target));
    }

    [Fact]
    public void Analyze_GovernmentToldByItsAdjective_ActsForItsCountry()
    {
        var analysis = Analyze("de", "Die ägyptische Regierung wies die Vorwürfe zurück.");
        var e = Assert.Single(analysis.Events, e => e.Type == "REJECT");
        Assert.Equal("eg", Country(analysis, e.Actor));
    }
}
