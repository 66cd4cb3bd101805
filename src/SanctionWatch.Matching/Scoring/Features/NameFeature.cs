namespace SanctionWatch.Matching.Scoring.Features;

/// <summary>A feature that weighs the best alignment of two names: its weight multiplies the name score.</summary>
/// <param name="name">The feature's name.</param>
/// <param name="weight">The multiplier.</param>
/// <param name="description">What the feature measures.</param>
public sealed class NameFeature(string name, double weight, string description) : ScoreFeature(name)
{
    /// <summary><c>name_match</c>: a name or strong alias, weighed by <see cref="MatcherParameters.NameWeight"/>.</summary>
    public static NameFeature NameMatch(MatcherParameters p) => new(
        "name_match", p.NameWeight, "Best alignment of the query's names with the entry's names and strong aliases, across scripts and spellings.");

    /// <summary><c>weak_alias_match</c>: a weak alias, weighed by <see cref="MatcherParameters.WeakAliasFactor"/>.</summary>
    public static NameFeature WeakAliasMatch(MatcherParameters p) => new(
        "weak_alias_match", p.WeakAliasFactor, "As name_match, on a weak alias (a nickname or low-quality a.k.a.), discounted.");

    /// <inheritdoc/>
    public override string Description { get; } = description;

    /// <inheritdoc/>
    public override double Weight { get; } = weight;

    /// <summary>The weighed score of a name comparison.</summary>
    public double Weigh(double nameScore) => nameScore * Weight;
}
