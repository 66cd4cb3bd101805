using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Assessment.Reviews;
using SanctionWatch.Lists.Model;

namespace SanctionWatch.Application.Reviews;

/// <summary>
/// Derives the audit trail from what already exists: the dossier (with decisions applied), the decision log and
/// the loaded lists' metadata. Nothing is stored twice, so the trail cannot disagree with the dossier.
/// </summary>
public static class AuditTrail
{
    /// <summary>The algorithm name of the finding rules, as the trail shows it.</summary>
    public const string FindingAlgorithm = "finding-rules";

    /// <summary>One entry per listing (including rejected ones) and per finding, listings first.</summary>
    /// <param name="dossier">The dossier with decisions applied.</param>
    /// <param name="log">The whole decision log.</param>
    /// <param name="lists">The loaded lists.</param>
    public static IReadOnlyList<AuditEntry> Build(Dossier dossier, IReadOnlyList<ReviewDecision> log, IReadOnlyList<ListMetadata> lists)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(lists);
        var listDates = lists.ToDictionary(l => l.ListId, l => l.ListDate, StringComparer.Ordinal);
        string Version(string list, string? date) =>
            list + "@" + (date ?? (listDates.GetValueOrDefault(list) is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unknown"));
        var entries = new List<AuditEntry>();
        var entities = dossier.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        foreach (var e in dossier.Entities)
        {
            foreach (var l in e.Listings)
            {
                string entry = ReviewApplier.EntryId(l);
                bool added = l.Algorithm == ReviewApplier.AnalystAlgorithm;
                entries.Add(new AuditEntry(
                    ReviewKinds.Listing,
                    e.Id,
                    entry,
                    $"{e.Name} = {l.Name}",
                    added ? "added" : l.Review is null ? "linked" : "confirmed",
                    l.Review is null ? "machine" : "analyst",
                    l.Algorithm,
                    l.Score,
                    added ? null : ListingLinker.LinkThreshold,
                    [Version(l.List, l.ListDate)],
                    log.Where(d => d.Kind == ReviewKinds.Listing && d.Subject == e.Id && d.Object == entry).ToList()));
            }
        }

        // A rejected listing is gone from the dossier; the decision log is where it is remembered.
        foreach (var d in ReviewLog.RejectedListings(log))
        {
            string list = d.Object.Split(':', 2)[0];
            string name = entities.TryGetValue(d.Subject, out var entity) ? entity.Name : d.Subject;
            entries.Add(new AuditEntry(
                ReviewKinds.Listing,
                d.Subject,
                d.Object,
                $"{name} ≠ {d.Object}",
                "rejected",
                "analyst",
                null,
                null,
                ListingLinker.LinkThreshold,
                [Version(list, null)],
                log.Where(x => x.Key == d.Key).ToList()));
        }

        var events = dossier.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var f in dossier.Findings)
        {
            var parties = f.Events
                .Where(events.ContainsKey)
                .SelectMany(id => new[] { events[id].Actor, events[id].Target })
                .OfType<string>()
                .Where(entities.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            // A designated-party finding rests on its parties' listings, so their versions and decisions belong to it.
            bool designated = f.Measure == "designated-party";
            var listings = designated ? parties.SelectMany(p => entities[p].Listings).Where(l => l.List == "un-sc").ToList() : [];
            var related = log.Where(d =>
                (d.Kind == ReviewKinds.Finding && d.Subject == f.Id)
                || (designated && d.Kind == ReviewKinds.Listing && parties.Contains(d.Subject))
                || (d.Kind == ReviewKinds.Merge && (parties.Contains(d.Subject) || parties.Contains(d.Object))))
                .ToList();
            entries.Add(new AuditEntry(
                ReviewKinds.Finding,
                f.Id,
                null,
                f.Summary,
                f.Review?.Decision ?? "derived",
                f.Review is null ? "machine" : "analyst",
                $"{FindingAlgorithm} ({f.Regime}: {f.Measure})",
                null,
                null,
                listings.Select(l => Version(l.List, l.ListDate)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                related));
        }

        return entries;
    }
}
