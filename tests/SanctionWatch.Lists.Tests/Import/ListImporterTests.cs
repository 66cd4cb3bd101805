using SanctionWatch.Lists.Ftm;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Lists.Tests.Support;

using SanctionWatch.Tests.Support;

namespace SanctionWatch.Lists.Tests.Import;

public sealed class ListImporterTests
{
    private readonly ListImporter _importer = new(TimeProvider.System);

    [Fact]
    public void Import_UnConsolidated_CountsIndividualsAndEntities()
    {
        var snapshot = Assert.Single(_importer.Import([SharedData.PathOf("data/sanctions/un/consolidated_2025-04-19.xml")]));

        Assert.Equal("un-sc", snapshot.Metadata.ListId);
        Assert.Equal(new DateOnly(2025, 4, 19), snapshot.Metadata.ListDate);
        Assert.Equal(684, snapshot.Entities.Count(e => e.Schema == "Person"));
        Assert.Equal(193, snapshot.Entities.Count(e => e.Schema == "Organization"));
        var kim = Assert.Single(snapshot.Entities, e => e.Reference == "KPi.066");
        Assert.Equal("KIM JONG SIK", kim.Caption);
        Assert.Contains("Kim Cho’ng-sik", kim.Get(FtmProperty.Alias));
        Assert.Contains("1967", kim.Get(FtmProperty.BirthDate));
        Assert.Equal(["DPRK"], kim.Programs);
        Assert.Equal("un-sc:KPi.066", kim.Id);
    }

    [Fact]
    public void Import_UnLowQualityAlias_MarkedWeak()
    {
        var snapshot = _importer.Import([SharedData.PathOf("data/sanctions/un/consolidated_2025-04-19.xml")])[0];

        var anwari = Assert.Single(snapshot.Entities, e => e.Reference == "TAi.005");
        Assert.Contains("Haji Mudir", anwari.Get(FtmProperty.WeakAlias));
        Assert.DoesNotContain("Haji Mudir", anwari.Get(FtmProperty.Alias));
    }

    [Fact]
    public void Import_DprkOnlyFile_Counts80And75()
    {
        var snapshot = _importer.Import([SharedData.PathOf("data/sanctions/un/consolidated_2025-04-19_DPRK_only.xml")])[0];

        Assert.Equal(80, snapshot.Entities.Count(e => e.Reference.StartsWith("KPi.", StringComparison.Ordinal)));
        Assert.Equal(75, snapshot.Entities.Count(e => e.Reference.StartsWith("KPe.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Import_OfacSdnCsv_CountsEntriesAndKeepsImoNumbers()
    {
        var snapshot = _importer.Import([SharedData.PathOf("data/sanctions/ofac/sdn.csv")], new DateOnly(2024, 5, 3))[0];

        Assert.Equal("us-ofac-sdn", snapshot.Metadata.ListId);
        Assert.Equal(14965, snapshot.Entities.Count);
        var peskov = Assert.Single(snapshot.Entities, e => e.Reference == "35320");
        Assert.Equal("PESKOV, Dmitriy Sergeevich", peskov.Caption);
        Assert.Contains("1967-10-17", peskov.Get(FtmProperty.BirthDate));
        var ebano = Assert.Single(snapshot.Entities, e => e.Reference == "4243");
        Assert.Equal("Vessel", ebano.Schema);
        Assert.Contains("IMO7406784", ebano.Get(FtmProperty.ImoNumber));
        Assert.Contains("ANA I", ebano.Get(FtmProperty.PreviousName));
    }

    [Fact]
    public void Import_OfacWithAltAndAdd_JoinsAndCountsUnjoinedRows()
    {
        var snapshot = _importer.Import(
        [
            SharedData.PathOf("data/sanctions/ofac/sdn.csv"),
            SharedData.PathOf("data/sanctions/ofac/moov_watchman_testdata/alt.csv"),
            SharedData.PathOf("data/sanctions/ofac/moov_watchman_testdata/add.csv"),
        ])[0];

        var bnc = Assert.Single(snapshot.Entities, e => e.Reference == "306");
        Assert.Contains("NATIONAL BANK OF CUBA", bnc.Get(FtmProperty.Alias));
        Assert.Contains("Switzerland", bnc.Get(FtmProperty.Country));
        Assert.Equal(2, snapshot.Warnings.Count);
        Assert.All(snapshot.Warnings, w => Assert.Matches(@"\d+ .* rows name entries absent", w));
    }

    [Fact]
    public void Import_OfacSdnListXml_IsConsolidatedList()
    {
        var snapshot = _importer.Import([SharedData.PathOf("data/sanctions/ofac/ofac_consolidated_nonsdn_2024-05-06.xml")])[0];

        Assert.Equal("us-ofac-cons", snapshot.Metadata.ListId);
        Assert.Equal(443, snapshot.Entities.Count);
        Assert.Equal(new DateOnly(2024, 5, 6), snapshot.Metadata.ListDate);
        var haniya = Assert.Single(snapshot.Entities, e => e.Reference == "9639");
        Assert.Equal("HANIYA, Ismail Abdul Salah", haniya.Caption);
        Assert.Contains("HANIYYA, Ismaeel", haniya.Get(FtmProperty.Alias));
    }

    [Fact]
    public void FtmExport_ThenImport_RoundTrips()
    {
        var original = _importer.Import([SharedData.PathOf("data/sanctions/un/consolidated_2025-04-19_DPRK_only.xml")])[0];
        using var dir = new TempDir();
        string file = System.IO.Path.Combine(dir.Path, "export.ftm.json");
        using (var stream = File.Create(file))
        {
            FtmJsonLines.Write(original.Entities, stream);
        }

        var back = _importer.Import([file])[0];

        Assert.Equal(ListFormat.FtmJsonLines, back.Metadata.Format);
        Assert.Equal("un-sc", back.Metadata.ListId);
        Assert.Equal(original.Entities.Count, back.Entities.Count);
        for (int i = 0; i < original.Entities.Count; i++)
        {
            var a = original.Entities[i];
            var b = back.Entities[i];
            Assert.Equal((a.Id, a.Schema, a.Caption, a.Reference, a.SourceFile, a.ListDate), (b.Id, b.Schema, b.Caption, b.Reference, b.SourceFile, b.ListDate));
            Assert.Equal(a.Programs, b.Programs);
            Assert.Equal(a.Properties.Keys.Order(), b.Properties.Keys.Order());
            Assert.All(a.Properties, p => Assert.Equal(p.Value, b.Properties[p.Key]));
        }
    }

    [Fact]
    public void Import_EuFsfSample_ReadsNamesWeakAliasesAndIdentifiers()
    {
        using var dir = new TempDir();
        string file = dir.Write("eu_sample.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-03-01T10:00:00.000+01:00" globalFileId="1">
              <sanctionEntity logicalId="13" euReferenceNumber="EU.27.28" unitedNationId="KPi.033" designationDate="2016-03-04">
                <regulation regulationType="regulation" programme="PRK" publicationDate="2016-03-04"/>
                <subjectType code="person" classificationCode="P"/>
                <nameAlias wholeName="Kim Yong Chol" firstName="Yong Chol" lastName="Kim" gender="M" strong="true" nameLanguage=""/>
                <nameAlias wholeName="Kim Yong-Chol" strong="true"/>
                <nameAlias wholeName="KYC" strong="false"/>
                <birthdate birthdate="1946-01-01" year="1946" city="Pyongyang" countryIso2Code="KP"/>
                <citizenship countryIso2Code="KP"/>
                <identification identificationTypeCode="passport" number="PD123" countryIso2Code="KP"/>
              </sanctionEntity>
              <sanctionEntity logicalId="14" euReferenceNumber="EU.28.29">
                <subjectType code="enterprise" classificationCode="E"/>
                <nameAlias wholeName="Korea Mining Development Trading Corporation" strong="true"/>
              </sanctionEntity>
            </export>
            """);

        var snapshot = _importer.Import([file])[0];

        Assert.Equal("eu-fsf", snapshot.Metadata.ListId);
        Assert.Equal(new DateOnly(2025, 3, 1), snapshot.Metadata.ListDate);
        Assert.Equal(2, snapshot.Entities.Count);
        var kim = snapshot.Entities[0];
        Assert.Equal(("Person", "Kim Yong Chol", "EU.27.28"), (kim.Schema, kim.Caption, kim.Reference));
        Assert.Contains("KYC", kim.Get(FtmProperty.WeakAlias));
        Assert.Contains("Kim Yong-Chol", kim.Get(FtmProperty.Alias));
        Assert.Contains("PD123", kim.Get(FtmProperty.PassportNumber));
        Assert.Equal("Organization", snapshot.Entities[1].Schema);
    }

    [Fact]
    public void Import_PlainFtmFile_UsesDatasetAndStripsIdPrefix()
    {
        using var dir = new TempDir();
        string file = dir.Write("sample.json", """
            {"id": "demo-list:ent-1", "schema": "Company", "datasets": ["demo-list"], "properties": {"name": ["Ocean Star Shipping LLC"], "country": ["kp"]}}
            {"id": "ent-2", "schema": "Vessel", "datasets": ["demo-list"], "properties": {"name": ["OCEAN STAR"], "imoNumber": ["IMO1234567"]}}

            """);

        var snapshot = _importer.Import([file])[0];

        Assert.Equal("demo-list", snapshot.Metadata.ListId);
        Assert.Equal(["ent-1", "ent-2"], snapshot.Entities.Select(e => e.Reference));
        Assert.Equal("OCEAN STAR", snapshot.Entities[1].Caption);
        Assert.Equal(["IMO1234567"], snapshot.Entities[1].Get(FtmProperty.ImoNumber));
    }
}
