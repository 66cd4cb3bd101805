using SanctionWatch.Analysis.Gazetteers;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Adds the names of known places, organisations and people as mentions.</summary>
public sealed class GazetteerPipe(GazetteerRecognizer gazetteer) : Pipe("gazetteer", DocLayer.Tokens, DocLayer.Mentions)
{
    /// <inheritdoc />
    public override void Process(Doc doc) => gazetteer.Recognize(doc.Text, doc.Tokens, doc.Mentions.Open);
}
