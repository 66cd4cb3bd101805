using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Finds events in one document — PLOVER types plus <c>TRANSFER</c> — with actor, target, items and quantities,
/// date, location, modality, claimant and evidence, from the German and English lexicons under
/// <c>Resources/Events</c>. Pure and thread-safe; unsupported languages give no events.
/// </summary>
public sealed class EventExtractor
{
    private static readonly EventExtractor Unsupported = new(null);
    private static readonly Lazy<EventExtractor> GermanExtractor = new(() => new EventExtractor(EventLexicon.For("de")));
    private static readonly Lazy<EventExtractor> EnglishExtractor = new(() => new EventExtractor(EventLexicon.For("en")));

    private readonly EventLexicon? _lex;

    private EventExtractor(EventLexicon? lexicon) => _lex = lexicon;

    /// <summary>The extractor for <paramref name="language"/> (ISO 639-1); one that finds nothing for unsupported languages.</summary>
    public static EventExtractor For(string language) => language switch
    {
        "de" => GermanExtractor.Value,
        "en" => EnglishExtractor.Value,
        _ => Unsupported,
    };

    /// <summary>True when this extractor has a lexicon.</summary>
    public bool Supported => _lex is not null;

    /// <summary>The events of one document, in document order; their arguments index <paramref name="mentions"/>.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences, in order.</param>
    /// <param name="mentions">Entity mentions (countries, places, persons, organisations) in any order.</param>
    /// <param name="documentDate">The document's date (ISO 8601) to resolve relative dates, or null.</param>
    public IReadOnlyList<EventMention> Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<Mention> mentions, string? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        if (_lex is null || tokens.Count == 0)
        {
            return [];
        }

        var run = new DocumentRun(_lex, text, tokens, mentions, DateFinder.ParseDocumentDate(documentDate));
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
                run.Sentence(si, sentence, first, tokenIndex);
            }
        }

        return run.Finish();
    }
}
