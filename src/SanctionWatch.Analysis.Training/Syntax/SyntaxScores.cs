namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>CoNLL 2018 scores on gold words: accuracies of UPOS, XPOS, UFeats and Lemma, UAS, LAS (relations without subtypes) and LAS with full labels.</summary>
public sealed record SyntaxScores(int Words, double Upos, double Xpos, double UFeats, double Lemma, double Uas, double Las, double LabelledFull);
