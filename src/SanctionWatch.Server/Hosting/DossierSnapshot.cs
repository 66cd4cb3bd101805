using System.Collections.Concurrent;
using DossierModel = SanctionWatch.Model.Dossier.Dossier;

namespace SanctionWatch.Server.Hosting;

/// <summary>
/// A dossier built at one store version, with what the pages look up in it indexed once, and the dashboard's
/// summary made once; <see cref="Stale"/> marks a snapshot served while a newer one is being built.
/// </summary>
public sealed class DossierSnapshot
{
    private readonly Lazy<DashboardSummary> _summary;
    private readonly ConcurrentDictionary<string, Lazy<object>> _rendered;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _sourceOf;

    /// <summary>
    /// Wraps <paramref name="dossier"/> built at store version <paramref name="version"/>; <paramref name="sourceGroups"/>
    /// makes <see cref="SourceOf"/> the first time a page asks (none: every document is its own source).
    /// </summary>
    public DossierSnapshot(DossierModel dossier, long version, bool storiesClustered, DateTimeOffset builtAt, TimeSpan buildTime,
        Func<IReadOnlyDictionary<string, string>>? sourceGroups = null)
    {
        _sourceOf = new Lazy<IReadOnlyDictionary<string, string>>(sourceGroups ?? (() => new Dictionary<string, string>(StringComparer.Ordinal)));
        Dossier = dossier;
        Version = version;
        StoriesClustered = storiesClustered;
        BuiltAt = builtAt;
        BuildTime = buildTime;
        _summary = new Lazy<DashboardSummary>(() => DashboardSummary.Of(dossier));
        _rendered = new ConcurrentDictionary<string, Lazy<object>>(StringComparer.Ordinal);
    }

    private DossierSnapshot(DossierSnapshot fresh)
    {
        Dossier = fresh.Dossier;
        Version = fresh.Version;
        StoriesClustered = fresh.StoriesClustered;
        BuiltAt = fresh.BuiltAt;
        BuildTime = fresh.BuildTime;
        _summary = fresh._summary;
        _rendered = fresh._rendered;
        _sourceOf = fresh._sourceOf;
        Stale = true;
    }

    /// <summary>The dossier.</summary>
    public DossierModel Dossier { get; }

    /// <summary>The store version (<see cref="Workbench.StoreVersion"/>) it was built at.</summary>
    public long Version { get; }

    /// <summary>False when the store was too large to cluster stories on the fly: <c>stories</c> is then empty.</summary>
    public bool StoriesClustered { get; }

    /// <summary>When it was built.</summary>
    public DateTimeOffset BuiltAt { get; }

    /// <summary>How long the build took.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>The source key of each document (equal keys are one independent source; see <c>SourceGroups</c>).</summary>
    public IReadOnlyDictionary<string, string> SourceOf => _sourceOf.Value;

    /// <summary>True when the store has changed since: a newer snapshot is being built.</summary>
    public bool Stale { get; }

    /// <summary>What the dashboard shows, computed once per snapshot.</summary>
    public DashboardSummary Summary => _summary.Value;

    /// <summary>What <paramref name="make"/> makes of this snapshot under <paramref name="key"/>, made once (a page body, say).</summary>
    public T Memo<T>(string key, Func<DossierSnapshot, T> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(make);
        return (T)_rendered.GetOrAdd(key, _ => new Lazy<object>(() => make(this))).Value;
    }

    /// <summary>The same snapshot marked stale.</summary>
    public DossierSnapshot AsStale() => Stale ? this : new DossierSnapshot(this);
}
