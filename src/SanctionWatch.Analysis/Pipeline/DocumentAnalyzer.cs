using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// The per-document pipeline: tokens → sentences → entity mentions. Pure and thread-safe, so that
/// documents can be analysed in parallel and by any worker with the same result.
/// </summary>
public sealed class DocumentAnalyzer
{
    /// <summary>Changes whenever the pipeline's output for the same text can change; stored analyses of another version are redone.</summary>
    public const string Version = "0.1.0";

    private readonly GazetteerRecognizer _places;

    /// <summary>Creates the analyser with the built-in gazetteers.</summary>
    public DocumentAnalyzer()
        : this(GazetteerRecognizer.BuiltIn)
    {
    }

    /// <summary>Creates the analyser with the given recognisers.</summary>
    public DocumentAnalyzer(GazetteerRecognizer places) => _places = places;

    /// <summary>Analyses one document.</summary>
    public DocumentAnalysis Analyze(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, document.Language);
        var mentions = new List<Mention>();
        _places.Recognize(text, tokens, mentions);
        return new DocumentAnalysis(document.Id, Version, sentences, mentions);
    }
}
