namespace SanctionWatch.Matching.Scoring.Features;

/// <summary><c>schema_mismatch</c>: the two schemata cannot be the same party (a person and a vessel).</summary>
public sealed class SchemaMismatch(MatcherParameters p) : AdjustmentFeature("schema_mismatch")
{
    /// <inheritdoc/>
    public override string Description => "The query's and the entry's schemata cannot be the same party.";

    /// <inheritdoc/>
    public override double Weight { get; } = -p.SchemaMismatchPenalty;

    /// <inheritdoc/>
    public override double Apply(MatchRecord query, MatchRecord candidate) =>
        EntityMatcher.SchemasCompatible(query.Schema, candidate.Schema) ? 0 : Weight;

    /// <inheritdoc/>
    public override string Explain(MatchRecord query, MatchRecord candidate) => $"query is a {query.Schema}, candidate a {candidate.Schema}";
}
