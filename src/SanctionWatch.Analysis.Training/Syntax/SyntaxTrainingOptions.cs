namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>Settings of <c>syntax train</c>; the defaults reproduce the shipped models.</summary>
public sealed record SyntaxTrainingOptions
{
    /// <summary>The seed of every shuffle and of the oracle's exploration.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>The most tagger passes (training stops after two without gain).</summary>
    public int TaggerEpochs { get; init; } = 12;

    /// <summary>The most parser passes (training stops after three without gain).</summary>
    public int ParserEpochs { get; init; } = 15;

    /// <summary>How often (from the second pass) the parser follows its own prediction rather than the oracle.</summary>
    public double Exploration { get; init; } = 0.9;

    /// <summary>Folds of jackknife tagging, so that the parser learns on tags as good as at run time (1 = gold tags).</summary>
    public int Folds { get; init; } = 4;

    /// <summary>Averaged weights smaller than this are dropped (keeps the model small).</summary>
    public float Threshold { get; init; } = 0.1f;

    /// <summary>Tagger weights below this are dropped from the saved model (default: 1 for English, none for German).</summary>
    /// <remarks>English EWT dev: 16.3 MB unpruned, 4.8 MB with 1 / 2, UPOS 0.9515 → 0.9501, LAS 0.8096 → 0.8055. German's model is 4.7 MB as trained.</remarks>
    public float? TaggerPrune { get; init; }

    /// <summary>Parser weights below this are dropped from the saved model (default: 2 for English, none for German).</summary>
    public float? ParserPrune { get; init; }

    /// <summary>A lifted relation seen fewer times than this keeps its plain label.</summary>
    public int MinLiftedLabel { get; init; } = 3;
}
