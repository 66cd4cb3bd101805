using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Analysis.Tests.Support;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Pipeline;

public sealed class DatelinePipeTest
{
    [Theory]
    [InlineData("Header line\n\nTOKYO, March 3 (Kyodo) -- Japan protested on Monday.", "TOKYO, March 3 (Kyodo) --")]
    [InlineData("Header line\n\nBangkok (AFP) – Thailand closed its border.", "Bangkok (AFP) –")]
    [InlineData("Header line\n\nHANOI, Vietnam — The ministry said nothing.", "HANOI, Vietnam —")]
    [InlineData("Berlin/Paris (epd) - Die Minister trafen sich.", "Berlin/Paris (epd) -")]
    public void Process_WireDateline_IsFurniture(string text, string expected)
    {
        var doc = Analyze(text, "en");
        Assert.Contains(expected, doc.Furniture.Select(f => text[f.Start..f.End]));
    }

    [Theory]
    [InlineData("Japan - Korea relations improve\n\nThe talks went well.")]
    [InlineData("Der Minister sagte: Wir liefern nichts.")]
    [InlineData("Header\n\nRussia (which denies it) - as officials say - sent fuel.")]
    public void Process_OrdinaryLines_AreNotFurniture(string text) =>
        Assert.Empty(Analyze(text, "en").Furniture);

    [Fact]
    public void Analyze_DatelineCapital_IsNoPartyOfTheEvent()
    {
        // The capital in the dateline is where the report was filed, not who received the goods.
        var analysis = TestPacks.Analyzer.Analyze(Document("Tanks for the army\n\nMOSCOW (AP) — Belarus delivered forty tanks to Serbia last week, officials said.", "en"));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        string?[] parties = [Name(analysis, transfer.Actor), Name(analysis, transfer.Target)];
        Assert.DoesNotContain(parties, p => p is not null && p.Contains("Mos", StringComparison.Ordinal));
        Assert.DoesNotContain(parties, p => p is not null && p.Contains("Russ", StringComparison.Ordinal));
    }

    private static string? Name(DocumentAnalysis analysis, ArgumentRef? argument) =>
        argument is null ? null : analysis.Mentions[argument.Mention].Name;

    private static Doc Analyze(string text, string language)
    {
        var doc = new Doc(Document(text, language), TestPacks.For(language));
        foreach (var pipe in DocumentAnalyzer.StandardPipes(TestPacks.Places))
        {
            if ((pipe.Reads & DocLayer.Mentions) != 0)
            {
                doc.Mentions.Freeze();
            }

            pipe.Process(doc);
            if (pipe.Name == "datelines")
            {
                break;
            }
        }

        return doc;
    }

    private static Document Document(string text, string language) =>
        new("doc:test", "test.txt", null, language, "2024-05-01", text, null);
}
