using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A headline tells the body's event in fewer words: when the body's event of the same type has the headline's parties
/// or leaves them open, they are one event cited twice; a headline about a party the body never names stays its own.
/// The sentences were written for these tests, in other words than the evaluation sets.
/// </summary>
public sealed class HeadlineJoinTest
{
    [Theory]
    [InlineData("de", "Kanada verhängt Sanktionen\n\nOttawa (dpa) - Kanada hat Sanktionen gegen die Reederei Amur Trans Logistik verhängt, die Munition aus Nordkorea transportiert haben soll.", "SANCTION")]
    [InlineData("en", "Iran sends more drones\n\nTEHRAN (AP) - Iran shipped about 200 attack drones to Russia in March, Ukrainian intelligence said.", "TRANSFER")]
    public void Analyze_HeadlineWithOnePartyOfTheBodysEvent_IsThatEvent(string language, string text, string type)
    {
        var analysis = Analyze(language, text);
        int headlineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var events = analysis.Events.Where(e => e.Type == type).ToList();
        var joined = Assert.Single(events);
        Assert.NotNull(joined.Actor);
        Assert.NotNull(joined.Target);
        Assert.Contains(joined.Evidence, s => s.End <= headlineEnd);
        Assert.Contains(joined.Evidence, s => s.Start > headlineEnd);
    }

    [Fact]
    public void Analyze_HeadlineWithOnePartyOfTheBodysEvent_TakesTheBodysModality()
    {
        const string text = "Iran sends more drones\n\nTEHRAN (AP) - Iran shipped about 200 attack drones to Russia in March, Ukrainian intelligence said.";
        var transfer = Assert.Single(Analyze("en", text).Events, e => e.Type == "TRANSFER");
        Assert.Equal("reported", transfer.Modality);
    }

    [Fact]
    public void Analyze_HeadlinePartyTheBodyNeverNames_StaysItsOwnEvent()
    {
        const string text = "Belarus liefert Drohnen\n\nMinsk (dpa) - Iran hat im März rund 200 Drohnen an Russland geliefert.";
        var analysis = Analyze("de", text);
        var transfers = analysis.Events.Where(e => e.Type == "TRANSFER").ToList();
        Assert.Equal(2, transfers.Count);
        Assert.Contains(transfers, e => Name(analysis, e.Actor) == "Belarus" && e.Target is null);
        Assert.Contains(transfers, e => Name(analysis, e.Actor) == "Iran" && Name(analysis, e.Target) == "Russia");
    }

    [Fact]
    public void Analyze_HeadlineDenial_IsNotDroppedByTheBody()
    {
        const string text = "Belarus denies selling drones to Russia\n\nMINSK (AP) - Belarus on Monday rejected as \"pure fiction\" reports that it had sold attack drones to Russia.";
        var analysis = Analyze("en", text);
        var transfers = analysis.Events.Where(e => e.Type == "TRANSFER").ToList();
        Assert.NotEmpty(transfers);
        Assert.All(transfers, e => Assert.Equal("denied", e.Modality));
    }
}
