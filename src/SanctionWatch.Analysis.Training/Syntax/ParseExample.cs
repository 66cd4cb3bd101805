namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>A parser training sentence: the words as the parser sees them (predicted tags, root appended) and the projectivised gold tree (root = word count).</summary>
internal sealed record ParseExample(WordAttributes[] Words, int[] GoldHeads, int[] GoldLabels);
