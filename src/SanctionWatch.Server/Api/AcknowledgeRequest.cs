namespace SanctionWatch.Server.Api;

/// <summary>The body of <c>POST /api/alerts/ack</c>: alert ids, or <c>all</c>.</summary>
/// <param name="Ids">The alerts to mark as read.</param>
/// <param name="All">Mark every alert as read.</param>
public sealed record AcknowledgeRequest(IReadOnlyList<long>? Ids, bool All = false);
