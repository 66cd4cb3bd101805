namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>Span counts for one entity type (or all), with precision, recall and F1 derived from them.</summary>
/// <param name="TruePositives">Predicted spans that match a gold span exactly (boundaries and type).</param>
/// <param name="FalsePositives">Predicted spans with no exact gold match.</param>
/// <param name="FalseNegatives">Gold spans with no exact predicted match.</param>
public readonly record struct NerScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>The number of gold spans.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>The number of predicted spans.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>Correct predictions over predictions (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>Correct predictions over gold spans (0 when there are none).</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    public static NerScore operator +(NerScore a, NerScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>Adds two counts (the named form of <c>+</c>).</summary>
    public static NerScore Add(NerScore left, NerScore right) => left + right;
}
