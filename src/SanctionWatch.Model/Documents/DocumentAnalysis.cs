namespace SanctionWatch.Model.Documents;

/// <summary>What the per-document pipeline found in one document; cross-document steps start from here.</summary>
/// <param name="DocumentId">The analysed document.</param>
/// <param name="AnalyzerVersion">Version of the pipeline that produced this, so stale analyses can be redone.</param>
/// <param name="Sentences">Sentence spans in document order.</param>
/// <param name="Mentions">Entity mentions in document order.</param>
public sealed record DocumentAnalysis(
    string DocumentId,
    string AnalyzerVersion,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Mention> Mentions)
{
    /// <summary>Events in document order; their arguments point into <see cref="Mentions"/>.</summary>
    public IReadOnlyList<EventMention> Events { get; init; } = [];

    /// <summary>Quotes in document order.</summary>
    public IReadOnlyList<QuoteMention> Quotes { get; init; } = [];
}
