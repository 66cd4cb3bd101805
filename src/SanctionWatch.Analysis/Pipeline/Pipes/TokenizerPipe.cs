namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Splits the text into tokens.</summary>
public sealed class TokenizerPipe() : Pipe("tokenizer", DocLayer.None, DocLayer.Tokens)
{
    /// <inheritdoc />
    public override void Process(Doc doc) => doc.Tokens = Tokenizer.Tokenize(doc.Text);
}
