namespace SanctionWatch.Server.Api;

/// <summary>The body of <c>POST /api/watches</c>.</summary>
/// <param name="Kind"><c>entity</c>, <c>vessel</c>, <c>country</c> or <c>measure</c>.</param>
/// <param name="Value">An entity id or name, a vessel name or IMO number, an ISO country code or a measure id.</param>
/// <param name="Backfill">Alert on what the store already holds too.</param>
public sealed record WatchRequest(string? Kind, string? Value, bool Backfill = false);
