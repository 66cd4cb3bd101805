using SanctionWatch.Analysis.Events;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Finds the events of the document with the lexicon of its language pack.</summary>
public sealed class EventPipe() : Pipe("events", DocLayer.Tokens | DocLayer.Sentences | DocLayer.Mentions | DocLayer.Furniture | DocLayer.Syntax, DocLayer.Events)
{
    /// <inheritdoc />
    public override void Process(Doc doc) =>
        doc.Events = new EventExtractor(doc.Pack).Extract(doc.Text, doc.Tokens, doc.Sentences, doc.Mentions.Items, doc.Published, doc.Furniture, doc.Syntax);
}
