using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Pipeline;

namespace SanctionWatch.Analysis.Tests.Support;

/// <summary>The built-in language packs and gazetteers, loaded once for all the tests of this project (a test fixture, not product state).</summary>
internal static class TestPacks
{
    private static readonly LanguagePacks Packs = new();
    private static readonly Lazy<Gazetteer> BuiltInGazetteer = new(Gazetteer.LoadBuiltIn);
    private static readonly Lazy<GazetteerRecognizer> PlacesRecognizer = new(() => new GazetteerRecognizer(BuiltInGazetteer.Value.Places));
    private static readonly Lazy<DocumentAnalyzer> StandardAnalyzer = new(() => DocumentAnalyzer.CreateStandard(BuiltInGazetteer.Value, Packs));

    /// <summary>The pack of <paramref name="language"/>.</summary>
    public static LanguagePack For(string language) => Packs.Get(language);

    /// <summary>The recogniser over the built-in places.</summary>
    public static GazetteerRecognizer Places => PlacesRecognizer.Value;

    /// <summary>The standard analyser.</summary>
    public static DocumentAnalyzer Analyzer => StandardAnalyzer.Value;
}
