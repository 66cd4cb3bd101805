using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Assessment.Findings;

namespace SanctionWatch.Assessment.Tests.Support;

/// <summary>The built-in reference data, loaded once for all the tests of this project (a test fixture, not product state).</summary>
internal static class TestData
{
    /// <summary>The built-in gazetteers.</summary>
    public static Gazetteer Gazetteer { get; } = Gazetteer.LoadBuiltIn();

    /// <summary>The measures of the UN DPRK regime.</summary>
    public static MeasureTable Measures { get; } = MeasureTable.LoadUnDprk();

    /// <summary>The standard analyser over <see cref="Gazetteer"/>.</summary>
    public static DocumentAnalyzer Analyzer { get; } = DocumentAnalyzer.CreateStandard(Gazetteer);
}
