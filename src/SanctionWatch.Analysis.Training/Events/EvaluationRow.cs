namespace SanctionWatch.Analysis.Training.Events;

/// <summary>One line of an event evaluation: precision = Correct/Predicted, recall = Found/Gold.</summary>
/// <param name="Group"><c>type</c>, <c>role</c>, <c>modality</c> or <c>all</c>.</param>
/// <param name="Label">The event type, role or modality.</param>
/// <param name="Predicted">Extracted events counted for precision.</param>
/// <param name="Correct">Of those, the ones that are right.</param>
/// <param name="Gold">Gold events counted for recall.</param>
/// <param name="Found">Of those, the ones found.</param>
public sealed record EvaluationRow(string Group, string Label, int Predicted, int Correct, int Gold, int Found);
