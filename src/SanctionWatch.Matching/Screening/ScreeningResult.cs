using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Matching.Screening;

/// <summary>One list entry found for a query, with its score, match flag, provenance and explanations.</summary>
/// <param name="Id">The entry's id (<c>us-ofac-sdn:35320</c>).</param>
/// <param name="Caption">The entry's primary name as the list writes it.</param>
/// <param name="Schema">The entry's schema.</param>
/// <param name="ListId">The list.</param>
/// <param name="Reference">The list's own id for the entry.</param>
/// <param name="Programs">Programmes or regimes.</param>
/// <param name="ListDate">The list version's date.</param>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="Match">Score at or above the threshold.</param>
/// <param name="Explanations">Feature name → score and detail.</param>
/// <param name="Entity">The full entry.</param>
public sealed record ScreeningResult(
    string Id,
    string Caption,
    string Schema,
    string ListId,
    string Reference,
    IReadOnlyList<string> Programs,
    DateOnly? ListDate,
    double Score,
    bool Match,
    IReadOnlyDictionary<string, MatchFeature> Explanations,
    Lists.Model.ListEntity Entity);
