namespace SanctionWatch.Lists.Changes;

/// <summary>
/// Compares two versions of a list entry by entry, keyed by the list's own reference (so a renamed entry is a
/// change, not a removal and an addition), and names the fields that differ.
/// </summary>
public static class ListDiff
{
    /// <summary>The field name used for a change of programmes.</summary>
    public const string ProgramsField = "programs";

    /// <summary>The field name used for a change of schema (a person turned into an organisation, …).</summary>
    public const string SchemaField = "schema";

    /// <summary>The field name used for a change of the entry's caption.</summary>
    public const string CaptionField = "caption";

    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/>.</summary>
    public static ListDiffResult Compare(IEnumerable<ListEntity> older, IEnumerable<ListEntity> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = ByKey(older);
        var after = ByKey(newer);
        var added = new List<ListChange>();
        var removed = new List<ListChange>();
        var changed = new List<ListChange>();
        int unchanged = 0;
        foreach (var (key, entity) in after)
        {
            if (!before.TryGetValue(key, out var old))
            {
                added.Add(new ListChange(entity.ListId, entity.Reference, entity.Caption, []));
                continue;
            }

            var fields = ChangedFields(old, entity);
            if (fields.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new ListChange(entity.ListId, entity.Reference, entity.Caption, fields));
            }
        }

        foreach (var (key, entity) in before)
        {
            if (!after.ContainsKey(key))
            {
                removed.Add(new ListChange(entity.ListId, entity.Reference, entity.Caption, []));
            }
        }

        return new ListDiffResult(Sorted(added), Sorted(removed), Sorted(changed), unchanged);
    }

    /// <summary>The fields whose values differ between two versions of one entry, in ordinal order; value order does not count.</summary>
    public static IReadOnlyList<string> ChangedFields(ListEntity older, ListEntity newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        if (!string.Equals(older.Schema, newer.Schema, StringComparison.Ordinal))
        {
            fields.Add(SchemaField);
        }

        // Captions are joined from name parts as the file spaces them; spacing alone is no change.
        if (!string.Equals(Spaced(older.Caption), Spaced(newer.Caption), StringComparison.Ordinal))
        {
            fields.Add(CaptionField);
        }

        if (!SameValues(older.Programs, newer.Programs))
        {
            fields.Add(ProgramsField);
        }

        foreach (string property in older.Properties.Keys.Union(newer.Properties.Keys, StringComparer.Ordinal))
        {
            if (!SameValues(older.Get(property), newer.Get(property)))
            {
                fields.Add(property);
            }
        }

        return fields.ToList();
    }

    private static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SameValues(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);

    // A list id with its reference: the same reference in two different lists names two different entries.
    private static Dictionary<(string ListId, string Reference), ListEntity> ByKey(IEnumerable<ListEntity> entities)
    {
        var map = new Dictionary<(string, string), ListEntity>();
        foreach (var entity in entities)
        {
            map.TryAdd((entity.ListId, entity.Reference), entity);
        }

        return map;
    }

    private static List<ListChange> Sorted(List<ListChange> changes) =>
        changes
            .OrderBy(c => c.ListId, StringComparer.Ordinal)
            .ThenBy(c => c.Reference, StringComparer.Ordinal)
            .ToList();
}
