using SanctionWatch.Application;
using SanctionWatch.Application.Alerts;
using SanctionWatch.Storage;
using SanctionWatch.Storage.Watches;
using DossierModel = SanctionWatch.Model.Dossier.Dossier;

namespace SanctionWatch.Server.Hosting;

/// <summary>The server's access to watches and alerts: a fresh connection per call, one check at a time.</summary>
public sealed class AlertDesk
{
    private readonly IStore _store;
    private readonly ReferenceData _data;
    private readonly Lock _checkLock = new();

    /// <summary>Creates the desk over <paramref name="store"/>, with the reference data <paramref name="data"/>.</summary>
    public AlertDesk(IStore store, ReferenceData data)
    {
        _store = store;
        _data = data;
    }

    /// <summary>Opens the watch store for one request.</summary>
    public IWatchStore Open() => _store.OpenWatches();

    /// <summary>Raises alerts for what is new in the dossier; builds it only when something is watched.</summary>
    public IReadOnlyList<Alert> Check(Func<DossierModel> dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        lock (_checkLock)
        {
            using var store = Open();
            var service = new AlertService(store, _data);
            if (!service.HasWork())
            {
                return [];
            }

            return service.Check(store.GetWatches().Count > 0 ? dossier() : null, w => Console.Error.WriteLine($"sanctionwatch: warning: {w}"));
        }
    }

    /// <summary>Adds a watch (what the dossier already holds counts as seen unless <paramref name="backfill"/>).</summary>
    /// <exception cref="ArgumentException">The kind or value is not valid.</exception>
    public Watch Add(string kind, string value, bool backfill, Func<DossierModel> dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        lock (_checkLock)
        {
            using var store = Open();
            var current = dossier();
            var watch = new AlertService(store, _data).AddWatch(kind, value, current, backfill);
            if (backfill)
            {
                new AlertService(store, _data).Check(current, w => Console.Error.WriteLine($"sanctionwatch: warning: {w}"));
            }

            return watch;
        }
    }

    /// <summary>Alerts, newest first, as the API writes them.</summary>
    public IReadOnlyList<AlertMessage> Alerts(bool unreadOnly, int limit)
    {
        using var store = Open();
        var watches = store.GetWatches().ToDictionary(w => w.Id);
        return store.GetAlerts(unreadOnly, Math.Clamp(limit, 1, 1000)).Select(a => AlertMessage.From(a, watches.GetValueOrDefault(a.WatchId))).ToList();
    }
}
