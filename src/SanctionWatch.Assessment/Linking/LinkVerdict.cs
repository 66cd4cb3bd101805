namespace SanctionWatch.Assessment.Linking;

/// <summary>The decision whether an entity is a list entry's party, with the evidence an analyst can check.</summary>
/// <param name="Entry">The list entry.</param>
/// <param name="Score">The screening score that retrieved it (a ranking aid, not the decision).</param>
/// <param name="Name">The strongest agreement of one of the entity's names with one of the entry's strong names.</param>
/// <param name="WeakSupport">A weak alias of the entry that agrees with the entity's name, or null.</param>
/// <param name="Supports">What in the text supports the link.</param>
/// <param name="Contradictions">What in the text contradicts it.</param>
/// <param name="Linked">True when the entity is linked to the entry.</param>
public sealed record LinkVerdict(
    ListEntity Entry,
    double Score,
    NameEvidence Name,
    NameEvidence? WeakSupport,
    IReadOnlyList<string> Supports,
    IReadOnlyList<string> Contradictions,
    bool Linked);
