using SanctionWatch.Assessment.Dossiers;
using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Application.Alerts;

/// <summary>
/// Compares the dossier with what each watch has already seen and stores an alert for everything new, then posts
/// undelivered alerts to the webhook when one is configured. Runs after every command that changes the store.
/// </summary>
public sealed class AlertService
{
    /// <summary>The setting holding the webhook address.</summary>
    public const string WebhookSetting = "webhook";

    private readonly IWatchStore _store;
    private readonly ReferenceData _data;
    private readonly TimeProvider _clock;
    private readonly HttpMessageHandler? _handler;

    /// <summary>Creates the service over <paramref name="store"/>, checking measure watches against <paramref name="data"/>; <paramref name="handler"/> replaces the webhook's network stack (tests).</summary>
    public AlertService(IWatchStore store, ReferenceData data, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        _store = store;
        _data = data;
        _clock = clock ?? TimeProvider.System;
        _handler = handler;
    }

    /// <summary>The dossier of every analysed document in <paramref name="documents"/> (documents still queued are left out).</summary>
    /// <remarks>With the analysts' decisions applied, as everywhere else, and without stories, which no watch reads.</remarks>
    public static Dossier CurrentDossier(IDocumentStore documents, ReferenceData data, ScreeningIndex? lists = null, TimeProvider? clock = null, IReadOnlyList<ReviewDecision>? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var analysed = documents.Load().Where(d => d.Analysis is not null).Select(d => (d.Document, d.Analysis!)).ToList();
        return new DossierService(documents, data, clock, lists, decisions).Build(analysed, clusterStories: false);
    }

    /// <summary>Checks and normalises a watch's kind and value.</summary>
    /// <exception cref="ArgumentException">The kind is unknown, or the value does not fit it (one line, for the user).</exception>
    public (string Kind, string Value) Normalise(string kind, string value)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(value);
        kind = kind.Trim().ToLowerInvariant();
        value = value.Trim();
        if (!WatchKinds.All.Contains(kind))
        {
            throw new ArgumentException($"unknown watch kind '{kind}'; use one of: {string.Join(", ", WatchKinds.All)}");
        }

        if (value.Length == 0 || value.Length > 500)
        {
            throw new ArgumentException("the watched value must be 1 to 500 characters");
        }

        switch (kind)
        {
            case WatchKinds.Country:
                if (value.Length != 2 || !value.All(char.IsAsciiLetter))
                {
                    throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-2 country code (e.g. kp, ru)");
                }

                return (kind, value.ToLowerInvariant());
            case WatchKinds.Measure:
                var measures = _data.Measures.Measures.Select(m => m.Id).ToList();
                string id = value.ToLowerInvariant();
                if (!measures.Contains(id))
                {
                    throw new ArgumentException($"unknown measure '{value}'; use one of: {string.Join(", ", measures)}");
                }

                return (kind, id);
            default:
                return (kind, value);
        }
    }

    /// <summary>
    /// Adds a watch. Without <paramref name="backfill"/>, everything <paramref name="current"/> already holds is
    /// recorded as seen, so that only what comes later raises alerts; with it, the next check alerts on everything.
    /// </summary>
    /// <exception cref="ArgumentException">The kind or value is not valid.</exception>
    public Watch AddWatch(string kind, string value, Dossier? current, bool backfill = false)
    {
        (kind, value) = Normalise(kind, value);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!backfill && current is not null)
        {
            var probe = new Watch(0, kind, value, _clock.GetUtcNow());
            foreach (var hit in WatchEvaluator.Evaluate(probe, current))
            {
                seen.UnionWith(hit.Keys);
            }
        }

        return _store.AddWatch(kind, value, _clock.GetUtcNow(), seen);
    }

    /// <summary>Records an alert for every new hit of every watch in <paramref name="dossier"/>, then delivers pending alerts.</summary>
    /// <param name="dossier">The current dossier; null to only deliver pending alerts.</param>
    /// <param name="warn">Receives one-line warnings (a webhook that fails).</param>
    /// <returns>The alerts raised now.</returns>
    public IReadOnlyList<Alert> Check(Dossier? dossier, Action<string>? warn = null)
    {
        var raised = new List<Alert>();
        if (dossier is not null)
        {
            foreach (var watch in _store.GetWatches())
            {
                var seen = _store.GetSeen(watch.Id);
                var fresh = WatchEvaluator.Evaluate(watch, dossier).Where(h => h.Keys.Any(k => !seen.Contains(k))).ToList();
                if (fresh.Count > 0)
                {
                    raised.AddRange(_store.Record(watch.Id, fresh.SelectMany(h => h.Keys).ToHashSet(StringComparer.Ordinal), fresh.Select(h => h.Alert).ToList(), _clock.GetUtcNow()));
                }
            }
        }

        Deliver(warn);
        return raised;
    }

    /// <summary>True when there is anything to check: a watch, or an alert waiting for the webhook.</summary>
    public bool HasWork() =>
        _store.GetWatches().Count > 0 || (_store.GetSetting(WebhookSetting) is not null && _store.GetUndelivered(1).Count > 0);

    /// <summary>Posts undelivered alerts to the webhook, oldest first; stops at the first failure so they are retried in order next time.</summary>
    /// <returns>How many were delivered.</returns>
    public int Deliver(Action<string>? warn = null)
    {
        if (_store.GetSetting(WebhookSetting) is not { } address || !Uri.TryCreate(address, UriKind.Absolute, out var url))
        {
            return 0;
        }

        var pending = _store.GetUndelivered(500);
        if (pending.Count == 0)
        {
            return 0;
        }

        var watches = _store.GetWatches().ToDictionary(w => w.Id);
        using var sender = new WebhookSender(_handler);
        var delivered = new List<long>();
        foreach (var alert in pending)
        {
            string? failure = sender.PostAsync(url, AlertMessage.From(alert, watches.GetValueOrDefault(alert.WatchId))).GetAwaiter().GetResult();
            if (failure is not null)
            {
                warn?.Invoke(string.Create(
                    CultureInfo.InvariantCulture,
                    $"webhook {url}: {failure}; {pending.Count - delivered.Count} alert(s) stay stored and are posted on the next run"));
                break;
            }

            delivered.Add(alert.Id);
        }

        if (delivered.Count > 0)
        {
            _store.MarkDelivered(delivered);
        }

        return delivered.Count;
    }

    /// <summary>Sets (or with null clears) the webhook; alerts raised before it was set are not posted.</summary>
    /// <exception cref="ArgumentException">The address is not an absolute http(s) URL.</exception>
    public void SetWebhook(string? url)
    {
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArgumentException($"'{url}' is not an http or https address");
        }

        var pending = _store.GetUndelivered(int.MaxValue);
        if (pending.Count > 0)
        {
            _store.MarkDelivered(pending.Select(a => a.Id).ToList());
        }

        _store.SetSetting(WebhookSetting, url);
    }
}
