using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Training.Ner;

namespace SanctionWatch.Analysis.Tests.Ner;

public sealed class NerEvaluationTest
{
    // Two sentences in GermEval 2014's format: idx, token, outer label, inner label.
    private const string GermEvalGold = """
        # http://example.org/1	[2024-01-01]
        1	Wladimir	B-PER	O
        2	Putin	I-PER	O
        3	besuchte	O	O
        4	Nordkorea	B-LOC	O
        5	und	O	O
        6	die	O	O
        7	russische	B-LOCderiv	O
        8	Botschaft	O	O
        9	.	O	O

        # http://example.org/2	[2024-01-01]
        1	Die	O	O
        2	EU-Kommission	B-ORGpart	O
        3	tagte	O	O
        4	in	O	O
        5	Brüssel	B-LOC	O
        6	.	O	O

        """;

    [Fact]
    public void Add_HandMadeGermEvalFile_CountsStrictSpansPerType()
    {
        var gold = NerCorpusReader.ReadGermEval(new StringReader(GermEvalGold));
        // Predictions: PER right; Nordkorea right; LOCderiv tagged as plain LOC (wrong type);
        // EU-Kommission right; Brüssel missed; "tagte" a spurious ORG.
        string[][] predicted =
        [
            ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-LOC", "O", "O"],
            ["O", "B-ORGpart", "B-ORG", "O", "O", "O"],
        ];

        var evaluation = new NerEvaluation();
        for (var i = 0; i < gold.Count; i++)
        {
            evaluation.Add(gold[i].Labels, predicted[i]);
        }

        // Gold 5 spans, predicted 5 (PER, LOC, LOC, ORGpart, ORG), correct 3: P = 3/5, R = 3/5.
        Assert.Equal(new NerScore(3, 2, 2), evaluation.Overall);
        Assert.Equal(0.6, evaluation.Overall.Precision, 6);
        Assert.Equal(0.6, evaluation.Overall.Recall, 6);
        Assert.Equal(0.6, evaluation.Overall.F1, 6);
        Assert.Equal(new NerScore(0, 0, 1), evaluation.ByType["LOCderiv"]);
        Assert.Equal(new NerScore(1, 1, 1), evaluation.ByType["LOC"]);
        // Collapsed to base types the derived adjective counts as a correct LOC.
        Assert.Equal(new NerScore(2, 0, 1), evaluation.ByBaseType["LOC"]);
        Assert.Equal(new NerScore(4, 1, 1), evaluation.OverallBase);
        Assert.Equal(2, evaluation.Sentences);
        Assert.Equal(15, evaluation.Tokens);
    }

    [Fact]
    public void Add_Iob1ConllFile_ReadsSpansLikeConlleval()
    {
        const string conll = "Kim I-PER\nJong I-PER\nUn I-PER\nvisited O\nthe O\nUnited I-LOC\nStates I-LOC\n. O\n\nThe O\nUN I-ORG\nmet O\n. O\n";
        var gold = NerCorpusReader.ReadConll(new StringReader(conll), "test");
        var evaluation = new NerEvaluation();

        // Boundary errors count as both a false positive and a false negative.
        evaluation.Add(gold[0].Labels, ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC", "O"]);
        evaluation.Add(gold[1].Labels, ["O", "B-ORG", "O", "O"]);

        Assert.Equal(2, gold.Count);
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"], gold[0].Labels);
        Assert.Equal(new NerScore(2, 1, 1), evaluation.Overall);
        Assert.Equal(new NerScore(0, 1, 1), evaluation.ByType["PER"]);
    }

    [Fact]
    public void Add_NothingPredicted_GivesZeroNotNaN()
    {
        var evaluation = new NerEvaluation();

        evaluation.Add(["B-PER", "O"], ["O", "O"]);

        Assert.Equal(0, evaluation.Overall.Precision);
        Assert.Equal(0, evaluation.Overall.F1);
        Assert.Equal(1, evaluation.Overall.FalseNegatives);
    }

    [Fact]
    public void ReadConll_MiscType_BecomesOth()
    {
        var sentences = NerCorpusReader.ReadConll(new StringReader("German I-MISC\nbeer O\n"), "test");

        Assert.Equal(["B-OTH", "O"], sentences[0].Labels);
    }

    [Theory]
    [InlineData("Die Regierung in Berlin hat am Montag mitgeteilt , dass sie nicht zustimmen wird .", "de")]
    [InlineData("The government in Berlin said on Monday that it would not agree to the plan .", "en")]
    public void GuessLanguage_FunctionWords_PicksLanguage(string text, string expected) =>
        Assert.Equal(expected, NerCorpusReader.GuessLanguage(text.Split(' ')));

    [Fact]
    public void FromGum_MentionTypes_KeepsCapitalisedNamesOnly()
    {
        string[] tokens = ["According", "to", "Yonhap", "news", "agency", ",", "he", "met", "the", "Bank", "of", "Korea", "in", "Seoul", "."];
        string[] types = ["O", "O", "organization", "organization", "organization", "O", "person", "O", "organization", "organization", "organization", "organization", "O", "place", "O"];

        var sentence = NerCorpusReader.FromGum(tokens, types);

        Assert.Equal([new NerSpan(2, 3, "ORG"), new NerSpan(9, 12, "ORG"), new NerSpan(13, 14, "LOC")], BioLabels.ToSpans(sentence.Labels));
    }
}
