using SanctionWatch.Analysis.Events;
using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// What analysing one language needs, loaded once and handed to the pipes: the event, cue and quote lexicon and
/// the named-entity model, the tagger and parser. A language without a resource has none there, and the pipes that need it do nothing.
/// </summary>
public sealed class LanguagePack
{
    internal LanguagePack(string language, EventLexicon? lexicon, NerModel? ner, SyntaxAnalyzer? syntax = null)
    {
        Language = language;
        Lexicon = lexicon;
        Ner = ner;
        Syntax = syntax;
    }

    /// <summary>The ISO 639-1 code.</summary>
    public string Language { get; }

    /// <summary>The named-entity tagger, or null.</summary>
    public NerModel? Ner { get; }

    /// <summary>The tagger, lemmatiser and dependency parser, or null.</summary>
    public SyntaxAnalyzer? Syntax { get; }

    /// <summary>Event triggers, items, cues and speech words, or null.</summary>
    internal EventLexicon? Lexicon { get; }

    /// <summary>The languages with built-in resources, which a language identifier should favour in close calls.</summary>
    public static IReadOnlySet<string> BuiltInLanguages() => EventLexicon.BuiltInLanguages();

    /// <summary>A pack with no resources, for a language the analyser does not know.</summary>
    public static LanguagePack Empty(string language) => new(language, null, null);

    /// <summary>
    /// Reads the resources built into this assembly for <paramref name="language"/>, with <paramref name="ner"/> and
    /// <paramref name="syntax"/> instead of the built-in models when given.
    /// </summary>
    public static LanguagePack LoadBuiltIn(string language, NerModel? ner = null, SyntaxModel? syntax = null)
    {
        var lexicon = EventLexicon.LoadBuiltIn(language);
        if (lexicon is null)
        {
            return Empty(language);
        }

        var parser = syntax ?? SyntaxModel.LoadBuiltIn(language);
        return new LanguagePack(language, lexicon, ner ?? NerModel.TryLoadBuiltIn(language), parser is null ? null : new SyntaxAnalyzer(parser));
    }
}
