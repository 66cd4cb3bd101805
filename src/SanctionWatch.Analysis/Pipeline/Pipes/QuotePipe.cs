using SanctionWatch.Analysis.Quotes;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Finds direct and reported speech with its speakers.</summary>
public sealed class QuotePipe() : Pipe("quotes", DocLayer.Tokens | DocLayer.Sentences | DocLayer.Mentions | DocLayer.Furniture, DocLayer.Quotes)
{
    /// <inheritdoc />
    public override void Process(Doc doc) => doc.Quotes = new QuoteExtractor(doc.Pack).Extract(doc.Text, doc.Tokens, doc.Sentences, doc.Mentions.Items, doc.Furniture);
}
