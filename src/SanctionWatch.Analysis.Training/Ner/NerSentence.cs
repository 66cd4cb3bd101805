namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>A sentence of tokens with one gold BIO label each, and the corpus it came from (for corpus-marked features).</summary>
/// <param name="Tokens">The tokens as the corpus gives them.</param>
/// <param name="Labels">One BIO label per token.</param>
/// <param name="Corpus">A short name of the source corpus, e.g. <c>germeval</c>.</param>
public sealed record NerSentence(string[] Tokens, string[] Labels, string Corpus);
