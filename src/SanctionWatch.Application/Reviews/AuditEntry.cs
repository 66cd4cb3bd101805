using System.Text.Json.Serialization;

namespace SanctionWatch.Application.Reviews;

/// <summary>What decided one listing or finding: the machine (algorithm, version, threshold, list version) or an analyst.</summary>
/// <param name="Kind"><c>listing</c> or <c>finding</c>.</param>
/// <param name="Subject">The entity id (listing) or finding id.</param>
/// <param name="Object">The list entry id <c>{list}:{reference}</c> of a listing; null for a finding.</param>
/// <param name="Label">The entity's name and the entry's caption, or the finding's summary.</param>
/// <param name="State"><c>linked</c>, <c>confirmed</c>, <c>added</c>, <c>rejected</c> (listings); <c>derived</c>, <c>confirmed</c>, <c>rejected</c>, <c>needs-evidence</c> (findings).</param>
/// <param name="DecidedBy"><c>machine</c> or <c>analyst</c>: whose judgement is in force.</param>
/// <param name="Algorithm">The algorithm's name and version that produced it.</param>
/// <param name="Score">The match score of a listing.</param>
/// <param name="Threshold">The score a listing needed.</param>
/// <param name="ListVersions">The list versions it rests on, as <c>{list}@{date}</c>.</param>
/// <param name="Decisions">Every logged analyst decision that concerns it, oldest first.</param>
public sealed record AuditEntry(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("object")] string? Object,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("decidedBy")] string DecidedBy,
    [property: JsonPropertyName("algorithm")] string? Algorithm,
    [property: JsonPropertyName("score")] double? Score,
    [property: JsonPropertyName("threshold")] double? Threshold,
    [property: JsonPropertyName("listVersions")] IReadOnlyList<string> ListVersions,
    [property: JsonPropertyName("decisions")] IReadOnlyList<ReviewDecision> Decisions);
