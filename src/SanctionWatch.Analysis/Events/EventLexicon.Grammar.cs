namespace SanctionWatch.Analysis.Events;

/// <summary>The grammar part of the lexicon: the language's function words and what its word forms show (<c>grammar.tsv</c>).</summary>
internal sealed partial class EventLexicon
{
    /// <summary>Closed-class words by kind: coordinators, infinitive markers, relative pronouns, agent prepositions, ….</summary>
    public FunctionWords Words { get; } = new();

    /// <summary>Traits of the language's writing and guesses from word shapes (participle, infinitive, subjunctive, adjective).</summary>
    public WordShapes Shapes { get; } = new();

    private void LoadGrammar(string language)
    {
        foreach (var row in Rows("grammar", language))
        {
            var values = row[2].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var kind = FunctionWords.Parse(row[1]);
            if (kind == FunctionWord.None)
            {
                Shapes.Add(row[1], values);
                continue;
            }

            foreach (string w in values)
            {
                Words.Add(w, kind);
            }
        }
    }
}
