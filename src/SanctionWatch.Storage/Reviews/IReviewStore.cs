using SanctionWatch.Model.Reviews;

namespace SanctionWatch.Storage.Reviews;

/// <summary>
/// Keeps analyst decisions as an append-only log in tables of their own (component <c>reviews</c>), so that
/// re-analysis and list imports never touch them; the latest decision about each thing is the one in force.
/// </summary>
public interface IReviewStore : IDisposable
{
    /// <summary>Appends <paramref name="decision"/> to the log and returns it with its sequence number.</summary>
    ReviewDecision Add(ReviewDecision decision);

    /// <summary>The whole log, oldest first.</summary>
    IReadOnlyList<ReviewDecision> Log();

    /// <summary>The decisions in force: the latest about each thing.</summary>
    IReadOnlyList<ReviewDecision> Current() => ReviewLog.Current(Log());
}
