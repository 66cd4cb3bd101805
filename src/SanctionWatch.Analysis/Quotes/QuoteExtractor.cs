using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>
/// Finds quoted speech („…“, "…", »…«, “…”) with its speaker ("sagt X", "so X", "X sagte der DW", "said X",
/// "X told reporters", a speaker named just before) and the speaker's role from appositions, and reported speech
/// after verbs of saying. Pure and thread-safe; unsupported languages give no quotes.
/// </summary>
public sealed class QuoteExtractor
{
    private static readonly QuoteExtractor Unsupported = new(null);
    private static readonly Lazy<QuoteExtractor> GermanExtractor = new(() => new QuoteExtractor(EventLexicon.For("de")));
    private static readonly Lazy<QuoteExtractor> EnglishExtractor = new(() => new QuoteExtractor(EventLexicon.For("en")));

    private readonly EventLexicon? _lex;

    private QuoteExtractor(EventLexicon? lexicon) => _lex = lexicon;

    /// <summary>The extractor for <paramref name="language"/>; one that finds nothing for unsupported languages.</summary>
    public static QuoteExtractor For(string language) => language switch
    {
        "de" => GermanExtractor.Value,
        "en" => EnglishExtractor.Value,
        _ => Unsupported,
    };

    /// <summary>The quotes of one document in document order; speakers index <paramref name="mentions"/>.</summary>
    public IReadOnlyList<QuoteMention> Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        if (_lex is null || tokens.Count == 0)
        {
            return [];
        }

        return new QuoteRun(_lex, text, tokens, sentences, mentions).Run();
    }
}
