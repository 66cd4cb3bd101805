namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>Splits the tokens into sentences, as character spans and as token ranges.</summary>
public sealed class SentencePipe() : Pipe("sentences", DocLayer.Tokens, DocLayer.Sentences)
{
    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        doc.Sentences = SentenceSplitter.Split(doc.Text, doc.Tokens, doc.Pack.Language);
        var ranges = new List<TokenRange>(doc.Sentences.Count);
        int next = 0;
        foreach (var sentence in doc.Sentences)
        {
            while (next < doc.Tokens.Count && doc.Tokens[next].Start < sentence.Start)
            {
                next++;
            }

            int first = next;
            while (next < doc.Tokens.Count && doc.Tokens[next].Start < sentence.End)
            {
                next++;
            }

            ranges.Add(new TokenRange(first, next));
        }

        doc.SentenceTokens = ranges;
    }
}
