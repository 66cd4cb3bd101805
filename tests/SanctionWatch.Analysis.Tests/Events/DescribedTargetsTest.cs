using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// A sanction on parties told first by their country only ("a Chinese machinery maker and a Russian trading company", "a
/// senior Iranian drone official") is a sanction on the firm or person the next sentences name, each listed party its own
/// (with no name after it, the country stays: "three Iranian generals" are Iran's). The sentences were written for these tests.
/// </summary>
public sealed class DescribedTargetsTest
{
    [Fact]
    public void Analyze_TwoFirmsToldByTheirCountry_EachIsTheFirmNamedAfter()
    {
        var analysis = Analyze("en", "Norway on Friday imposed sanctions on a Turkish electronics maker and a Belarusian freight company. "
            + "The Turkish firm, Anadolu Devre Sistemleri Ltd, sold circuit boards to Iran, Oslo said. The Belarusian company, Minsktrans Logistik, shipped them.");
        var targets = analysis.Events.Where(e => e.Type == "SANCTION").Select(e => Name(analysis, e.Target)).ToList();
        Assert.Contains("Anadolu Devre Sistemleri Ltd", targets);
        Assert.Contains("Minsktrans Logistik", targets);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION" && Country(analysis, e.Target) is "tr" or "by" && Name(analysis, e.Target) is "Turkey" or "Belarus");
    }

    [Theory]
    [InlineData("en", "Britain on Monday sanctioned a senior Iranian drone official. Reza Farahani, a deputy head of the programme, oversees exports.", "Reza Farahani")]
    [InlineData("de", "Norwegen hat einen iranischen Rüstungsmanager mit Sanktionen belegt. Reza Farahani leite die Ausfuhren, hieß es.", "Reza Farahani")]
    public void Analyze_PersonToldByTheirCountry_IsThePersonNamedAfter(string language, string text, string person)
    {
        var analysis = Analyze(language, text);
        Assert.Contains(analysis.Events, e => e.Type == "SANCTION" && Name(analysis, e.Target) == person);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION" && Name(analysis, e.Target) == "Iran");
    }

    [Fact]
    public void Analyze_PersonToldByTheirCountryAndASpeakerNamedFirst_IsNotTheSpeaker()
    {
        var analysis = Analyze("en", "Norway on Monday sanctioned a senior Iranian drone official. The decision was overdue, Anna Berg told reporters. "
            + "Reza Farahani, a deputy head of the programme, oversees exports.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION" && Name(analysis, e.Target) == "Anna Berg");
        Assert.Contains(analysis.Events, e => e.Type == "SANCTION" && Name(analysis, e.Target) == "Reza Farahani");
    }
}
