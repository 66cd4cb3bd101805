namespace SanctionWatch.Analysis.Pipeline;

/// <summary>A run of a document's tokens: indexes <see cref="First"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public readonly record struct TokenRange(int First, int End)
{
    /// <summary>The number of tokens.</summary>
    public int Count => End - First;
}
