using System.Text.Encodings.Web;

namespace SanctionWatch.Cli.Commands;

/// <summary>The JSON settings of <c>review list --json</c>: the decision's own property names, readable text.</summary>
public static class ReviewJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
