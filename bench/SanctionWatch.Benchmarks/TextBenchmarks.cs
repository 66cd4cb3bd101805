using BenchmarkDotNet.Attributes;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Ner;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Benchmarks;

/// <summary>Tokenisation, sentence splitting, gazetteer lookup and NER tagging on a real German news article.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TextBenchmarks
{
    private string text = string.Empty;
    private List<Token> tokens = [];
    private string[] sentence = [];
    private NerModel model = null!;
    private GazetteerRecognizer gazetteer = null!;
    private readonly List<Mention> mentions = [];

    [GlobalSetup]
    public void Setup()
    {
        // The first seed article: German news about the Putin–Kim summit (shared corpus, read-only).
        text = File.ReadAllText(SharedData.PathOf("corpus/seeds/000_1af307828203dd58.txt"));
        tokens = Tokenizer.Tokenize(text);
        var first = SentenceSplitter.Split(text, tokens, "de")[0];
        sentence = tokens.Where(t => t.Start >= first.Start && t.Start + t.Length <= first.End)
            .Select(t => text.Substring(t.Start, t.Length)).ToArray();
        model = NerModel.LoadBuiltIn("de");
        gazetteer = new GazetteerRecognizer(SanctionWatch.Analysis.Gazetteers.Gazetteer.LoadBuiltIn().Entries);
    }

    /// <summary>Words (tokens) in the article, to turn times into per-token costs.</summary>
    public int TokenCount => tokens.Count;

    [Benchmark]
    public List<Token> Tokenize() => Tokenizer.Tokenize(text);

    [Benchmark]
    public List<TextSpan> SplitSentences() => SentenceSplitter.Split(text, tokens, "de");

    [Benchmark]
    public int Gazetteer()
    {
        mentions.Clear();
        gazetteer.Recognize(text, tokens, mentions);
        return mentions.Count;
    }

    [Benchmark]
    public string[] NerTagSentence() => model.Tag(sentence);
}
