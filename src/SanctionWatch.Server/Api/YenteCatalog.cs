using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Server.Hosting;

namespace SanctionWatch.Server.Api;

/// <summary>
/// The datasets a yente client may name, resolved against the lists this server loaded: a collection, an
/// OpenSanctions source name or a list id gives that dataset's screening index; anything else is not found.
/// The lists are read once, as the workbench's index is (a server serves the lists it started with).
/// </summary>
public sealed class YenteCatalog
{
    private readonly Workbench _workbench;
    private readonly Lazy<IReadOnlyList<ListMetadata>> _lists;

    /// <summary>Creates the catalog over <paramref name="workbench"/>.</summary>
    public YenteCatalog(Workbench workbench)
    {
        _workbench = workbench;
        _lists = new Lazy<IReadOnlyList<ListMetadata>>(workbench.Lists);
    }

    /// <summary>The loaded lists.</summary>
    public IReadOnlyList<ListMetadata> Lists => _lists.Value;

    /// <summary>The metadata of the list <paramref name="listId"/>, or null.</summary>
    public ListMetadata? List(string listId) => Lists.FirstOrDefault(l => l.ListId == listId);

    /// <summary>The screening index of <paramref name="dataset"/>, or null when no loaded list answers to that name.</summary>
    public ScreeningIndex? Index(string dataset)
    {
        if (YenteDatasets.Collections.Contains(dataset))
        {
            return Lists.Count == 0 ? null : _workbench.Index("default");
        }

        // An FtM import may carry an OpenSanctions name as its own list id.
        string listId = List(dataset) is not null ? dataset : YenteDatasets.ListIdOf(dataset);
        return List(listId) is null ? null : _workbench.Index(listId);
    }

    /// <summary>One list entry by id, or null.</summary>
    public ListEntity? Entity(string id) => _workbench.ListEntity(id);
}
