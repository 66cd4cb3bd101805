namespace SanctionWatch.Matching.Scoring.Features;

/// <summary>
/// One named feature of the matcher, as nomenklatura's logic-v2 has them: the name explanations use, what it means,
/// and its weight, read from the <see cref="MatcherParameters"/> table.
/// </summary>
/// <param name="name">The feature's name in explanations and in <c>/algorithms</c>.</param>
public abstract class ScoreFeature(string name)
{
    /// <summary>The feature's name (<c>name_match</c>, <c>country_mismatch</c>, …).</summary>
    public string Name { get; } = name;

    /// <summary>What the feature measures.</summary>
    public abstract string Description { get; }

    /// <summary>The feature's weight: a multiplier of the name score, or what it adds to the score (negative for a penalty).</summary>
    public abstract double Weight { get; }
}
