using Microsoft.AspNetCore.Http;
using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Server.Api;

/// <summary>
/// What a <c>/match</c> or <c>/search</c> request keeps of the entries found, as yente filters them: <c>topics</c> (any
/// of), <c>include_dataset</c>, <c>changed_since</c>, and the <see cref="Exclusions"/> (<c>exclude_*</c>, analysts' rejections).
/// </summary>
public sealed class ResultFilter
{
    private readonly Exclusions _exclusions;
    private readonly HashSet<string> _topics;
    private readonly HashSet<string> _include;
    private readonly string? _changedSince;
    private readonly FtmEntityWriter _writer;

    private ResultFilter(Exclusions exclusions, HashSet<string> topics, HashSet<string> include, string? changedSince, FtmEntityWriter writer)
    {
        _exclusions = exclusions;
        _topics = topics;
        _include = include;
        _changedSince = changedSince;
        _writer = writer;
    }

    /// <summary>How many more candidates to fetch so that the limit still fills after filtering.</summary>
    public int Headroom => _exclusions.Headroom + (_topics.Count + _include.Count > 0 || _changedSince is not null ? 200 : 0);

    /// <summary>Reads the filters of <paramref name="query"/>; null with <paramref name="error"/> when one cannot be read.</summary>
    public static ResultFilter? From(IQueryCollection query, IReadOnlyList<ReviewDecision> log, FtmEntityWriter writer, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? since = QueryParameters.Timestamp(query, "changed_since", out error);
        if (error is not null)
        {
            return null;
        }

        var include = QueryParameters.List(query, "include_dataset");
        include.UnionWith(QueryParameters.List(query, "datasets"));
        return new ResultFilter(Exclusions.From(query, log), QueryParameters.List(query, "topics"), include, since, writer);
    }

    /// <summary>True when <paramref name="entity"/> may be returned for the query <paramref name="key"/> (with optional <paramref name="queryId"/>).</summary>
    public bool Keeps(ListEntity entity, string key, string? queryId)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return !_exclusions.Excludes(entity, key, queryId)
            && (_include.Count == 0 || YenteDatasets.Names(_include, entity.ListId))
            && (_topics.Count == 0 || FtmEntityWriter.Topics(entity).Any(_topics.Contains))
            && (_changedSince is null || string.CompareOrdinal(_writer.Seen(entity) ?? "", _changedSince) >= 0);
    }
}
