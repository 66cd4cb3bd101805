using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Storage.Documents;

namespace SanctionWatch.Application;

/// <summary>
/// Screens the stored entities against two versions of the loaded lists and reports the listings gained and lost —
/// what a list import changes in the dossier. Entities are resolved and linked exactly as the dossier does it,
/// without the rest of the dossier's work (events, findings, stories).
/// </summary>
public static class ListingRescreen
{
    /// <summary>The listings of every analysed document's entities under <paramref name="before"/> and under <paramref name="after"/>.</summary>
    /// <param name="store">The document store.</param>
    /// <param name="before">The lists before the import, or null when none were loaded.</param>
    /// <param name="after">The lists after the import, or null when none are loaded.</param>
    public static RescreenReport Compare(IDocumentStore store, ScreeningIndex? before, ScreeningIndex? after)
    {
        ArgumentNullException.ThrowIfNull(store);
        var analysed = store.Load()
            .Where(d => d.Analysis is not null)
            .Select(d => (d.Document, d.Analysis!))
            .OrderBy(d => d.Document.Id, StringComparer.Ordinal)
            .ToList();
        var resolution = new EntityResolver(EntityResolver.BuiltInPeople).Resolve(analysed);
        var old = before is null ? null : new ListingLinker(before);
        var now = after is null ? null : new ListingLinker(after);
        var gained = new List<ListingChange>();
        var lost = new List<ListingChange>();
        foreach (var entity in resolution.Entities)
        {
            var was = old?.Link(entity) ?? [];
            var @is = now?.Link(entity) ?? [];
            foreach (var listing in @is.Where(l => !was.Any(w => w.List == l.List && w.Reference == l.Reference)))
            {
                gained.Add(new ListingChange(entity.Id, entity.Name, listing.List, listing.Reference, listing.Name, listing.Program));
            }

            foreach (var listing in was.Where(w => !@is.Any(l => l.List == w.List && l.Reference == w.Reference)))
            {
                lost.Add(new ListingChange(entity.Id, entity.Name, listing.List, listing.Reference, listing.Name, listing.Program));
            }
        }

        return new RescreenReport(resolution.Entities.Count, gained, lost);
    }
}
