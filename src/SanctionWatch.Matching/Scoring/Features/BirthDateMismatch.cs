namespace SanctionWatch.Matching.Scoring.Features;

/// <summary>
/// <c>birth_date_mismatch</c>: both sides give birth dates that differ; a year apart (a common slip) costs
/// <see cref="MatcherParameters.BirthYearNearPenalty"/>, more costs the full weight.
/// </summary>
public sealed class BirthDateMismatch(MatcherParameters p) : AdjustmentFeature("birth_date_mismatch")
{
    private readonly int _tolerance = p.BirthYearTolerance;

    private readonly double _near = -p.BirthYearNearPenalty;

    /// <inheritdoc/>
    public override string Description { get; } =
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Both birth dates are known and differ (years at most {p.BirthYearTolerance} apart: {-p.BirthYearNearPenalty}).");

    /// <inheritdoc/>
    public override double Weight { get; } = -p.BirthDateConflictPenalty;

    /// <inheritdoc/>
    public override double Apply(MatchRecord query, MatchRecord candidate) =>
        BirthDates.Compare(query.BirthDates, candidate.BirthDates, _tolerance).Agreement switch
        {
            BirthDateAgreement.NearYear => _near,
            BirthDateAgreement.Conflict => Weight,
            _ => 0,
        };

    /// <inheritdoc/>
    public override string Explain(MatchRecord query, MatchRecord candidate) =>
        (BirthDates.Compare(query.BirthDates, candidate.BirthDates, _tolerance).Agreement == BirthDateAgreement.NearYear ? "birth dates differ: " : "birth dates conflict: ")
        + $"{string.Join('/', query.BirthDates)} vs {string.Join('/', candidate.BirthDates)}";
}
