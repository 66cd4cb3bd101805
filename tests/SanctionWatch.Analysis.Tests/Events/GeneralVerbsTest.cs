using SanctionWatch.Analysis.Tests.Support;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>Common English verbs of asking, withdrawing, agreeing, banning and investigating give their event type. Sentences written for these tests.</summary>
public sealed class GeneralVerbsTest
{
    [Theory]
    [InlineData("Chile sought talks with Peru on the fishing dispute.", "REQUEST")]
    [InlineData("Peru pulled out its ambassador from Chile on Monday.", "RETREAT")]
    [InlineData("The Chilean parliament ratified the trade treaty with Peru on Tuesday.", "AGREE")]
    [InlineData("Peru banned Chilean fishing boats from its waters.", "COERCE")]
    [InlineData("Chilean prosecutors investigated Peruvian officials over the contract.", "ACCUSE")]
    public void Analyze_GeneralVerb_GivesItsType(string text, string type)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-06-12", text, null));
        Assert.Contains(analysis.Events, e => e.Type == type);
    }

    [Fact]
    public void Analyze_ThePressAsANoun_IsNoRequest()
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-06-12", "The Chilean president told the press in Lima that the visit went well.", null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "REQUEST");
    }
}
