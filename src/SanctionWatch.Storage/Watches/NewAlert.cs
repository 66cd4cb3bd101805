namespace SanctionWatch.Storage.Watches;

/// <summary>An alert about to be stored (the store assigns its id and time).</summary>
/// <param name="Kind"><c>evidence</c>, <c>finding</c> or <c>listing</c>.</param>
/// <param name="Message">One line for a person.</param>
/// <param name="Subjects">Ids of what the alert is about.</param>
/// <param name="Document">The document holding the evidence, or null.</param>
/// <param name="Start">Where the evidence starts, or null.</param>
/// <param name="End">Where it ends (exclusive), or null.</param>
public sealed record NewAlert(string Kind, string Message, IReadOnlyList<string> Subjects, string? Document, int? Start, int? End);
