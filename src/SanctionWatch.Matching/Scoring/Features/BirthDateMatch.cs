namespace SanctionWatch.Matching.Scoring.Features;

/// <summary><c>birth_date_match</c>: both sides give the same full birth date.</summary>
public sealed class BirthDateMatch(MatcherParameters p) : AdjustmentFeature("birth_date_match")
{
    private readonly int _tolerance = p.BirthYearTolerance;

    /// <inheritdoc/>
    public override string Description => "Both birth dates are known and agree.";

    /// <inheritdoc/>
    public override double Weight { get; } = p.BirthDateMatchBonus;

    /// <inheritdoc/>
    public override double Apply(MatchRecord query, MatchRecord candidate) =>
        BirthDates.Compare(query.BirthDates, candidate.BirthDates, _tolerance).Agreement == BirthDateAgreement.Same ? Weight : 0;

    /// <inheritdoc/>
    public override string Explain(MatchRecord query, MatchRecord candidate) =>
        $"same birth date {BirthDates.Compare(query.BirthDates, candidate.BirthDates, _tolerance).Same}";
}
