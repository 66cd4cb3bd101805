using SanctionWatch.Analysis.Quotes;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Finds direct and reported speech with its speakers.</summary>
public sealed class QuotePipe : IPipe
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public DocLayer Reads => DocLayer.Tokens | DocLayer.Sentences | DocLayer.Mentions | DocLayer.Furniture;

    /// <inheritdoc />
    public DocLayer Writes => DocLayer.Quotes;

    /// <inheritdoc />
    public void Process(Doc doc) => doc.Quotes = new QuoteExtractor(doc.Pack).Extract(doc.Text, doc.Tokens, doc.Sentences, doc.Mentions, doc.Furniture);
}
