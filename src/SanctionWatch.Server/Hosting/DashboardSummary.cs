using DossierModel = SanctionWatch.Model.Dossier.Dossier;

namespace SanctionWatch.Server.Hosting;

/// <summary>
/// The dashboard's content, small whatever the store's size: counts, findings counted by measure and status,
/// the best-supported findings, the newest documents and the listed entities.
/// </summary>
/// <param name="Documents">Documents in the dossier.</param>
/// <param name="Entities">Entities.</param>
/// <param name="Events">Events.</param>
/// <param name="Quotes">Quotes.</param>
/// <param name="Findings">Findings.</param>
/// <param name="ListedEntities">Entities matched to a sanctions list entry.</param>
/// <param name="ByMeasureAndStatus">Findings counted per measure, then per status, both in ordinal order.</param>
/// <param name="TopFindings">At most <see cref="MaxFindings"/> findings, most independent sources first, by measure and status.</param>
/// <param name="NewestDocuments">The newest <see cref="MaxDocuments"/> documents.</param>
/// <param name="Listed">At most <see cref="MaxListed"/> listed entities, most mentioned first.</param>
public sealed record DashboardSummary(
    int Documents,
    int Entities,
    int Events,
    int Quotes,
    int Findings,
    int ListedEntities,
    IReadOnlyList<(string Measure, IReadOnlyList<(string Status, int Count)> Statuses)> ByMeasureAndStatus,
    IReadOnlyList<Finding> TopFindings,
    IReadOnlyList<DossierDocument> NewestDocuments,
    IReadOnlyList<DossierEntity> Listed)
{
    /// <summary>How many findings the dashboard lists (all are counted).</summary>
    public const int MaxFindings = 100;

    /// <summary>How many documents the dashboard lists.</summary>
    public const int MaxDocuments = 20;

    /// <summary>How many listed entities the dashboard lists.</summary>
    public const int MaxListed = 100;

    /// <summary>Summarises <paramref name="d"/>.</summary>
    public static DashboardSummary Of(DossierModel d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var byMeasure = d.Findings
            .GroupBy(f => f.Measure, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<(string, int)>)g.GroupBy(f => f.Status, StringComparer.Ordinal)
                .OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Count())).ToList()))
            .ToList();
        var top = d.Findings
            .OrderByDescending(f => f.Sources)
            .ThenBy(f => f.Measure, StringComparer.Ordinal)
            .ThenBy(f => f.Status, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Take(MaxFindings)
            .OrderBy(f => f.Measure, StringComparer.Ordinal)
            .ThenBy(f => f.Status, StringComparer.Ordinal)
            .ThenByDescending(f => f.Sources)
            .ToList();
        var listed = d.Entities.Where(e => e.Listings.Count > 0).ToList();
        return new DashboardSummary(
            d.Documents.Count,
            d.Entities.Count,
            d.Events.Count,
            d.Quotes.Count,
            d.Findings.Count,
            listed.Count,
            byMeasure,
            top,
            d.Documents.OrderByDescending(x => x.Published ?? "", StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal).Take(MaxDocuments).ToList(),
            listed.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal).Take(MaxListed).ToList());
    }
}
