using System.Text.Json.Serialization;

namespace SanctionWatch.Storage.Documents;

/// <summary>Serialises a document's analysis for storage.</summary>
public static class AnalysisJson
{
    /// <summary>The analysis as compact JSON.</summary>
    public static string Serialize(DocumentAnalysis analysis) =>
        JsonSerializer.Serialize(analysis, AnalysisJsonContext.Default.DocumentAnalysis);

    /// <summary>Reads an analysis written by <see cref="Serialize"/>.</summary>
    public static DocumentAnalysis Deserialize(string json) =>
        JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.DocumentAnalysis)
        ?? throw new StoreException("a stored analysis is empty");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DocumentAnalysis))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
