namespace SanctionWatch.Matching.Scoring.Features;

/// <summary>A feature that moves the name score by what the two parties say besides their names.</summary>
/// <param name="name">The feature's name.</param>
public abstract class AdjustmentFeature(string name) : ScoreFeature(name)
{
    /// <summary>What the feature adds to the score of <paramref name="candidate"/> for <paramref name="query"/>: 0 when it does not apply.</summary>
    public abstract double Apply(MatchRecord query, MatchRecord candidate);

    /// <summary>Why it applies, for the explanation (called only when <see cref="Apply"/> is not 0).</summary>
    public abstract string Explain(MatchRecord query, MatchRecord candidate);
}
