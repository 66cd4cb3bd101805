namespace SanctionWatch.Analysis.Events;

/// <summary>A reader of documents with one language's event lexicon (events, quotes); it finds nothing where the pack has none.</summary>
public abstract class LexiconReader
{
    /// <summary>A reader with the lexicon of <paramref name="pack"/>.</summary>
    protected LexiconReader(Pipeline.LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Lexicon = pack.Lexicon;
    }

    /// <summary>True when this reader has a lexicon.</summary>
    public bool Supported => Lexicon is not null;

    private protected EventLexicon? Lexicon { get; }

    /// <summary>Throws when any part of the document is missing.</summary>
    protected static void Require(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
    }
}
