using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>Two coordinated states that build something together cooperate; one builder, or building as a noun elsewhere, does not. Sentences written for these tests.</summary>
public sealed class JointUndertakingTest
{
    [Theory]
    [InlineData("de", "Iran und Syrien haben mit dem Bau einer Eisenbahnlinie nach Latakia begonnen.")]
    [InlineData("en", "Iran and Syria began building a railway to Latakia on Monday.")]
    public void Analyze_TwoStatesBuildTogether_Cooperate(string language, string text)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events, e => e.Type == "COOPERATE");
        Assert.Equal(["ir", "sy"], new[] { Country(analysis, e.Actor), Country(analysis, e.Target) }.Order());
    }

    [Theory]
    [InlineData("en", "Iran is building a railway to the Iraqi border.")]
    [InlineData("en", "Russia and Ukraine are building up fortifications along the front.")]
    [InlineData("de", "Syrien erhält im Gegenzug Hilfe beim Bau eines Hafens, sagte ein Sprecher in Teheran.")]
    public void Analyze_OneBuilder_IsNoCooperation(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "COOPERATE");
    }
}
