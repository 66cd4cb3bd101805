namespace SanctionWatch.Storage.Watches;

/// <summary>
/// Keeps watches, what each watch has already seen (so that an alert fires once) and the alerts raised; one contract
/// for the SQLite and PostgreSQL stores.
/// </summary>
public interface IWatchStore : IDisposable
{
    /// <summary>Adds a watch and, in the same transaction, marks <paramref name="seen"/> as already known to it.</summary>
    Watch AddWatch(string kind, string value, DateTimeOffset created, IReadOnlyCollection<string> seen);

    /// <summary>Every watch, oldest first.</summary>
    IReadOnlyList<Watch> GetWatches();

    /// <summary>Removes a watch with its seen keys and alerts; false when there was none.</summary>
    bool RemoveWatch(long id);

    /// <summary>Removes the alerts and seen keys that name <paramref name="documentId"/> (a purged document); returns how many alerts.</summary>
    int ForgetDocument(string documentId);

    /// <summary>The keys <paramref name="watchId"/> has already seen.</summary>
    IReadOnlySet<string> GetSeen(long watchId);

    /// <summary>Marks <paramref name="seen"/> as known to the watch and stores <paramref name="alerts"/>, in one transaction.</summary>
    /// <returns>The stored alerts, with their ids.</returns>
    IReadOnlyList<Alert> Record(long watchId, IReadOnlyCollection<string> seen, IReadOnlyList<NewAlert> alerts, DateTimeOffset created);

    /// <summary>Alerts, newest first; only unread ones when <paramref name="unreadOnly"/>.</summary>
    IReadOnlyList<Alert> GetAlerts(bool unreadOnly = false, int limit = 100);

    /// <summary>Marks alerts as read: the given ids, or every alert when <paramref name="ids"/> is null.</summary>
    /// <returns>How many were unread before.</returns>
    int Acknowledge(IReadOnlyCollection<long>? ids);

    /// <summary>Alerts not yet posted to the webhook, oldest first.</summary>
    IReadOnlyList<Alert> GetUndelivered(int limit = 100);

    /// <summary>Marks alerts as posted to the webhook.</summary>
    void MarkDelivered(IReadOnlyCollection<long> ids);

    /// <summary>A setting (<c>webhook</c>), or null when unset.</summary>
    string? GetSetting(string name);

    /// <summary>Sets a setting; null removes it.</summary>
    void SetSetting(string name, string? value);
}
