namespace SanctionWatch.Storage.Watches;

/// <summary>Something an analyst watches: an entity, vessel, country or measure.</summary>
/// <param name="Id">The watch's number in the store.</param>
/// <param name="Kind">One of <see cref="WatchKinds.All"/>.</param>
/// <param name="Value">An entity id or name, a vessel name or IMO number, an ISO country code or a measure id.</param>
/// <param name="Created">When the watch was added.</param>
public sealed record Watch(long Id, string Kind, string Value, DateTimeOffset Created);
