using SanctionWatch.Analysis.Syntax;
using SanctionWatch.Analysis.Tests.Ner;
using SanctionWatch.Analysis.Training.Syntax;

namespace SanctionWatch.Analysis.Tests.Syntax;

/// <summary>The shipped models against the issue 17 bars on the held-out UD test files (never trained or tuned on).</summary>
public sealed class SyntaxQualityTest
{
    [Fact]
    public void German_GsdTest_ReachesTheBars()
    {
        var scores = Evaluate("de", "data/syntax/de/de_gsd-ud-test.conllu");

        Assert.True(scores.Upos >= 0.90, $"UPOS {scores.Upos:F4}");
        Assert.True(scores.Las >= 0.66, $"LAS {scores.Las:F4}");
        Assert.True(scores.Lemma >= 0.92, $"Lemma {scores.Lemma:F4}");
    }

    [Fact]
    public void English_EwtTest_ReachesTheBars()
    {
        var scores = Evaluate("en", "data/syntax/en/en_ewt-ud-test.conllu");

        Assert.True(scores.Upos >= 0.94, $"UPOS {scores.Upos:F4}");
        Assert.True(scores.Las >= 0.78, $"LAS {scores.Las:F4}");
    }

    private static SyntaxScores Evaluate(string language, string file)
    {
        var gold = Conllu.ReadFile(SharedData.File(file));
        var model = SyntaxModel.LoadBuiltIn(language);
        Assert.NotNull(model);
        return SyntaxEvaluation.Evaluate(new SyntaxAnalyzer(model), gold);
    }
}
