using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;
using SanctionWatch.Lists.Tests.Support;

namespace SanctionWatch.Lists.Tests.Import;

public sealed class HostileFileTests
{
    private readonly ListImporter _importer = new(TimeProvider.System);

    public static TheoryData<string, string> HostileFiles => new()
    {
        {
            "xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <CONSOLIDATED_LIST dateGenerated="2025-01-01"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
            """
        },
        {
            "laughs.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE sdnList [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <sdnList><sdnEntry><uid>1</uid><lastName>&c;</lastName></sdnEntry></sdnList>
            """
        },
        {
            "truncated.xml", """
            <?xml version="1.0"?>
            <CONSOLIDATED_LIST dateGenerated="2025-01-01"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>KIM</FIRST_NA
            """
        },
        { "wrong-columns.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37,\"SHORT ROW\",-0- \r\n" },
        { "truncated.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BN" },
        { "ftm.json", "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {}}\n{\"id\": 5, \"schema\"" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Import_HostileFile_FailsWithOneLineError(string name, string content)
    {
        using var dir = new TempDir();
        string file = dir.Write(name, content);

        var e = Assert.Throws<ListImportException>(() => _importer.Import([file]));

        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith(name, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownFormat_FailsWithOneLineError()
    {
        using var dir = new TempDir();
        string file = dir.Write("notes.txt", "hello");

        var e = Assert.Throws<ListImportException>(() => _importer.Import([file]));

        Assert.Contains("not a list file", e.Message, StringComparison.Ordinal);
    }
}
