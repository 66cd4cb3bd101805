using Microsoft.AspNetCore.Http;
using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Server.Api;

/// <summary>
/// The list entries a <c>/match</c> request leaves out, as yente does: <c>exclude_entity_ids</c>,
/// <c>exclude_schema</c> and <c>exclude_dataset</c> (repeated or comma-separated query parameters), plus the
/// entries an analyst rejected for the query's entity (a query keyed or <c>id</c>-ed by a dossier entity id).
/// </summary>
public sealed class Exclusions
{
    private readonly HashSet<string> _ids;
    private readonly HashSet<string> _schemas;
    private readonly HashSet<string> _datasets;
    private readonly ILookup<string, string> _rejected;

    private Exclusions(HashSet<string> ids, HashSet<string> schemas, HashSet<string> datasets, ILookup<string, string> rejected)
    {
        _ids = ids;
        _schemas = schemas;
        _datasets = datasets;
        _rejected = rejected;
    }

    /// <summary>How many more candidates to fetch so that the limit still fills after exclusion.</summary>
    public int Headroom => _ids.Count + (_schemas.Count + _datasets.Count > 0 ? 50 : 0) + Math.Min(_rejected.Count, 20);

    /// <summary>Reads the query parameters and the analysts' decision log.</summary>
    public static Exclusions From(IQueryCollection query, IReadOnlyList<ReviewDecision> log)
    {
        ArgumentNullException.ThrowIfNull(query);
        HashSet<string> Values(string name) => query[name]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var rejected = ReviewLog.RejectedEntries(log);
        return new Exclusions(Values("exclude_entity_ids"), Values("exclude_schema"), Values("exclude_dataset"), rejected);
    }

    /// <summary>True when <paramref name="entity"/> must not be returned for the query <paramref name="key"/> (with optional <paramref name="queryId"/>).</summary>
    public bool Excludes(ListEntity entity, string key, string? queryId)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return _ids.Contains(entity.Id)
            || _schemas.Contains(entity.Schema)
            || YenteDatasets.Names(_datasets, entity.ListId)
            || _rejected[key].Contains(entity.Id)
            || (queryId is not null && _rejected[queryId].Contains(entity.Id));
    }
}
