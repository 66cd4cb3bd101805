using SanctionWatch.Analysis.Events;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>
/// Finds quoted speech („…“, "…", »…«, “…”) with its speaker ("sagt X", "so X", "X sagte der DW", "said X",
/// "X told reporters", a speaker named just before) and the speaker's role from appositions, and reported speech
/// after verbs of saying. Pure and thread-safe; unsupported languages give no quotes.
/// </summary>
public sealed class QuoteExtractor : LexiconReader
{
    /// <summary>An extractor with the lexicon of <paramref name="pack"/>; one that finds nothing when the pack has none.</summary>
    public QuoteExtractor(Pipeline.LanguagePack pack)
        : base(pack)
    {
    }

    /// <summary>The quotes of one document in document order; speakers index <paramref name="mentions"/>.</summary>
    public IReadOnlyList<QuoteMention> Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, IReadOnlyList<TextSpan>? furniture = null)
    {
        Require(text, tokens, sentences, mentions);
        if (Lexicon is not { } lex || tokens.Count == 0)
        {
            return [];
        }

        return new QuoteRun(new QuoteText(lex, text, tokens, sentences, mentions, furniture ?? [])).Run();
    }
}
