namespace SanctionWatch.Application;

/// <summary>How far a long piece of work has come, for a progress bar or a log line.</summary>
/// <param name="Stage">What is being done (<c>ingest</c>, <c>analyse</c>).</param>
/// <param name="Done">Units done.</param>
/// <param name="Total">Units in all, or null when unknown.</param>
public sealed record WorkProgress(string Stage, int Done, int? Total)
{
    /// <summary>What is counted: <c>documents</c>, or <c>pages</c> while a long report is read.</summary>
    public string Unit { get; init; } = "documents";
}
