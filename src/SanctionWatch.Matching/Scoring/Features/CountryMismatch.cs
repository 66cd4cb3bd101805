namespace SanctionWatch.Matching.Scoring.Features;

/// <summary><c>country_mismatch</c>: both sides name countries (nationality, citizenship, jurisdiction) and none is shared.</summary>
public sealed class CountryMismatch(MatcherParameters p) : AdjustmentFeature("country_mismatch")
{
    /// <inheritdoc/>
    public override string Description => "Both sides name countries and none is shared.";

    /// <inheritdoc/>
    public override double Weight { get; } = -p.CountryMismatchPenalty;

    /// <inheritdoc/>
    public override double Apply(MatchRecord query, MatchRecord candidate) =>
        query.Countries.Length > 0 && candidate.Countries.Length > 0 && !query.Countries.Intersect(candidate.Countries).Any() ? Weight : 0;

    /// <inheritdoc/>
    public override string Explain(MatchRecord query, MatchRecord candidate) =>
        $"query {string.Join('/', query.Countries)}, candidate {string.Join('/', candidate.Countries)}";
}
