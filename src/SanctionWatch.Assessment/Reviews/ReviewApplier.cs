using SanctionWatch.Assessment.Findings;
using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Assessment.Reviews;

/// <summary>
/// Applies analyst decisions to a built dossier, so that they win over the machine's guess: positive merges join
/// entities (the ordinally smaller id survives), rejected listings disappear, confirmed listings the linker missed
/// are added, findings are re-derived from the changed entities, and every finding decision is noted on its finding.
/// A separate step after <c>DossierBuilder</c>, so that decisions survive re-analysis and list imports unchanged.
/// </summary>
/// <remarks>
/// A negative merge keeps two entities apart when a positive merge would otherwise join them; it cannot split an
/// entity the resolver already made from one name key (there is no finer unit left to split into).
/// </remarks>
public sealed class ReviewApplier
{
    /// <summary>The <c>algorithm</c> of a listing an analyst added.</summary>
    public const string AnalystAlgorithm = "analyst";

    private readonly Func<string, ListEntity?> _listEntry;
    private readonly FindingRules _rules;

    /// <summary>Creates the applier.</summary>
    /// <param name="rules">The finding rules to re-derive findings with.</param>
    /// <param name="listEntry">Finds a loaded list entry by id (<c>{list}:{reference}</c>), for confirmed listings the linker did not make.</param>
    public ReviewApplier(FindingRules rules, Func<string, ListEntity?>? listEntry = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _listEntry = listEntry ?? (_ => null);
        _rules = rules;
    }

    /// <summary>The list entry id of a listing: <c>{list}:{reference}</c>, as <see cref="ListEntity.Id"/> writes it.</summary>
    public static string EntryId(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.List + ":" + listing.Reference;
    }

    /// <summary>The dossier with <paramref name="decisions"/> applied; the same instance when none changes anything.</summary>
    /// <param name="dossier">The machine's dossier.</param>
    /// <param name="decisions">The decision log (or the decisions in force); the latest decision about each thing wins.</param>
    /// <param name="sourceOf">Each document's independent-source key, to re-derive findings; each document is its own source when null.</param>
    public Dossier Apply(Dossier dossier, IEnumerable<ReviewDecision> decisions, IReadOnlyDictionary<string, string>? sourceOf = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var current = ReviewLog.Current(decisions);
        if (current.Count == 0)
        {
            return dossier;
        }

        var known = dossier.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var survivor = Merges(current, known);
        bool changed = survivor.Count > 0;
        var entities = MergeEntities(dossier.Entities, survivor);

        foreach (var d in current.Where(d => d.Kind == ReviewKinds.Listing && d.Verdict != ReviewVerdicts.Unsure))
        {
            string id = survivor.GetValueOrDefault(d.Subject, d.Subject);
            if (!entities.TryGetValue(id, out var entity))
            {
                continue;
            }

            var updated = ApplyListing(entity, d);
            if (!ReferenceEquals(updated, entity))
            {
                entities[id] = updated;
                changed = true;
            }
        }

        var events = dossier.Events;
        var partial = dossier.PartialEvents;
        var quotes = dossier.Quotes;
        var findings = dossier.Findings;
        if (changed)
        {
            string? Map(string? id) => id is not null && survivor.TryGetValue(id, out string? to) ? to : id;
            DossierEvent Remapped(DossierEvent e) => e with { Actor = Map(e.Actor), Target = Map(e.Target), Location = Map(e.Location), Claimant = Map(e.Claimant) };
            events = survivor.Count == 0 ? events : events.Select(Remapped).ToList();
            partial = survivor.Count == 0 ? partial : partial.Select(Remapped).ToList();
            quotes = survivor.Count == 0 ? quotes : quotes.Select(q => q with { Speaker = Map(q.Speaker) }).ToList();
            var fallback = sourceOf ?? dossier.Documents.ToDictionary(doc => doc.Id, doc => doc.Id, StringComparer.Ordinal);
            findings = _rules.Assess(events, entities, fallback);
        }

        var findingDecisions = current
            .Where(d => d.Kind == ReviewKinds.Finding)
            .ToDictionary(d => d.Subject, StringComparer.Ordinal);
        if (findingDecisions.Count > 0)
        {
            findings = findings
                .Select(f => findingDecisions.TryGetValue(f.Id, out var d) ? f with { Review = Note(d) } : f)
                .ToList();
        }

        if (!changed && findingDecisions.Count == 0)
        {
            return dossier;
        }

        return dossier with
        {
            Entities = entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
            Events = events,
            PartialEvents = partial,
            Quotes = quotes,
            Findings = findings,
        };
    }

    private static ReviewNote Note(ReviewDecision d) => new(d.Decision, d.Comment, d.Author, d.DecidedAt);

    // Union-find over the positive merges, in the order they were decided; a union that would put two entities an
    // analyst called different into one entity is skipped. Returns each merged-away id's surviving id.
    private static Dictionary<string, string> Merges(IReadOnlyList<ReviewDecision> current, Dictionary<string, DossierEntity> known)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string id)
        {
            while (parent.TryGetValue(id, out string? up) && up != id)
            {
                id = up;
            }

            return id;
        }

        var apart = current
            .Where(d => d.Kind == ReviewKinds.Merge && d.Verdict == ReviewVerdicts.Negative)
            .Select(d => (d.Subject, d.Object))
            .ToList();
        foreach (var d in current.Where(d => d.Kind == ReviewKinds.Merge && d.Verdict == ReviewVerdicts.Positive))
        {
            if (!known.ContainsKey(d.Subject) || !known.ContainsKey(d.Object))
            {
                continue;
            }

            string a = Find(d.Subject);
            string b = Find(d.Object);
            if (a == b || apart.Any(p => (Find(p.Subject) == a && Find(p.Object) == b) || (Find(p.Subject) == b && Find(p.Object) == a)))
            {
                continue;
            }

            // The smaller id survives, so the outcome does not depend on the order of the two ids in the decision.
            var (keep, drop) = ReviewLog.MergePair(a, b);
            parent[drop] = keep;
            parent[keep] = keep;
        }

        return parent.Keys
            .Select(id => (Id: id, Root: Find(id)))
            .Where(p => p.Id != p.Root)
            .ToDictionary(p => p.Id, p => p.Root, StringComparer.Ordinal);
    }

    private static Dictionary<string, DossierEntity> MergeEntities(IReadOnlyList<DossierEntity> all, Dictionary<string, string> survivor)
    {
        var result = new Dictionary<string, DossierEntity>(StringComparer.Ordinal);
        foreach (var group in all.GroupBy(e => survivor.GetValueOrDefault(e.Id, e.Id), StringComparer.Ordinal))
        {
            var members = group.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            var keep = members.First(e => e.Id == group.Key);
            if (members.Count == 1)
            {
                result[keep.Id] = keep;
                continue;
            }

            var aliases = members
                .SelectMany(e => new[] { e.Name }.Concat(e.Aliases))
                .Where(n => n != keep.Name)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var mentions = members
                .SelectMany(e => e.Mentions)
                .Distinct()
                .OrderBy(s => s.Document, StringComparer.Ordinal)
                .ThenBy(s => s.Start)
                .ToList();
            var listings = members
                .SelectMany(e => e.Listings)
                .GroupBy(EntryId, StringComparer.Ordinal)
                .Select(g => g.MaxBy(l => l.Score)!)
                .OrderByDescending(l => l.Score)
                .ThenBy(EntryId, StringComparer.Ordinal)
                .ToList();
            result[keep.Id] = keep with
            {
                Aliases = aliases,
                Country = keep.Country ?? members.Select(e => e.Country).FirstOrDefault(c => c is not null),
                Mentions = mentions,
                Listings = listings,
            };
        }

        return result;
    }

    private DossierEntity ApplyListing(DossierEntity entity, ReviewDecision d)
    {
        int at = -1;
        for (int i = 0; i < entity.Listings.Count; i++)
        {
            if (EntryId(entity.Listings[i]) == d.Object)
            {
                at = i;
                break;
            }
        }

        if (d.Verdict == ReviewVerdicts.Negative)
        {
            return at < 0 ? entity : entity with { Listings = entity.Listings.Where((_, i) => i != at).ToList() };
        }

        if (at >= 0)
        {
            var listings = entity.Listings.ToList();
            listings[at] = listings[at] with { Review = Note(d) };
            return entity with { Listings = listings };
        }

        if (_listEntry(d.Object) is not { } entry)
        {
            // The entry's list is not loaded (any more): there is nothing to show the listing with.
            return entity;
        }

        string detail = string.IsNullOrWhiteSpace(d.Comment) ? "confirmed by analyst" : "confirmed by analyst: " + d.Comment;
        var added = new Listing(entry.ListId, entry.Reference, entry.Caption, entry.Programs.Count > 0 ? entry.Programs[0] : null, 1.0)
        {
            Explanations = new Dictionary<string, FeatureExplanation>(StringComparer.Ordinal) { ["analyst"] = new(1.0, detail) },
            ListDate = entry.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Algorithm = AnalystAlgorithm,
            Review = Note(d),
        };
        return entity with { Listings = [added, .. entity.Listings] };
    }
}
