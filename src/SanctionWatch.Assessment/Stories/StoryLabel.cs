namespace SanctionWatch.Assessment.Stories;

/// <summary>
/// A story's id (from its documents) and label: what happened when the documents share a happening
/// ("North Korea → Russia: ammunition (2024-11-04)"), else the entities and words they share most.
/// </summary>
internal static class StoryLabel
{
    public static Story Make(
        List<Document> members,
        List<(int Id, double Weight)[]> vectors,
        string[] keys,
        IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Name)>> entitiesOf,
        IReadOnlyDictionary<string, IReadOnlyList<HappeningSignature>> signaturesOf)
    {
        var ids = members.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var names = members
            .SelectMany(d => entitiesOf.GetValueOrDefault(d.Id) ?? [])
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var dates = members.Select(d => d.Published).Where(p => p is not null).Order(StringComparer.Ordinal).ToList();
        string when = dates.Count == 0 ? "" : dates[0] == dates[^1] ? $" ({dates[0]})" : $" ({dates[0]} – {dates[^1]})";
        string what = Happening(members, signaturesOf, names) ?? Shared(members.Count, vectors, keys, names) ?? members[0].Title ?? members[0].Source;
        return new Story(ContentId.Of("sto", string.Join(',', ids)), what + when, ids);
    }

    // The happening most members report (every member, when there are two), the earliest told on a tie: "A → B: category".
    private static string? Happening(
        List<Document> members,
        IReadOnlyDictionary<string, IReadOnlyList<HappeningSignature>> signaturesOf,
        Dictionary<string, string> names)
    {
        var best = members
            .SelectMany(d => (signaturesOf.GetValueOrDefault(d.Id) ?? []).GroupBy(s => s.Key, StringComparer.Ordinal).Select(g => g.MinBy(s => s.At)!).Select(s => (Document: d.Id, Signature: s)))
            .GroupBy(t => t.Signature.Key, StringComparer.Ordinal)
            .Select(g => (Count: g.Select(t => t.Document).Distinct(StringComparer.Ordinal).Count(), At: g.Min(t => t.Signature.At), Signature: g.First().Signature))
            .Where(t => names.ContainsKey(t.Signature.Actor) && names.ContainsKey(t.Signature.Target))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.At) // the lead tells the news
            .ThenBy(t => t.Signature.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Signature is null || best.Count * 2 <= members.Count && members.Count > 1)
        {
            return null;
        }

        var s = best.Signature;
        string arrow = EventType.Transfer.Is(s.Type) ? " → " : " – ";
        string detail = EventType.Transfer.Is(s.Type) ? s.Category ?? "transfer" : s.Type.ToLowerInvariant() + (s.Category is null ? "" : ", " + s.Category);
        return names[s.Actor] + arrow + names[s.Target] + ": " + detail;
    }

    // The entities the members share most (weighted by how many members share them); words only to make up two.
    private static string? Shared(int count, List<(int Id, double Weight)[]> vectors, string[] keys, Dictionary<string, string> names)
    {
        var ranked = vectors
            .SelectMany(v => v)
            .GroupBy(t => t.Id)
            .Select(g => (Key: keys[g.Key], Weight: g.Sum(t => t.Weight) * (count > 1 ? g.Count() : 1)))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        var top = ranked
            .Where(t => t.Key.StartsWith("e:", StringComparison.Ordinal) && names.ContainsKey(t.Key[2..]))
            .Select(t => names[t.Key[2..]])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(4)
            .ToList();
        if (top.Count < 2)
        {
            top.AddRange(ranked
                .Where(t => t.Key.StartsWith("w:", StringComparison.Ordinal))
                .Select(t => t.Key[2..])
                .Where(w => !top.Any(e => e.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Take(2 - top.Count));
        }

        return top.Count > 0 ? string.Join(", ", top) : null;
    }
}
