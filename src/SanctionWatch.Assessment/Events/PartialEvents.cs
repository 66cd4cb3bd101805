namespace SanctionWatch.Assessment.Events;

/// <summary>
/// Sorts merged events into complete ones — both parties found, or a type whose second party the text need not
/// name (a denial, a withdrawal, a mobilisation) — and partial ones, whose supplier, recipient, actor or target
/// was not found. A partial event is a lead for review, not a fact — unless a finding rests on it: a possible breach
/// needs only the side the measure names ("luxury cars smuggled into North Korea" by an unnamed dealer).
/// </summary>
public static class PartialEvents
{
    // Types that are whole with their actor alone: "Pjöngjang bestreitet das", "pulled its troops out", "mobilised reservists".
    private static readonly EventType[] OneSided = [EventType.Reject, EventType.Retreat, EventType.Mobilize];

    /// <summary>True when <paramref name="e"/> lacks a party its type needs.</summary>
    public static bool IsPartial(DossierEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Actor is null)
        {
            return true;
        }

        return e.Target is null && !OneSided.Any(t => t.Is(e.Type));
    }

    /// <summary>
    /// Splits <paramref name="events"/>, keeping their order, into complete events (with those a finding rests on or a
    /// complete event points at) and partial ones.
    /// </summary>
    public static (IReadOnlyList<DossierEvent> Complete, IReadOnlyList<DossierEvent> Partial) Split(IEnumerable<DossierEvent> events, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(findings);
        var all = events.ToList();
        // Kept too: an event a finding rests on, and one a complete event denies or conflicts with (its ids must resolve).
        var cited = findings.SelectMany(f => f.Events)
            .Concat(all.Where(e => !IsPartial(e)).SelectMany(e => (e.Conflicts ?? []).Append(e.Denies)).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var complete = new List<DossierEvent>();
        var partial = new List<DossierEvent>();
        foreach (var e in all)
        {
            (IsPartial(e) && !cited.Contains(e.Id) ? partial : complete).Add(e);
        }

        return (complete, partial);
    }
}
