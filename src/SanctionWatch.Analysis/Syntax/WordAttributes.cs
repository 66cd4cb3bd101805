namespace SanctionWatch.Analysis.Syntax;

/// <summary>The per-word values the parser's templates read: hashes of the lower-cased form and features, tag indexes and the word cluster.</summary>
internal readonly record struct WordAttributes(ulong Form, ulong Tag, ulong Upos, ulong Cluster, ulong Feats)
{
    /// <summary>The artificial root at the end of the buffer.</summary>
    public static WordAttributes Root { get; } = new(2, 2, 2, 2, 2);
}
