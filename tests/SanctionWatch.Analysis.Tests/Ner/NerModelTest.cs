using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Training.Ner;

namespace SanctionWatch.Analysis.Tests.Ner;

public sealed class NerModelTest
{
    [Fact]
    public void Tag_GermanSentence_FindsPersonsAndPlace()
    {
        var model = NerModel.LoadBuiltIn("de");
        string[] tokens = ["Der", "russische", "Präsident", "Wladimir", "Putin", "hat", "den", "nordkoreanischen", "Machthaber", "Kim", "Jong", "Un", "in", "Moskau", "empfangen", "."];

        var spans = model.TagSpans(tokens);

        Assert.Contains(new NerSpan(3, 5, "PER"), spans);
        Assert.Contains(spans, s => s.Start == 9 && s.BaseType == "PER");
        Assert.Contains(spans, s => s.Start == 13 && s.End == 14 && s.BaseType == "LOC");
        Assert.DoesNotContain(spans, s => s.Start <= 2 && s.End > 2);
    }

    [Fact]
    public void Tag_EnglishSentence_FindsPersonsAndPlace()
    {
        var model = NerModel.LoadBuiltIn("en");
        string[] tokens = ["Kremlin", "spokesman", "Dmitry", "Peskov", "said", "Putin", "would", "travel", "to", "Pyongyang", "."];

        var labels = model.Tag(tokens);
        var spans = BioLabels.ToSpans(labels);

        Assert.Equal(tokens.Length, labels.Length);
        Assert.Contains(new NerSpan(2, 4, "PER"), spans);
        Assert.Contains(new NerSpan(5, 6, "PER"), spans);
        Assert.Contains(new NerSpan(9, 10, "LOC"), spans);
        Assert.Equal("O", labels[4]);
    }

    [Fact]
    public void LoadBuiltIn_LanguageInCapitals_ReadsTheSameModel() =>
        Assert.Equal(NerModel.LoadBuiltIn("de").Labels, NerModel.LoadBuiltIn("DE").Labels);

    [Fact]
    public void LoadBuiltIn_TwoCalls_GiveIndependentInstances() =>
        Assert.NotSame(NerModel.LoadBuiltIn("en"), NerModel.LoadBuiltIn("en"));

    [Fact]
    public void Load_UnknownLanguage_Throws() =>
        Assert.Throws<ArgumentException>(() => NerModel.LoadBuiltIn("fr"));

    [Fact]
    public void Tag_EmptyInput_ReturnsNoLabels() =>
        Assert.Empty(NerModel.LoadBuiltIn("en").Tag([]));

    [Fact]
    public void SaveThenRead_GermanModel_TagsTheSame()
    {
        var model = NerModel.LoadBuiltIn("de");
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var copy = NerModel.Read(stream);

        string[] tokens = ["Peskow", "sagte", "in", "Moskau", ",", "die", "Gespräche", "mit", "Pjöngjang", "seien", "gut", "."];
        Assert.Equal(model.Tag(tokens), copy.Tag(tokens));
        Assert.Equal(model.Labels, copy.Labels);
    }

    [Fact]
    public void Read_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("hello"u8);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => NerModel.Read(stream));
    }

    [Fact]
    public void Tag_GermEvalTestFile_ReachesAcceptanceF1()
    {
        var path = SharedData.File("data/ner/de/germeval2014/NER-de-test.tsv");
        using var reader = new StreamReader(path);
        var sentences = NerCorpusReader.ReadGermEval(reader);
        var model = NerModel.LoadBuiltIn("de");
        var evaluation = new NerEvaluation();

        foreach (var sentence in sentences)
        {
            evaluation.Add(sentence.Labels, model.Tag(sentence.Tokens));
        }

        Assert.True(evaluation.Sentences > 5000, $"only {evaluation.Sentences} sentences read");
        Assert.True(evaluation.Overall.F1 >= 0.58, $"strict 12-class F1 {evaluation.Overall.F1:F3} < 0.58");
    }

    [Fact]
    public void Tag_HeldOutWikigold_ReachesUsefulF1()
    {
        var path = SharedData.File("data/ner/en/wikigold/wikigold.conll.txt");
        using var reader = new StreamReader(path);
        var sentences = NerCorpusReader.ReadConll(reader, "wikigold");
        var model = NerModel.LoadBuiltIn("en");
        var evaluation = new NerEvaluation();

        // The last tenth was used neither for training nor for choosing the number of passes.
        foreach (var sentence in sentences.Skip(sentences.Count * 9 / 10))
        {
            evaluation.Add(sentence.Labels, model.Tag(sentence.Tokens));
        }

        Assert.True(evaluation.Overall.F1 >= 0.5, $"held-out wikigold F1 {evaluation.Overall.F1:F3} < 0.5");
    }
}
