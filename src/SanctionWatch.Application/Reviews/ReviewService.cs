namespace SanctionWatch.Application.Reviews;

/// <summary>
/// Checks and records analyst decisions: the CLI, the API and the pages all go through here, so a bad id gets
/// the same one-line answer everywhere.
/// </summary>
public sealed partial class ReviewService
{
    /// <summary>The longest comment kept.</summary>
    public const int MaxComment = 2000;

    /// <summary>The longest author name kept.</summary>
    public const int MaxAuthor = 200;

    private readonly IReviewStore _store;
    private readonly Func<string, bool> _listEntryExists;
    private readonly Func<Dossier?> _dossier;
    private readonly TimeProvider _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where decisions are kept.</param>
    /// <param name="listEntryExists">True when a list entry id (<c>{list}:{reference}</c>) is loaded.</param>
    /// <param name="dossier">The current dossier, to check that entities and findings exist; null (or returning null) to check only the ids' form.</param>
    /// <param name="clock">The clock for <c>decidedAt</c>.</param>
    public ReviewService(IReviewStore store, Func<string, bool> listEntryExists, Func<Dossier?>? dossier = null, TimeProvider? clock = null)
    {
        _store = store;
        _listEntryExists = listEntryExists;
        _dossier = dossier ?? (() => null);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Checks a decision and appends it to the log; returns it as stored.</summary>
    /// <param name="kind"><c>listing</c>, <c>merge</c> or <c>finding</c>.</param>
    /// <param name="subject">The entity id (listing, merge) or the finding id.</param>
    /// <param name="other">The list entry id (listing) or the other entity id (merge); ignored for a finding.</param>
    /// <param name="verdict">positive/negative/unsure or an analyst's word for one (confirm, reject, same, different, needs-evidence).</param>
    /// <param name="comment">Why.</param>
    /// <param name="author">Who.</param>
    /// <exception cref="InvalidReviewException">Something in the decision is wrong; the message is one line.</exception>
    public ReviewDecision Record(string? kind, string? subject, string? other, string? verdict, string? comment = null, string? author = null)
    {
        if (!ReviewKinds.IsKnown(kind))
        {
            throw new InvalidReviewException($"unknown review kind '{kind}'; use listing, merge or finding");
        }

        string v = ReviewVerdicts.Parse(verdict)
            ?? throw new InvalidReviewException($"unknown decision '{verdict}'; use confirm, reject, needs-evidence (findings) or same, different (merges)");
        if (kind == ReviewKinds.Merge && v == ReviewVerdicts.Unsure)
        {
            throw new InvalidReviewException("a merge decision is same or different");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        author = string.IsNullOrWhiteSpace(author) ? null : author.Trim();
        if (comment?.Length > MaxComment || author?.Length > MaxAuthor)
        {
            throw new InvalidReviewException($"the comment may have at most {MaxComment} characters and the author {MaxAuthor}");
        }

        subject = subject?.Trim() ?? "";
        other = other?.Trim() ?? "";
        var dossier = _dossier();
        string obj;
        switch (kind)
        {
            case ReviewKinds.Listing:
                CheckEntity(subject, dossier);
                bool inDossier = dossier?.Entities.Any(e => e.Listings.Any(l => l.List + ":" + l.Reference == other)) ?? false;
                if (!inDossier && !_listEntryExists(other))
                {
                    throw new InvalidReviewException($"no list entry '{other}' is loaded (a list entry id is LIST:REFERENCE, e.g. un-sc:KPi.033)");
                }

                obj = other;
                break;
            case ReviewKinds.Merge:
                if (subject == other)
                {
                    throw new InvalidReviewException("a merge decision needs two different entity ids");
                }

                CheckEntity(subject, dossier);
                CheckEntity(other, dossier);

                (subject, obj) = ReviewLog.MergePair(subject, other);
                break;
            default:
                if (!FindingId().IsMatch(subject))
                {
                    throw new InvalidReviewException($"'{subject}' is not a finding id (fnd: and 16 hex digits)");
                }

                if (dossier is not null && dossier.Findings.All(f => f.Id != subject))
                {
                    throw new InvalidReviewException($"no finding '{subject}' in the dossier");
                }

                obj = "";
                break;
        }

        return _store.Add(new ReviewDecision(0, kind!, subject, obj, v, comment, author, _clock.GetUtcNow()));
    }

    private void CheckEntity(string id, Dossier? dossier)
    {
        if (!EntityId().IsMatch(id))
        {
            throw new InvalidReviewException($"'{id}' is not an entity id (ent: and 16 hex digits)");
        }

        // An entity merged away by an earlier decision is no longer in the dossier but may still be judged.
        if (dossier is not null && dossier.Entities.All(e => e.Id != id)
            && !_store.Log().Any(d => d.Kind == ReviewKinds.Merge && (d.Subject == id || d.Object == id)))
        {
            throw new InvalidReviewException($"no entity '{id}' in the dossier");
        }
    }

    [GeneratedRegex("^ent:[0-9a-f]{16}$")]
    private static partial Regex EntityId();

    [GeneratedRegex("^fnd:[0-9a-f]{16}$")]
    private static partial Regex FindingId();
}
