using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// How firmly a transfer is told, who tells it, and what flows back: the verb's own auxiliaries, negations and governors
/// in the tree, unnamed sources, headlines, "in return", coordinated items and counted dozens. The sentences were
/// written for these tests, in other words than the evaluation sets.
/// </summary>
public sealed class ModalityFromTreeTest
{
    [Theory]
    [InlineData("en", "Iran has not sold any drones to Russia, two European diplomats said on Friday.", "negated")]
    [InlineData("de", "Drohnen hat Iran nach Angaben aus Kiew bislang keine an Russland verkauft.", "negated")]
    [InlineData("de", "Iran will Russland nach einem Bericht der Zeitung „Hamshahri“ ab März weitere Drohnen verkaufen.", "expected")]
    [InlineData("en", "Iran plans to sell more drones to Russia next spring.", "expected")]
    [InlineData("de", "Iran schließt weitere Drohnenverkäufe an Russland nicht aus.", "hypothetical")]
    [InlineData("en", "Iran has not ruled out selling more drones to Russia.", "hypothetical")]
    [InlineData("en", "Iran has continued to sell drones to Russia, a European intelligence officer told journalists.", "reported")]
    [InlineData("en", "Iran sold at least 300 drones to Russia last year, a senior Ukrainian intelligence officer told journalists.", "reported")]
    [InlineData("de", "Iran soll im Frühjahr rund 400 Drohnen an Russland verkauft haben.", "alleged")]
    [InlineData("de", "Russland kaufte nach einem internen Bericht des Kiewer Geheimdienstes im Winter 500 Drohnen von Iran.", "reported")]
    [InlineData("de", "Iran hat nach der Darstellung ukrainischer Militärs im Herbst Drohnen an Russland geliefert.", "reported")]
    [InlineData("de", "Iran soll im kommenden Frühjahr weitere Drohnen an Russland verkaufen.", "expected")]
    public void Analyze_Transfer_ModalityFromTheClause(string language, string text, string modality)
    {
        var transfer = SingleTransfer(language, text, out var analysis);
        Assert.Equal("Iran", Name(analysis, transfer.Actor));
        Assert.Equal("Russia", Name(analysis, transfer.Target));
        Assert.Equal(modality, transfer.Modality);
    }

    [Fact]
    public void Analyze_SpeechVerbJoinedByAnd_TheSpeakersOwnActStaysAsserted()
    {
        const string text = "Hungarian envoy Peter Szijjarto rejected the proposal as \"pointless\" and said Europe was wasting its time.";
        var analysis = Analyze("en", text);
        var rejection = Assert.Single(analysis.Events, e => e.Type == "REJECT");
        Assert.Equal("asserted", rejection.Modality);
    }

    [Fact]
    public void Analyze_HeadlineAndBody_HeadlineTakesTheBodysHedge()
    {
        const string text = "Iran liefert Drohnen an Russland\n\nIran soll nach Angaben ukrainischer Militärs im Herbst 400 Drohnen an Russland verkauft haben.";
        var analysis = Analyze("de", text);
        var headline = Assert.Single(analysis.Events, e => e.Type == "TRANSFER" && e.Evidence.Any(s => s.Start < text.IndexOf('\n', StringComparison.Ordinal)));
        Assert.Equal("Iran", Name(analysis, headline.Actor));
        Assert.Equal("alleged", headline.Modality);
    }

    [Theory]
    [InlineData("Iran hat die Drohnen nicht aus eigenen Beständen an Russland geliefert.")]
    [InlineData("Iran hat Russland nicht aus Freundschaft Drohnen verkauft.")]
    public void Analyze_NichtAusBeforeANoun_IsNoHedge(string text)
    {
        // Only "schließt … nicht aus" at the end of its clause leaves a door open; "nicht aus Beständen" says where from.
        var transfer = SingleTransfer("de", text, out _);
        Assert.NotEqual("hypothetical", transfer.Modality);
    }

    [Theory]
    [InlineData("en", "Iran shipped hundreds of drones to Russia in the spring. In return, Tehran receives fighter jets and wheat.")]
    [InlineData("de", "Iran verkaufte im Frühjahr Hunderte Drohnen an Russland. Im Gegenzug erhält Teheran Kampfflugzeuge und Weizen.")]
    [InlineData("de", "Iran verkaufte im Frühjahr Hunderte Drohnen an Russland. Laut Diplomaten bekommt die Regierung in Teheran im Gegenzug Kampfflugzeuge und Weizen.")]
    [InlineData("en", "Iran shipped hundreds of drones to Russia in the spring. Tehran is getting fighter jets and wheat in return, diplomats say.")]
    public void Analyze_InReturn_FlowsBackAlongTheTransferBefore(string language, string text)
    {
        var analysis = Analyze(language, text);
        var back = Assert.Single(analysis.Events, e => e.Type == "TRANSFER" && e.Items.Any(i => i.Category == "food"));
        Assert.Equal("Russia", Name(analysis, back.Actor));
        Assert.NotEqual("Russia", Name(analysis, back.Target));
        Assert.NotNull(back.Target);
    }

    [Fact]
    public void Analyze_ItemsListedPastAComma_AllAreItemsOfTheTransfer()
    {
        const string text = "Iran has supplied Russia with attack drones, artillery shells and fuel for its warships, officials said.";
        var transfer = SingleTransfer("en", text, out _);
        var categories = transfer.Items.Select(i => i.Category).ToHashSet();
        Assert.Contains("ammunition", categories);
        Assert.Contains("petroleum", categories);
    }

    [Theory]
    [InlineData("en", "Iran sold two dozen attack helicopters to Russia.", 24)]
    [InlineData("de", "Iran verkaufte Russland drei Dutzend Kampfhubschrauber.", 36)]
    public void Analyze_CountedDozens_Multiply(string language, string text, double amount)
    {
        var transfer = SingleTransfer(language, text, out _);
        Assert.Contains(transfer.Items, i => i.Quantity?.Amount == amount);
    }

    [Fact]
    public void Analyze_CommodityTakenForAPlace_IsAnItemNotAParty()
    {
        // The tagger may call a capitalised commodity a place; it moves, it does not send or receive.
        var doc = new TestDocument("Im Gegenzug bekommt Iran Rohöl und Weizen aus Russland.", "de", "2025-05-01", "Rohöl||Address");
        var transfer = Assert.Single(doc.Events, e => e.Type == "TRANSFER");
        Assert.Contains(transfer.Items, i => i.Category == "crude-oil");
        Assert.Equal("ir", doc.Who(transfer.Target));
        Assert.Equal("ru", doc.Who(transfer.Actor));
    }

    [Fact]
    public void Analyze_CompanyNamedLikeAnItem_StaysAParty()
    {
        // "Aurus" is a car and the company that builds it: as an organisation it supplies.
        var doc = new TestDocument("Aurus lieferte im Mai zwei Limousinen an Nordkorea.", "de", "2025-05-01", "Aurus||Company");
        var transfer = Assert.Single(doc.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Aurus", doc.Who(transfer.Actor));
        Assert.Equal("kp", doc.Who(transfer.Target));
    }

    private static EventMention SingleTransfer(string language, string text, out DocumentAnalysis analysis)
    {
        analysis = Analyze(language, text);
        return Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
    }

    private static DocumentAnalysis Analyze(string language, string text) =>
        TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
}
