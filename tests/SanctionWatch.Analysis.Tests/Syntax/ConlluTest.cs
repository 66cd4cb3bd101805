using SanctionWatch.Analysis.Training.Syntax;

namespace SanctionWatch.Analysis.Tests.Syntax;

public sealed class ConlluTest
{
    private const string Sample =
        "# sent_id = s1\n" +
        "# text = Er geht zum Markt.\n" +
        "1\tEr\ter\tPRON\tPPER\tCase=Nom|Number=Sing\t2\tnsubj\t_\t_\n" +
        "2\tgeht\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\t_\n" +
        "3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_\n" +
        "4\tdem\tder\tDET\tART\t_\t5\tdet\t_\t_\n" +
        "5\tMarkt\tMarkt\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "# sent_id = s2\n" +
        "1\tJa\tja\tINTJ\tITJ\t_\t0\troot\t_\t_\n" +
        "\n";

    [Fact]
    public void ReadWrite_MultiwordTokensAndComments_RoundTripExactly()
    {
        var sentences = Conllu.Read(new StringReader(Sample));
        var output = new StringWriter();

        Conllu.Write(output, sentences);

        Assert.Equal(Sample, output.ToString());
        Assert.Equal(2, sentences.Count);
        Assert.Equal(7, sentences[0].Lines.Count);
        Assert.Equal(["Er", "geht", "zu", "dem", "Markt", "."], sentences[0].Forms);
        Assert.Equal([1, -1, 4, 4, 1, 1], sentences[0].Heads);
        Assert.Equal("s1", sentences[0].Comment("sent_id"));
    }

    [Fact]
    public void Read_LineWithoutTenColumns_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => Conllu.Read(new StringReader("# x\n1\tEr\ter\n")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_KeepsMultiwordLineAndWritesEveryColumn()
    {
        var sentence = Conllu.Read(new StringReader(Sample))[0];
        var syntax = new SanctionWatch.Analysis.Syntax.SentenceSyntax(
            sentence.Forms, ["PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"], ["PPER", "VVFIN", "APPR", "ART", "NN", "$."],
            ["_", "_", "_", "_", "_", "_"], ["er", "gehen", "zu", "der", "Markt", "."], [1, -1, 4, 4, 1, 1], ["nsubj", "root", "case", "det", "obl", "punct"]);

        var filled = ConlluAnnotation.Fill(sentence, syntax);

        Assert.Equal("3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_", filled.Lines[2].ToString());
        Assert.Equal("5\tMarkt\tMarkt\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No", filled.Lines[5].ToString());
        Assert.Equal("2\tgeht\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\t_", filled.Lines[1].ToString());
    }
}
