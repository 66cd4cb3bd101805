using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

public sealed class SyntaxCommandsTest
{
    private const string Gold =
        "# sent_id = a\n" +
        "# text = Er geht zum Markt.\n" +
        "1\tEr\ter\tPRON\tPPER\t_\t2\tnsubj\t_\t_\n" +
        "2\tgeht\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\t_\n" +
        "3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_\n" +
        "4\tdem\tder\tDET\tART\t_\t5\tdet\t_\t_\n" +
        "5\tMarkt\tMarkt\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_\n\n";

    [Fact]
    public void Parse_Conllu_SameLinesWithColumnsFilled()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("in.conllu"), Gold);

        var result = CliRunner.Run(temp.Path, "syntax", "parse", temp.File("in.conllu"), "--language", "de", "--format", "conllu");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n');
        Assert.Equal("# sent_id = a", lines[0]);
        Assert.Equal("3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_", lines[4]);
        var markt = lines[7].Split('\t');
        Assert.Equal(["5", "Markt", "Markt", "NOUN", "NN"], markt[..5]);
        Assert.Equal("2", markt[6]);
        Assert.Equal("SpaceAfter=No", markt[9]);
        Assert.Equal("0", lines[3].Split('\t')[6]);
    }

    [Fact]
    public void Parse_PlainText_OneSentencePerSentence()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("in.txt"), "The shells were shipped by North Korea. Russia denied it.");

        var result = CliRunner.Run(temp.Path, "syntax", "parse", temp.File("in.txt"), "--language", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        var sentences = result.Stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, sentences.Length);
        Assert.Contains("\tshells\tshell\tNOUN\tNNS\t", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_PrintsAllSixScores()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("gold.conllu"), Gold);

        var result = CliRunner.Run(temp.Path, "syntax", "evaluate", temp.File("gold.conllu"), "--language", "de", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var key in new[] { "\"upos\"", "\"xpos\"", "\"ufeats\"", "\"lemma\"", "\"uas\"", "\"las\"" })
        {
            Assert.Contains(key, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_BrokenConllu_OneLineError()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("bad.conllu"), "1\tEr\ter\tPRON\tPPER\t_\t2\tnsubj\t_\t_\n2\tgeht\n");

        var result = CliRunner.Run(temp.Path, "syntax", "parse", temp.File("bad.conllu"), "--language", "de");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 2", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
