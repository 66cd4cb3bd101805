namespace SanctionWatch.Storage.Lists;

/// <summary>Keeps the loaded version of each sanctions list; replacing a list is atomic.</summary>
public interface IListStore : IDisposable
{
    /// <summary>The loaded lists, by id.</summary>
    IReadOnlyList<ListMetadata> GetLists();

    /// <summary>One loaded list's metadata, or null.</summary>
    ListMetadata? GetList(string listId);

    /// <summary>
    /// Replaces the loaded version of the snapshot's list with it in one transaction: readers see either the old
    /// version or the new one, and a failure leaves the old one.
    /// </summary>
    void ReplaceList(ListSnapshot snapshot);

    /// <summary>Removes a list; returns false when it was not loaded.</summary>
    bool RemoveList(string listId);

    /// <summary>The entries of the given lists (all lists when <paramref name="listIds"/> is null or empty).</summary>
    IReadOnlyList<ListEntity> GetEntities(IReadOnlyCollection<string>? listIds = null);
}
