using SanctionWatch.Analysis.Ner;

namespace SanctionWatch.Analysis.Tests.Ner;

public sealed class BioLabelsTest
{
    [Fact]
    public void ToSpans_Bio_ReadsBoundariesAndTypes()
    {
        string[] labels = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORGpart"];

        var spans = BioLabels.ToSpans(labels);

        Assert.Equal([new NerSpan(0, 2, "PER"), new NerSpan(3, 4, "LOC"), new NerSpan(4, 6, "LOC"), new NerSpan(7, 8, "ORGpart")], spans);
    }

    [Fact]
    public void ToSpans_Iob1_StartsSpanAtInsideAfterOutsideOrOtherType()
    {
        // wikigold's IOB1: I- opens a span; B- only separates two adjacent spans of one type.
        string[] labels = ["I-ORG", "I-ORG", "O", "I-MISC", "I-PER", "B-PER", "I-PER"];

        var spans = BioLabels.ToSpans(labels);

        Assert.Equal([new NerSpan(0, 2, "ORG"), new NerSpan(3, 4, "MISC"), new NerSpan(4, 5, "PER"), new NerSpan(5, 7, "PER")], spans);
    }

    [Fact]
    public void ToStrictBio_Iob1_RoundTripsToSameSpans()
    {
        string[] labels = ["I-LOC", "I-LOC", "B-LOC", "O", "I-PER"];

        var strict = BioLabels.ToStrictBio(labels);

        Assert.Equal(["B-LOC", "I-LOC", "B-LOC", "O", "B-PER"], strict);
        Assert.Equal(BioLabels.ToSpans(labels), BioLabels.ToSpans(strict));
    }

    [Theory]
    [InlineData("LOCderiv", "LOC")]
    [InlineData("ORGpart", "ORG")]
    [InlineData("PER", "PER")]
    public void BaseType_GermEvalSuffix_IsFolded(string type, string expected) =>
        Assert.Equal(expected, BioLabels.BaseType(type));
}
