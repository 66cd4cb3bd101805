using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// The sides of a mutual act named after "zwischen"/"between", whom a summons or a condemnation is aimed at, and names in
/// a phrase of cause that are no object of the verb. Sentences written for these tests.
/// </summary>
public sealed class MutualAndJudgedActsTest
{
    [Theory]
    [InlineData("de", "Seoul (dpa) - Japan hat wegen der Militärkooperation zwischen Minsk und Teheran den belarussischen Botschafter einbestellt.")]
    [InlineData("en", "The growing cooperation between Belarus and Iran worries Western capitals, officials in Tokyo said on Monday.")]
    public void Analyze_CooperationBetweenTwo_TheTwoAreItsSides(string language, string text)
    {
        var analysis = Analyze(language, text);
        var cooperation = Assert.Single(analysis.Events, e => e.Type == "COOPERATE");
        Assert.Equal(["by", "ir"], new[] { Country(analysis, cooperation.Actor), Country(analysis, cooperation.Target) }.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Seoul (dpa) - Japan hat wegen der Militärkooperation zwischen Minsk und Teheran den belarussischen Botschafter einbestellt.", "jp")]
    [InlineData("Berlin (dpa) - Das Auswärtige Amt hat den belarussischen Botschafter Igor Petrow am Montag einbestellt.", "de")]
    public void Analyze_SummonedAmbassador_IsAProtestAtHisCountry(string text, string protester)
    {
        // The names in the phrase of cause are no object of "einbestellt"; the ambassador's adjective is whom it is aimed at.
        var analysis = Analyze("de", text);
        var protest = Assert.Single(analysis.Events, e => e.Type == "PROTEST");
        Assert.Equal(protester, Country(analysis, protest.Actor));
        Assert.Equal("by", Country(analysis, protest.Target));
    }

    [Theory]
    [InlineData("Poland condemned the shipment of drones from Iran to Russia.", "ir")]
    [InlineData("LONDON (Reuters) - Britain condemned the transfer of North Korean missiles to Russia on Tuesday.", "kp")]
    public void Analyze_CondemnedTransfer_IsAnAccusationOfItsSupplier(string text, string supplier)
    {
        var analysis = Analyze("en", text);
        var accusation = Assert.Single(analysis.Events, e => e.Type == "ACCUSE");
        Assert.Equal(supplier, Country(analysis, accusation.Target));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, transfer.Actor));
        Assert.Equal("ru", Country(analysis, transfer.Target));
    }

    [Theory]
    [InlineData("en", "Iraq lodged a protest with Iran over the delivery of drones to Syria, the ministry said.")]
    [InlineData("de", "Der Irak hat bei Iran Protest gegen die Lieferung von Drohnen an Syrien eingelegt.")]
    public void Analyze_ProtestOverATransfer_ProtesterAndAddresseeTakeNoPartInIt(string language, string text)
    {
        var analysis = Analyze(language, text);
        var protest = Assert.Single(analysis.Events, e => e.Type == "PROTEST");
        Assert.Equal("iq", Country(analysis, protest.Actor));
        Assert.Equal("ir", Country(analysis, protest.Target));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("sy", Country(analysis, transfer.Target));
        Assert.Null(transfer.Actor);
    }
}
