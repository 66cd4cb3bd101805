namespace SanctionWatch.Application;

/// <summary>What re-screening the stored entities found.</summary>
/// <param name="Entities">How many entities the dossier has.</param>
/// <param name="Gained">Listings the entities have now and did not have before, ordered by entity id.</param>
/// <param name="Lost">Listings the entities had before and have no longer, ordered by entity id.</param>
public sealed record RescreenReport(int Entities, IReadOnlyList<ListingChange> Gained, IReadOnlyList<ListingChange> Lost);
