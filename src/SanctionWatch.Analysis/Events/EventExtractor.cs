namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Finds events in one document — PLOVER types plus <c>TRANSFER</c> — with actor, target, items and quantities,
/// date, location, modality, claimant and evidence, from the German and English lexicons under
/// <c>Resources/Events</c>. Pure and thread-safe; unsupported languages give no events.
/// </summary>
public sealed class EventExtractor : LexiconReader
{
    /// <summary>An extractor with the lexicon of <paramref name="pack"/>; one that finds nothing when the pack has none.</summary>
    public EventExtractor(Pipeline.LanguagePack pack)
        : base(pack)
    {
    }

    /// <summary>The events of one document, in document order; their arguments index <paramref name="mentions"/>.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences, in order.</param>
    /// <param name="mentions">Entity mentions (countries, places, persons, organisations) in any order.</param>
    /// <param name="documentDate">The document's date (ISO 8601) to resolve relative dates, or null.</param>
    /// <param name="furniture">Datelines and headline prefixes, whose mentions take no part in events, or null.</param>
    /// <param name="syntax">Per sentence its dependency tree (null where it was not parsed), or null when nothing was parsed.</param>
    public IReadOnlyList<EventMention> Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<Mention> mentions, string? documentDate, IReadOnlyList<TextSpan>? furniture = null, IReadOnlyList<Syntax.SentenceSyntax?>? syntax = null)
    {
        Require(text, tokens, sentences, mentions);
        if (Lexicon is not { } lex || tokens.Count == 0)
        {
            return [];
        }

        var run = new DocumentRun(lex, text, tokens, mentions, DateFinder.ParseDocumentDate(documentDate), furniture ?? []);
        int tokenIndex = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < sentence.Start)
            {
                tokenIndex++;
            }

            int first = tokenIndex;
            while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < sentence.End)
            {
                tokenIndex++;
            }

            if (tokenIndex > first)
            {
                run.Sentence(si, sentence, first, tokenIndex, syntax is not null && si < syntax.Count ? syntax[si] : null);
            }
        }

        return run.Finish();
    }
}
