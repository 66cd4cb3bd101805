using System.Collections.Concurrent;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Storage;

namespace SanctionWatch.Server.Hosting;

/// <summary>
/// The screening indexes over the lists in the server's store, one per dataset (<c>default</c> for all lists, or one
/// list), each built the first time a request asks for it, with the one matcher the server was composed with.
/// </summary>
public sealed class ScreeningIndexes
{
    private readonly Lazy<IReadOnlyList<ListEntity>> _entities;
    private readonly Lazy<EntityMatcher> _matcher;
    private readonly ConcurrentDictionary<string, Lazy<ScreeningIndex?>> _indexes = new(StringComparer.Ordinal);

    /// <summary>Creates the indexes over the lists of <paramref name="store"/>, scored by <paramref name="matcher"/>.</summary>
    public ScreeningIndexes(IStore store, Lazy<EntityMatcher> matcher)
    {
        ArgumentNullException.ThrowIfNull(store);
        _matcher = matcher;
        _entities = new Lazy<IReadOnlyList<ListEntity>>(() =>
        {
            using var lists = store.OpenLists();
            return lists.GetEntities();
        });
    }

    /// <summary>The screening index of <paramref name="dataset"/> (<c>default</c>, <c>sanctions</c> or a list id), or null when unknown or empty.</summary>
    public ScreeningIndex? Index(string dataset)
    {
        string key = dataset is "default" or "sanctions" ? "default" : dataset;
        return _indexes.GetOrAdd(key, k => new Lazy<ScreeningIndex?>(() =>
        {
            var entities = k == "default" ? _entities.Value : _entities.Value.Where(e => e.ListId == k).ToList();
            return entities.Count == 0 ? null : new ScreeningIndex(entities, _matcher.Value);
        })).Value;
    }

    /// <summary>One list entry by id, or null.</summary>
    public ListEntity? Entity(string id) => _entities.Value.FirstOrDefault(e => e.Id == id);
}
