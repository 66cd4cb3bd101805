namespace SanctionWatch.Analysis.Ner;

/// <summary>A named-entity span over token indices: tokens <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
/// <param name="Start">The first token's index.</param>
/// <param name="End">One past the last token's index.</param>
/// <param name="Type">The entity type, e.g. <c>PER</c>, <c>ORG</c>, <c>LOC</c>, <c>OTH</c>, <c>LOCderiv</c>, <c>ORGpart</c>.</param>
public readonly record struct NerSpan(int Start, int End, string Type)
{
    /// <summary>The type without GermEval's <c>deriv</c> / <c>part</c> suffix (PER, ORG, LOC or OTH).</summary>
    public string BaseType => BioLabels.BaseType(Type);

    /// <summary>The number of tokens covered.</summary>
    public int Length => End - Start;
}
