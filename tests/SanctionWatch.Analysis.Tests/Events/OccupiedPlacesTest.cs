using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// People or goods sent to a place another country holds ("das russisch besetzte Gebiet Cherson", "Russian-occupied
/// Nova Kakhovka", "the Russian-held town of X") reach the holder, not the country the place lies in. Sentences written
/// for these tests, with other senders and places than the evaluation sets.
/// </summary>
public sealed class OccupiedPlacesTest
{
    [Theory]
    [InlineData("de", "Syrien hat nach Angaben aus Kiew Hunderte Kämpfer in das russisch besetzte Gebiet Cherson geschickt.")]
    [InlineData("de", "Iran lieferte Drohnen in die von Russland besetzte Stadt Melitopol.")]
    [InlineData("en", "Syria has sent several hundred fighters to Russian-occupied Nova Kakhovka, Ukrainian officials said.")]
    [InlineData("en", "Iran shipped drones to the Russian-held town of Tokmak last month.")]
    public void Analyze_SentToAnOccupiedPlace_ReachesTheHolder(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ru", Country(analysis, e.Target));
        Assert.DoesNotContain(analysis.Events, x => Country(analysis, x.Target) == "ua");
    }

    [Fact]
    public void Analyze_TheLanguageRussian_IsNoCountry()
    {
        var analysis = Analyze("de", "Die Gespräche mit der syrischen Delegation wurden auf Russisch geführt.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Country == "ru");
    }

    [Theory]
    [InlineData("de", "Belarus hat rund 200 Soldaten auf die von Russland besetzte Halbinsel Krim verlegt.")]
    [InlineData("de", "Belarus hat rund 200 Soldaten in die von Russland besetzte Küstenstadt Mariupol verlegt.")]
    public void Analyze_OccupiedPeninsulaOrTown_StandsForItsHolder(string language, string text)
    {
        // A peninsula or a coastal town is a kind of place like a region or city: the holder named before it receives,
        // not the country the place lies in.
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("by", Country(analysis, e.Actor));
        Assert.Equal("ru", Country(analysis, e.Target));
    }
}
