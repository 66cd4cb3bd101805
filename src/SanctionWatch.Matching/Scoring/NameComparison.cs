namespace SanctionWatch.Matching.Scoring;

/// <summary>The outcome of comparing two names: the score and, when asked for, a human-readable account.</summary>
/// <param name="Score">Name score in [0, 1].</param>
/// <param name="Detail">How the tokens aligned; empty unless explanations were requested.</param>
public readonly record struct NameComparison(double Score, string Detail);
