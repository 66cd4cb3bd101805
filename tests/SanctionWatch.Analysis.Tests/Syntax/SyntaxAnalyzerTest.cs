using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Tests.Syntax;

/// <summary>Sentences of the project's domain, written for these tests, whose grammatical roles the event extraction needs.</summary>
public sealed class SyntaxAnalyzerTest
{
    private static readonly SyntaxAnalyzer German = new(SyntaxModel.LoadBuiltIn("de")!);
    private static readonly SyntaxAnalyzer English = new(SyntaxModel.LoadBuiltIn("en")!);

    [Fact]
    public void German_GiftSentence_KimIsSubjectAndPutinAnOblique()
    {
        var s = German.Analyze(["Kim", "bekam", "von", "Putin", "eine", "Limousine", "geschenkt", "."]);

        Assert.Equal(1, s.Heads[0]);
        Assert.Equal("nsubj", s.Deprels[0]);
        Assert.True(s.HasRelation(3, "obl"), s.Deprels[3]);
        Assert.Contains(s.Heads[3], new[] { 1, 6 });
        Assert.Equal(3, s.Heads[2]);
        Assert.Equal("case", s.Deprels[2]);
        Assert.Equal("obj", s.Deprels[5]);
        Assert.Equal("bekommen", s.Lemmas[1]);
    }

    [Fact]
    public void German_SanctionsSentence_SubjectObjectAndPreposition()
    {
        var s = German.Analyze(["Die", "EU", "verhängte", "neue", "Sanktionen", "gegen", "Russland", "."]);

        Assert.Equal(2, s.Root);
        Assert.Equal(2, s.Heads[1]);
        Assert.Equal("nsubj", s.Deprels[1]);
        Assert.Equal("obj", s.Deprels[4]);
        Assert.Equal("case", s.Deprels[5]);
        Assert.Equal("Sanktion", s.Lemmas[4]);
        Assert.Equal("Nom", s.Feature(1, "Case"));
    }

    [Fact]
    public void English_PassiveSentence_AgentIsAnObliqueWithBy()
    {
        var s = English.Analyze(["The", "shells", "were", "shipped", "by", "North", "Korea", "to", "Russia", "."]);

        Assert.Equal(3, s.Root);
        Assert.Equal(3, s.Heads[1]);
        Assert.True(s.HasRelation(1, "nsubj"), s.Deprels[1]);
        Assert.Equal(3, s.Heads[6]);
        Assert.True(s.HasRelation(6, "obl"), s.Deprels[6]);
        Assert.Equal(6, s.Heads[4]);
        Assert.Equal("by", s.Words[s.Child(6, "case")]);
        Assert.Equal("ship", s.Lemmas[3]);
    }

    [Fact]
    public void English_ActiveSentence_SubjectAndObject()
    {
        var s = English.Analyze(["The", "Treasury", "sanctioned", "three", "Russian", "companies", "on", "Tuesday", "."]);

        Assert.Equal(2, s.Root);
        Assert.Equal("nsubj", s.Deprels[1]);
        Assert.Equal(2, s.Heads[5]);
        Assert.Equal("obj", s.Deprels[5]);
        Assert.Equal("company", s.Lemmas[5]);
        Assert.Equal("VBD", s.Xpos[2]);
    }

    [Fact]
    public void Analyze_ManyThreadsAtOnce_SameAsOneAtATime()
    {
        string[][] sentences =
        [
            ["Kim", "bekam", "von", "Putin", "eine", "Limousine", "geschenkt", "."],
            ["Die", "EU", "verhängte", "neue", "Sanktionen", "gegen", "Russland", "."],
            ["Nordkorea", "soll", "Granaten", "an", "Russland", "geliefert", "haben", "."],
        ];
        var expected = sentences.Select(s => German.Analyze(s)).ToList();

        var results = new SentenceSyntax[200];
        Parallel.For(0, results.Length, i => results[i] = German.Analyze(sentences[i % sentences.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % sentences.Length].Heads, results[i].Heads);
            Assert.Equal(expected[i % sentences.Length].Deprels, results[i].Deprels);
            Assert.Equal(expected[i % sentences.Length].Feats, results[i].Feats);
        }
    }

    [Fact]
    public void Analyze_EmptySentence_GivesEmptyResult() => Assert.Equal(0, German.Analyze([]).Count);

    [Fact]
    public void LoadBuiltIn_EachCall_NewInstance_AndNullForUnknownLanguage()
    {
        Assert.NotSame(SyntaxModel.LoadBuiltIn("de"), SyntaxModel.LoadBuiltIn("de"));
        Assert.Null(SyntaxModel.LoadBuiltIn("fr"));
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5]);

        Assert.ThrowsAny<InvalidDataException>(() => SyntaxModel.Load(stream));
    }

    [Fact]
    public void SaveLoad_RoundTrip_SameAnalysis()
    {
        var model = SyntaxModel.LoadBuiltIn("en")!;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var copy = new SyntaxAnalyzer(SyntaxModel.Load(stream));
        string[] words = ["Russia", "denied", "buying", "shells", "from", "Pyongyang", "."];

        Assert.Equal(English.Analyze(words), copy.Analyze(words), new SyntaxComparer());
    }

    private sealed class SyntaxComparer : IEqualityComparer<SentenceSyntax>
    {
        public bool Equals(SentenceSyntax? x, SentenceSyntax? y) =>
            x!.Heads.SequenceEqual(y!.Heads) && x.Deprels.SequenceEqual(y.Deprels) && x.Upos.SequenceEqual(y.Upos) && x.Lemmas.SequenceEqual(y.Lemmas) && x.Feats.SequenceEqual(y.Feats);

        public int GetHashCode(SentenceSyntax obj) => obj.Count;
    }
}
