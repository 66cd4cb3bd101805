namespace SanctionWatch.Analysis.Pipeline;

/// <summary>Choices made when the language packs are built: models to use instead of the built-in ones.</summary>
public sealed record LanguagePackOptions
{
    /// <summary>Named-entity model files (written by <c>sanctionwatch ner train</c>) by language code.</summary>
    public IReadOnlyDictionary<string, string> NerModelFiles { get; init; } = new Dictionary<string, string>();

    /// <summary>Tagger and parser model files (written by <c>sanctionwatch syntax train</c>) by language code.</summary>
    public IReadOnlyDictionary<string, string> SyntaxModelFiles { get; init; } = new Dictionary<string, string>();
}
