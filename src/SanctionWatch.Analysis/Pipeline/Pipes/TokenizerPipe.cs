using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Splits the text into tokens.</summary>
public sealed class TokenizerPipe : IPipe
{
    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public DocLayer Reads => DocLayer.None;

    /// <inheritdoc />
    public DocLayer Writes => DocLayer.Tokens;

    /// <inheritdoc />
    public void Process(Doc doc) => doc.Tokens = Tokenizer.Tokenize(doc.Text);
}
