using SanctionWatch.Application.Reviews;
using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Server.Hosting;

/// <summary>
/// The server's side of review decisions: records them through <see cref="ReviewService"/> (the same checks as the
/// CLI), drops the cached dossier after each, and derives the audit trail.
/// </summary>
public sealed class ReviewDesk
{
    private readonly Workbench _workbench;
    private readonly ApiKeyFilter _key;
    private readonly Lock _writeLock = new();

    /// <summary>Creates the desk over <paramref name="workbench"/>; <paramref name="apiKey"/> guards the page forms as it guards the API.</summary>
    public ReviewDesk(Workbench workbench, string? apiKey)
    {
        _workbench = workbench;
        _key = new ApiKeyFilter(apiKey);
    }

    /// <summary>True when writes need the API key (the page forms then ask for it).</summary>
    public bool KeyRequired => _key.KeyRequired;

    /// <summary>True when no key is configured or <paramref name="given"/> is the key (compared in constant time).</summary>
    public bool KeyAccepted(string? given) => _key.Accepts(given);

    /// <summary>Checks and records a decision, then drops the cached dossier.</summary>
    /// <exception cref="InvalidReviewException">The decision is malformed or names something unknown.</exception>
    public ReviewDecision Record(string? kind, string? subject, string? other, string? verdict, string? comment, string? author)
    {
        lock (_writeLock)
        {
            using var store = _workbench.OpenReviews();
            var service = new ReviewService(store, id => _workbench.ListEntity(id) is not null, _workbench.Dossier);
            var decision = service.Record(kind, subject, other, verdict, comment, author);
            _workbench.InvalidateDossier();
            return decision;
        }
    }

    /// <summary>The decision log (<paramref name="all"/>) or the decisions in force.</summary>
    public IReadOnlyList<ReviewDecision> Decisions(bool all = false)
    {
        var log = _workbench.Decisions();
        return all ? log : ReviewLog.Current(log);
    }

    /// <summary>The audit trail of every listing and finding in the current dossier.</summary>
    public IReadOnlyList<AuditEntry> Audit() =>
        AuditTrail.Build(_workbench.Dossier(), _workbench.Decisions(), _workbench.Lists());
}
