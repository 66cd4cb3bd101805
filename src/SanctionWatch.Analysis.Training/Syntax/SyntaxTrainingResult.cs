namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>A trained model and its scores on the tuning sentences.</summary>
public sealed record SyntaxTrainingResult(SyntaxModel Model, SyntaxScores Tuning);
