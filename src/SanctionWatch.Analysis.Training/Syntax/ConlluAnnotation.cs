using System.Globalization;

namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>Writes an analysis into a CoNLL-U sentence: LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL of each word; comments and multiword-token lines unchanged.</summary>
public static class ConlluAnnotation
{
    /// <summary>The sentence with the analysis filled in (DEPS set to <c>_</c>, MISC kept).</summary>
    public static ConlluSentence Fill(ConlluSentence sentence, SentenceSyntax syntax)
    {
        var lines = new List<ConlluLine>(sentence.Lines.Count);
        var w = 0;
        foreach (var line in sentence.Lines)
        {
            if (!line.IsWord)
            {
                lines.Add(line);
                continue;
            }

            var head = syntax.Heads[w] < 0 ? "0" : (syntax.Heads[w] + 1).ToString(CultureInfo.InvariantCulture);
            lines.Add(new ConlluLine([line.Id, line.Form, syntax.Lemmas[w], syntax.Upos[w], syntax.Xpos[w], syntax.Feats[w], head, syntax.Deprels[w], "_", line.Fields[9]]));
            w++;
        }

        return new ConlluSentence(sentence.Comments, lines);
    }

    /// <summary>A new CoNLL-U sentence for plain words (ids 1…n, a <c># text</c> comment).</summary>
    public static ConlluSentence FromWords(IReadOnlyList<string> words, string? id, string text)
    {
        var comments = new List<string>();
        if (id is not null)
        {
            comments.Add("# sent_id = " + id);
        }

        comments.Add("# text = " + text.ReplaceLineEndings(" "));
        var lines = words.Select((word, i) => new ConlluLine([(i + 1).ToString(CultureInfo.InvariantCulture), word, "_", "_", "_", "_", "_", "_", "_", "_"])).ToList();
        return new ConlluSentence(comments, lines);
    }
}
