using BenchmarkDotNet.Attributes;
using SanctionWatch.Lists.Import;
using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Benchmarks;

/// <summary>Name comparison and screening (candidate retrieval plus scoring) against the UN consolidated list.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MatchingBenchmarks
{
    private NameTransliterator transliterator = null!;
    private EntityMatcher matcher = null!;
    private ScreeningIndex unIndex = null!;
    private ScreeningQuery query = null!;

    [GlobalSetup]
    public void Setup()
    {
        transliterator = new NameTransliterator();
        matcher = new EntityMatcher(new NameNormalizer(transliterator), MatcherParameters.Default);
        var un = UnConsolidatedImporter.Import(SharedData.PathOf("data/sanctions/un/consolidated_2025-04-19.xml"), TimeProvider.System);
        unIndex = new ScreeningIndex(un.Entities, matcher);
        // A misspelt listed name, so retrieval must find candidates by n-gram rather than exact key.
        query = ScreeningQuery.ForName("Kim Jong Unn", "Person");
    }

    [GlobalCleanup]
    public void Cleanup() => transliterator.Dispose();

    [Benchmark]
    public double CompareNames() => matcher.CompareNames("Person", "Vladimir Vladimirovich Putin", "Wladimir Putin", explain: false).Score;

    [Benchmark]
    public int ScreenUn() => unIndex.Screen(query, 5, null, explain: false).Count;
}
