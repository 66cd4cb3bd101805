using SanctionWatch.Model.Dossier;

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
    int? Denies);
