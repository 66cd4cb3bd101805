using SanctionWatch.Tests.Support;
using SanctionWatch.Text;

namespace SanctionWatch.Cli.Tests;

public sealed class CompareCommandTest
{
    [Fact]
    public void ComparePairs_QuotedFieldsWithCommas_KeepsEveryColumnAndAddsScoreAndMatch()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("pairs.csv"), "schema,name1,name2,note\nPerson,Dimitri Peskow,\"PESKOV, Dmitriy\",\"a, quoted \"\"note\"\"\"\nPerson,Angela Merkel,Kim Jong Un,x\n");

        var result = CliRunner.Run(temp.Path, "compare", "--pairs", temp.File("pairs.csv"), "--out", temp.File("out.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var reader = new StringReader(File.ReadAllText(temp.File("out.csv")));
        Assert.Equal(["schema", "name1", "name2", "note", "score", "match"], Csv.ReadRecord(reader));
        var same = Csv.ReadRecord(reader)!;
        var different = Csv.ReadRecord(reader)!;
        Assert.Equal(("PESKOV, Dmitriy", "a, quoted \"note\"", "true"), (same[2], same[3], same[5]));
        Assert.Equal("false", different[5]);
    }

    [Fact]
    public void ComparePairs_UnterminatedQuote_OneLineErrorNoStackTrace()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("pairs.csv"), "schema,name1,name2\nPerson,\"Peskow,Peskov\n");

        var result = CliRunner.Run(temp.Path, "compare", "--pairs", temp.File("pairs.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("quoted field", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
