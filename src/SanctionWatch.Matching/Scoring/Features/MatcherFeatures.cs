namespace SanctionWatch.Matching.Scoring.Features;

/// <summary>
/// The features of <see cref="EntityMatcher"/>, weighed by one <see cref="MatcherParameters"/> table: the name
/// features, then the adjustments in the order explanations list them.
/// </summary>
public sealed class MatcherFeatures
{
    /// <summary>The features weighed by <paramref name="parameters"/>.</summary>
    public MatcherFeatures(MatcherParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Name = NameFeature.NameMatch(parameters);
        WeakAlias = NameFeature.WeakAliasMatch(parameters);
        Adjustments = [new SchemaMismatch(parameters), new BirthDateMatch(parameters), new BirthDateMismatch(parameters), new CountryMismatch(parameters)];
    }

    /// <summary><c>name_match</c>.</summary>
    public NameFeature Name { get; }

    /// <summary><c>weak_alias_match</c>.</summary>
    public NameFeature WeakAlias { get; }

    /// <summary>The features that move the name score, in order.</summary>
    public IReadOnlyList<AdjustmentFeature> Adjustments { get; }

    /// <summary>Every feature, as <c>/algorithms</c> lists them.</summary>
    public IEnumerable<ScoreFeature> All => [Name, WeakAlias, .. Adjustments];
}
