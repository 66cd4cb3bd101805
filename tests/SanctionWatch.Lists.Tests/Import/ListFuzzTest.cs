using System.Diagnostics;
using System.Text;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Lists.Tests.Import;

/// <summary>
/// Bounded fuzzing of the list importers: mutated UN, OFAC, EU and FtM files and random bytes must import or fail
/// with one <see cref="ListImportException"/> line, never another exception and never a hang.
/// </summary>
public sealed class ListFuzzTest
{
    private const int CasesPerSample = 120;
    private const int RandomCases = 100;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TotalLimit = TimeSpan.FromSeconds(20);

    private static readonly (string Extension, string Text)[] Samples =
    [
        (".xml", """
            <?xml version='1.0' encoding='UTF-8'?>
            <CONSOLIDATED_LIST dateGenerated="2025-04-19T23:00:04.625Z"><INDIVIDUALS><INDIVIDUAL>
            <DATAID>690734</DATAID><FIRST_NAME>YUN</FIRST_NAME><SECOND_NAME>HO-JIN</SECOND_NAME>
            <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER><LISTED_ON>2009-07-16</LISTED_ON>
            <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
            <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Yun Ho-chin</ALIAS_NAME></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1944-10-13</DATE></INDIVIDUAL_DATE_OF_BIRTH>
            </INDIVIDUAL></INDIVIDUALS><ENTITIES><ENTITY><DATAID>110407</DATAID><FIRST_NAME>KOREA MINING DEVELOPMENT TRADING CORPORATION</FIRST_NAME>
            <REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER><ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>KOMID</ALIAS_NAME></ENTITY_ALIAS>
            </ENTITY></ENTITIES></CONSOLIDATED_LIST>
            """),
        (".csv", """
            36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- 
            306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'BNC'."
            2674,"KIM, Jong Un","individual","DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 08 Jan 1984; POB Pyongyang, North Korea."
            """),
        (".xml", """
            <?xml version="1.0" standalone="yes"?>
            <sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
            <publshInformation><Publish_Date>05/06/2024</Publish_Date><Record_Count>1</Record_Count></publshInformation>
            <sdnEntry><uid>36</uid><lastName>AEROCARIBBEAN AIRLINES</lastName><sdnType>Entity</sdnType>
            <programList><program>CUBA</program></programList>
            <akaList><aka><uid>12</uid><type>a.k.a.</type><category>strong</category><lastName>AERO-CARIBBEAN</lastName></aka></akaList>
            </sdnEntry></sdnList>
            """),
        (".xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-04-01T10:00:00.000+02:00">
            <sanctionEntity logicalId="13" euReferenceNumber="EU.27.28"><regulation programme="PRK"/>
            <subjectType code="person"/><nameAlias firstName="Kim" lastName="Jong Un" wholeName="Kim Jong Un" strong="true"/>
            <birthdate birthdate="1984-01-08" year="1984"/><citizenship countryIso2Code="KP"/></sanctionEntity>
            </export>
            """),
        (".jsonl", """
            {"id": "kp-1", "schema": "Person", "caption": "Kim Jong Un", "datasets": ["test"], "properties": {"name": ["Kim Jong Un"], "birthDate": ["1984-01-08"], "country": ["kp"]}}
            {"id": "kp-2", "schema": "Organization", "properties": {"name": ["KOMID"], "alias": ["Korea Mining Development Trading Corporation"]}}
            """),
    ];

    private readonly ListImporter _importer = new(TimeProvider.System);

    [Fact]
    public async Task Import_MutatedAndRandomListFiles_ImportOrFailWithOneLine()
    {
        using var folder = new TempFolder();
        var mutator = new Mutator(20261122);
        var inputs = new List<(string Extension, byte[] Bytes)>();
        foreach (var (extension, text) in Samples)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            inputs.Add((extension, bytes));
            for (int i = 0; i < CasesPerSample; i++)
            {
                inputs.Add((extension, mutator.Mutate(bytes)));
            }
        }

        for (int i = 0; i < RandomCases; i++)
        {
            byte[] bytes = mutator.RandomBytes(4096);
            // Half start like a list so the random body reaches a parser rather than the format detector.
            byte[] prefix = Encoding.UTF8.GetBytes(i % 2 == 0 ? "<CONSOLIDATED_LIST>" : "1,");
            inputs.Add((i % 2 == 0 ? ".xml" : ".csv", i % 4 < 2 ? [.. prefix, .. bytes] : bytes));
        }

        var total = Stopwatch.StartNew();
        int imported = 0;
        int refused = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            var (extension, bytes) = inputs[i];
            string path = folder.File($"case{i:D4}{extension}");
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            var run = Task.Run(() => _importer.Import([path]).Count, TestContext.Current.CancellationToken);
            var finished = await Task.WhenAny(run, Task.Delay(CaseLimit, TestContext.Current.CancellationToken));
            Assert.True(finished == run, $"case {i} ({extension}) did not finish in {CaseLimit.TotalSeconds} s");
            try
            {
                imported += await run > 0 ? 1 : 0;
            }
            catch (ListImportException e)
            {
                refused++;
                Assert.DoesNotContain('\n', e.Message);
                Assert.StartsWith(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
            }

            File.Delete(path);
        }

        Assert.True(total.Elapsed < TotalLimit, $"{inputs.Count} cases took {total.Elapsed.TotalSeconds:0.0} s");
        // Both outcomes must occur, or the fuzzer never reached the parsers' inner paths.
        Assert.True(imported > Samples.Length, $"only {imported} of {inputs.Count} cases imported");
        Assert.True(refused > RandomCases / 2, $"only {refused} of {inputs.Count} cases refused");
    }
}
