namespace SanctionWatch.Application;

/// <summary>One listing an entity gained or lost.</summary>
/// <param name="EntityId">The dossier entity's id.</param>
/// <param name="EntityName">The dossier entity's name.</param>
/// <param name="List">The list.</param>
/// <param name="Reference">The list's own reference for the entry.</param>
/// <param name="ListedName">The entry's name as the list writes it.</param>
/// <param name="Program">The entry's first programme, or null.</param>
public sealed record ListingChange(string EntityId, string EntityName, string List, string Reference, string ListedName, string? Program);
