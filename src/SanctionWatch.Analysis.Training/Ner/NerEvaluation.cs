namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>
/// Accumulates strict span matches between gold and predicted BIO labels, per type, as the GermEval 2014
/// metric counts outer chunks: a span counts only when its boundaries and its type both match.
/// </summary>
public sealed class NerEvaluation
{
    /// <summary>GermEval 2014's twelve outer classes.</summary>
    public static readonly IReadOnlyList<string> GermEvalTypes =
    [
        "PER", "PERderiv", "PERpart", "ORG", "ORGderiv", "ORGpart", "LOC", "LOCderiv", "LOCpart", "OTH", "OTHderiv", "OTHpart",
    ];

    private readonly Dictionary<string, NerScore> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NerScore> _byBaseType = new(StringComparer.Ordinal);

    /// <summary>The number of sentences added.</summary>
    public int Sentences { get; private set; }

    /// <summary>The number of tokens added.</summary>
    public int Tokens { get; private set; }

    /// <summary>Counts per type, strict (e.g. <c>LOCderiv</c> apart from <c>LOC</c>).</summary>
    public IReadOnlyDictionary<string, NerScore> ByType => _byType;

    /// <summary>Counts per base type, with -deriv and -part folded into their base (PER, ORG, LOC, OTH).</summary>
    public IReadOnlyDictionary<string, NerScore> ByBaseType => _byBaseType;

    /// <summary>All types together, strict.</summary>
    public NerScore Overall => _byType.Values.Aggregate(default(NerScore), (a, b) => a + b);

    /// <summary>All types together with -deriv and -part folded into their base type.</summary>
    public NerScore OverallBase => _byBaseType.Values.Aggregate(default(NerScore), (a, b) => a + b);

    /// <summary>Compares one sentence's gold and predicted labels.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted labels differ in length", nameof(predicted));
        }

        Sentences++;
        Tokens += gold.Count;
        var goldSpans = BioLabels.ToSpans(gold);
        var predictedSpans = BioLabels.ToSpans(predicted);
        Count(goldSpans, predictedSpans, _byType, s => s);
        Count(goldSpans, predictedSpans, _byBaseType, s => s with { Type = s.BaseType });
    }

    private static void Count(List<NerSpan> gold, List<NerSpan> predicted, Dictionary<string, NerScore> into, Func<NerSpan, NerSpan> map)
    {
        var goldSet = gold.Select(map).ToHashSet();
        var predictedSet = predicted.Select(map).ToHashSet();
        foreach (var span in predictedSet)
        {
            var hit = goldSet.Contains(span);
            Bump(into, span.Type, hit ? new NerScore(1, 0, 0) : new NerScore(0, 1, 0));
        }

        foreach (var span in goldSet)
        {
            if (!predictedSet.Contains(span))
            {
                Bump(into, span.Type, new NerScore(0, 0, 1));
            }
        }
    }

    private static void Bump(Dictionary<string, NerScore> into, string type, NerScore add) =>
        into[type] = into.GetValueOrDefault(type) + add;
}
