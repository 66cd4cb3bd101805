using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// How German news reports what others say and what was punished: Konjunktiv II standing in for Konjunktiv I in
/// reported speech, a separable speech verb ("teilte … mit"), an attribution whose source is a compound
/// ("nach syrischen Regierungsangaben", "nach Berechnungen von Forschern"), and a sanction told as "mit Sanktionen belegt". Sentences written for these tests.
/// </summary>
public sealed class GermanReportsTest
{
    [Theory]
    [InlineData("Iranische Ingenieure hätten Bauteile für Drohnen nach Syrien gebracht, teilte das israelische Militär am Sonntag mit.")]
    [InlineData("Iranische Techniker hätten Drohnen an Syrien geliefert, sagte ein Sprecher der Regierung.")]
    public void Analyze_KonjunktivIIWithASourceAndNoCondition_IsReportedSpeech(string text)
    {
        AssertReportedTransferFromIranToSyria(text);
    }

    [Theory]
    [InlineData("Wenn iranische Techniker Drohnen nach Syrien gebracht hätten, hätte Israel reagiert, teilte das Militär mit.")]
    [InlineData("Iran könnte Drohnen nach Syrien gebracht haben, teilte das israelische Militär mit.")]
    [InlineData("Ohne die Kontrollen hätte Iran Drohnen an Syrien geliefert, sagte der Experte.")]
    public void Analyze_KonjunktivIIWithAConditionAModalOrInTheSingular_StaysAPossibility(string text)
    {
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("hypothetical", e.Modality);
    }

    [Theory]
    [InlineData("Ein iranisches Frachtschiff hat nach israelischen Militärangaben rund 200 Tonnen Munition nach Syrien gebracht.")]
    [InlineData("Ein iranisches Frachtschiff hat nach Geheimdiensterkenntnissen rund 200 Tonnen Munition nach Syrien gebracht.")]
    [InlineData("Iran hat Syrien nach Berechnungen israelischer Forscher im Frühjahr rund 200 Tonnen Munition geliefert.")]
    public void Analyze_AttributionWithACompoundOrAnalysisSource_IsNoPartyAndMakesItReported(string text)
    {
        AssertReportedTransferFromIranToSyria(text);
    }

    [Theory]
    [InlineData("Großbritannien hat die syrische Firma Levante Air Cargo mit Sanktionen belegt.")]
    [InlineData("Die syrische Firma Levante Air Cargo wurde am Montag von Großbritannien mit Strafmaßnahmen belegt.")]
    public void Analyze_MitSanktionenBelegt_IsASanctionOnItsObject(string text)
    {
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("gb", Country(analysis, e.Actor));
        Assert.Equal("Levante Air Cargo", Name(analysis, e.Target));
    }

    [Fact]
    public void Analyze_BelegenInTheSenseOfProving_IsNoSanction()
    {
        var analysis = Analyze("de", "Neue Satellitenbilder belegen die Lieferung iranischer Drohnen an Syrien.");
        Assert.DoesNotContain(analysis.Events, e => e.Type == "SANCTION");
    }

    // One transfer, Iran to Syria, told on someone's word.
    private static void AssertReportedTransferFromIranToSyria(string text)
    {
        var analysis = Analyze("de", text);
        var e = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, e.Actor));
        Assert.Equal("sy", Country(analysis, e.Target));
        Assert.Equal("reported", e.Modality);
    }
}
