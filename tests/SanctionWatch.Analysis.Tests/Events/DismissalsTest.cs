using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Calling a report false is denying it: "called the report a fabrication", "nannte die Vorwürfe haltlos". The denier is the
/// one who speaks, not the newspaper or state whose report it is; without a report before it, the word denies nothing. The
/// sentences were written for these tests, about other states than the evaluation sets.
/// </summary>
public sealed class DismissalsTest
{
    [Theory]
    [InlineData("en", "Beijing called the report pure fabrication.", "cn")]
    [InlineData("en", "A spokesman for Vietnam's foreign ministry said the allegations were \"groundless and absurd.\"", "vn")]
    [InlineData("de", "Das Außenministerium in Hanoi nannte die Berichte über Waffenlieferungen haltlos.", "vn")]
    [InlineData("de", "Ägypten bezeichnete die Vorwürfe als Lüge.", "eg")]
    public void Analyze_ReportCalledFalse_IsADenialByTheSpeaker(string language, string text, string denier)
    {
        var analysis = Analyze(language, text);
        var denial = Assert.Single(analysis.Events, e => e.Type == "REJECT");
        Assert.Equal(denier, Country(analysis, denial.Actor));
        Assert.Contains(denial.Modality, new[] { "asserted", "reported" }); // told by the denier itself, never alleged or hypothetical
    }

    [Theory]
    [InlineData("en", "Beijing called a report by a Japanese newspaper a fabrication.", "cn")]
    [InlineData("en", "Havana has called US claims that Venezuela buys rifles from Belarus a fabrication.", "cu")]
    [InlineData("de", "Die Darstellung einer polnischen Zeitung sei frei erfunden, sagte ein Sprecher.", null)]
    public void Analyze_ReportsSourceOrContent_IsNotTheDenier(string language, string text, string? denier)
    {
        // The newspaper, the state whose claim it is, or a party the claim tells of never deny it; with no named denier
        // there is no denial of a named party at all.
        var analysis = Analyze(language, text);
        var denials = analysis.Events.Where(e => e.Type == "REJECT" && e.Actor is not null).ToList();
        if (denier is null)
        {
            Assert.Empty(denials);
        }
        else
        {
            Assert.Equal(denier, Country(analysis, Assert.Single(denials).Actor));
        }
    }

    [Fact]
    public void Analyze_RejectingVerbAndDismissiveWord_AreOneDenial()
    {
        var analysis = Analyze("en", "Havana rejected a report of rifle shipments to Venezuela as slander.");
        Assert.Single(analysis.Events, e => e.Type == "REJECT");
    }

    [Theory]
    [InlineData("en", "The unfounded fear of a recession hit markets in Seoul.")]
    [InlineData("de", "Der Preis für Reis in Pjöngjang sei absurd hoch, sagte ein Händler aus China.")]
    public void Analyze_DismissiveWordWithNoReport_IsNoDenial(string language, string text)
    {
        Assert.DoesNotContain(Analyze(language, text).Events, e => e.Type == "REJECT");
    }

    [Theory]
    [InlineData("de", "Kuba hat Venezuela Gewehre geliefert. Caracas und Havanna bestreiten die Lieferungen.")]
    [InlineData("en", "Cuba has sent rifles to Venezuela. Caracas and Havana deny the shipments.")]
    public void Analyze_TwoWhoDenyShipmentsTogether_AreNoDirectionOfThem(string language, string text)
    {
        // The deniers named recipient first must not turn the shipment round.
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "ve" && Country(analysis, e.Target) == "cu");
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Country(analysis, e.Actor) == "cu" && Country(analysis, e.Target) == "ve");
    }

    [Fact]
    public void Analyze_OneWhoDeniesItsOwnShipments_IsTheirSupplier()
    {
        var analysis = Analyze("en", "Cuba denied reports of rifle deliveries to Venezuela.");
        var denied = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("cu", Country(analysis, denied.Actor));
        Assert.Equal("denied", denied.Modality);
    }
}
