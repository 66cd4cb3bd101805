using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Support;

/// <summary>One short text through the whole standard analyser, and the name and country of an event's side: the helpers the event tests share.</summary>
internal static class ShortTexts
{
    /// <summary>The analysis of <paramref name="text"/> in <paramref name="language"/>, published on 2025-06-12.</summary>
    public static DocumentAnalysis Analyze(string language, string text) =>
        TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-06-12", text, null));

    /// <summary>The canonical name of the mention an event's side refers to, or null.</summary>
    public static string? Name(DocumentAnalysis analysis, ArgumentRef? side) =>
        side is null ? null : analysis.Mentions[side.Mention].Name;

    /// <summary>The country code of the mention an event's side refers to, or null.</summary>
    public static string? Country(DocumentAnalysis analysis, ArgumentRef? side) =>
        side is null ? null : analysis.Mentions[side.Mention].Country;
}
