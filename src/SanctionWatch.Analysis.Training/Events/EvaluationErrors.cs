namespace SanctionWatch.Analysis.Training.Events;

/// <summary>The events an evaluation found wrong and the gold events it missed, one readable line each.</summary>
/// <param name="Wrong">Extracted events that match no gold event on type and roles, with their sentence.</param>
/// <param name="Missed">Gold events no extracted event matches fully, with the nearest extracted event and the gold note.</param>
public sealed record EvaluationErrors(IReadOnlyList<string> Wrong, IReadOnlyList<string> Missed);
