namespace SanctionWatch.Analysis.Events;

/// <summary>How the words before a participant mark it.</summary>
internal enum Marker : byte
{
    None,
    Target,
    Source,
    Location,
}

/// <summary>A mention that can take part in an event, placed in its sentence's tokens.</summary>
/// <param name="Mention">Index in the document's mention list.</param>
/// <param name="Start">First sentence token.</param>
/// <param name="End">One past the last sentence token.</param>
/// <param name="Marker">Preposition that marks it.</param>
/// <param name="Seat">True for a capital or seat of power (it acts as its government).</param>
/// <param name="Place">True for a place that is not a seat of power: only a location.</param>
/// <param name="Person">True for a person or organisation (a possible speaker).</param>
/// <param name="Adjective">True for a country adjective ("nordkoreanische", "North Korean"): an origin, not a subject.</param>
/// <param name="Case">The preposition that marks it (lower case: "für", "to"), or null.</param>
internal sealed record Participant(int Mention, int Start, int End, Marker Marker, bool Seat, bool Place, bool Person, bool Adjective = false, string? Case = null);
