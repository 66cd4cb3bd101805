namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>A training sentence as indexes into a tag set: gold UPOS, XPOS and feature values (one per word and category).</summary>
internal sealed record TaggedSentence(string[] Words, int[] Upos, int[] Xpos, int[] Feats);
