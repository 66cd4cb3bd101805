using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Application;

/// <summary>
/// Builds the dossier of the stored, analysed documents with two versions of the loaded lists and reports the
/// listings its entities gained and lost — what a list import changes in the dossier, analysts' decisions included.
/// </summary>
public static class ListingRescreen
{
    /// <summary>The listings of every analysed document's entities under <paramref name="before"/> and under <paramref name="after"/>.</summary>
    /// <param name="store">The document store.</param>
    /// <param name="data">The reference data the dossiers are built with.</param>
    /// <param name="before">The lists before the import, or null when none were loaded.</param>
    /// <param name="after">The lists after the import, or null when none are loaded.</param>
    /// <param name="decisions">The analysts' review decisions, applied to both dossiers as the dossier command does; null for none.</param>
    public static RescreenReport Compare(IDocumentStore store, ReferenceData data, ScreeningIndex? before, ScreeningIndex? after, IReadOnlyList<ReviewDecision>? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var analysed = store.Load().Where(d => d.Analysis is not null).Select(d => d.Document.Id).ToList();
        if (analysed.Count == 0)
        {
            return new RescreenReport(0, [], []);
        }

        var was = new DossierService(store, data, lists: before, decisions: decisions).Build(analysed);
        var @is = new DossierService(store, data, lists: after, decisions: decisions).Build(analysed);
        var wasById = was.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var gained = new List<ListingChange>();
        var lost = new List<ListingChange>();
        foreach (var entity in @is.Entities)
        {
            var old = wasById.TryGetValue(entity.Id, out var o) ? o.Listings : [];
            gained.AddRange(Missing(entity, entity.Listings, old));
        }

        var isById = @is.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entity in was.Entities)
        {
            var now = isById.TryGetValue(entity.Id, out var n) ? n.Listings : [];
            lost.AddRange(Missing(entity, entity.Listings, now));
        }

        return new RescreenReport(@is.Entities.Count, gained, lost);
    }

    // The listings of `listings` that `other` does not have, by list and reference.
    private static IEnumerable<ListingChange> Missing(DossierEntity entity, IReadOnlyList<Listing> listings, IReadOnlyList<Listing> other) =>
        listings
            .Where(l => !other.Any(x => x.List == l.List && x.Reference == l.Reference))
            .Select(l => new ListingChange(entity.Id, entity.Name, l.List, l.Reference, l.Name, l.Program));
}
