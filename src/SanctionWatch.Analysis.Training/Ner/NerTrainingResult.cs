namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>The outcome of a training run: the model and its scores on the held-out slices.</summary>
/// <param name="Model">The trained model.</param>
/// <param name="Selection">Scores on the slice used to choose the number of passes.</param>
/// <param name="Report">Scores on a slice used for nothing else (English: the last tenth of wikigold), or null.</param>
public sealed record NerTrainingResult(NerModel Model, NerEvaluation Selection, NerEvaluation? Report);
