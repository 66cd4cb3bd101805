namespace SanctionWatch.Matching.Scoring;

/// <summary>An entity-level score with its match flag and the features that produced it.</summary>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="Match">Score at or above the threshold.</param>
/// <param name="Explanations">Feature name → score and detail (empty unless asked for).</param>
public sealed record EntityScore(double Score, bool Match, IReadOnlyDictionary<string, MatchFeature> Explanations);
