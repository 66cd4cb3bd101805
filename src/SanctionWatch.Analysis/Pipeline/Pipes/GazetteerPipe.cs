using SanctionWatch.Analysis.Gazetteers;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Adds the names of known places, organisations and people as mentions.</summary>
public sealed class GazetteerPipe(GazetteerRecognizer gazetteer) : IPipe
{
    /// <inheritdoc />
    public string Name => "gazetteer";

    /// <inheritdoc />
    public DocLayer Reads => DocLayer.Tokens;

    /// <inheritdoc />
    public DocLayer Writes => DocLayer.Mentions;

    /// <inheritdoc />
    public void Process(Doc doc) => gazetteer.Recognize(doc.Text, doc.Tokens, doc.Mentions.Open);
}
