namespace SanctionWatch.Matching.Scoring;

/// <summary>The value of one <see cref="Features.ScoreFeature"/> in an explained match, shaped like yente's explanations: a score and a detail.</summary>
/// <param name="Score">The feature's value (for penalties, the amount taken off).</param>
/// <param name="Detail">What was compared and why.</param>
public sealed record MatchFeature(double Score, string Detail);
