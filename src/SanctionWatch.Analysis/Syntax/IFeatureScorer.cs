namespace SanctionWatch.Analysis.Syntax;

/// <summary>Scores the classes of one decision from its hashed features; the runtime tables and the trainer's growing tables both implement it.</summary>
internal interface IFeatureScorer
{
    /// <summary>The number of classes.</summary>
    int Classes { get; }

    /// <summary>Sets <paramref name="scores"/>[0..Classes) to the summed weights of the features.</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
