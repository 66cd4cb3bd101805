using SanctionWatch.Analysis.Patterns;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Adds mentions that follow a pattern: vessels, IMO numbers, Korean names, institutions, weapons.</summary>
public sealed class PatternPipe() : Pipe("patterns", DocLayer.Tokens, DocLayer.Mentions)
{
    /// <inheritdoc />
    public override void Process(Doc doc) => PatternRecognizer.Recognize(doc.Text, doc.Tokens, doc.Mentions.Open);
}
