namespace SanctionWatch.Assessment.Events;

/// <summary>One document's event with its participants resolved to entity ids, before merging across documents.</summary>
public sealed record EventCandidate(
    string Document,
    int Index,
    string Type,
    string? Mode,
    string? Actor,
    string? Target,
    IReadOnlyList<EventItem> Items,
    EventDate? Date,
    string? Location,
    string Modality,
    string? Claimant,
    IReadOnlyList<EvidenceSpan> Evidence,
    int? Denies)
{
    /// <summary>
    /// True when the event is explicitly dated well before the time its article reports on ("Putin last visited
    /// in 2000"): background, never the same happening as the article's undated, current events.
    /// </summary>
    public bool Background { get; init; }

    /// <summary>The day its article was published, if known: an undated event happened around then.</summary>
    public DateOnly? Reported { get; init; }

    /// <summary>True when its report calls it another occasion ("ein weiterer Tanker"): never an earlier report's happening.</summary>
    public bool Another { get; init; }
}
