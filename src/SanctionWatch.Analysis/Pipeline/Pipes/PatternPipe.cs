using SanctionWatch.Analysis.Patterns;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Adds mentions that follow a pattern: vessels, IMO numbers, Korean names, institutions, weapons.</summary>
public sealed class PatternPipe : IPipe
{
    /// <inheritdoc />
    public string Name => "patterns";

    /// <inheritdoc />
    public DocLayer Reads => DocLayer.Tokens;

    /// <inheritdoc />
    public DocLayer Writes => DocLayer.Mentions;

    /// <inheritdoc />
    public void Process(Doc doc) => PatternRecognizer.Recognize(doc.Text, doc.Tokens, doc.Mentions.Open);
}
