using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace SanctionWatch.Server.Api;

/// <summary>The JSON settings of every API answer: the contract's property names, readable non-ASCII text.</summary>
public static class JsonDefaults
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // JSON is not HTML: the pages escape article text; the API keeps it readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
