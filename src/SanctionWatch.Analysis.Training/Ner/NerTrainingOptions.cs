namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>Settings of one training run; the defaults reproduce the shipped models.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>The most passes over the training data; the pass with the best held-out F1 is kept.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>The seed of the shuffling between passes.</summary>
    public int Seed { get; init; } = 20140901;

    /// <summary>Features seen fewer times than this in training are dropped.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>
    /// Whether to train again on the training and selection data together for the number of passes the selection chose
    /// (more in-domain data for the shipped model; its selection score is then the first run's).
    /// </summary>
    public bool Refit { get; init; } = true;

    /// <summary>How many times per pass the target corpus's sentences are seen (the other corpora once).</summary>
    public int TargetRepeat { get; init; } = 1;

    /// <summary>Whether features are also copied with their corpus marked (domain adaptation when schemes differ).</summary>
    public bool CorpusFeatures { get; init; } = true;
}
