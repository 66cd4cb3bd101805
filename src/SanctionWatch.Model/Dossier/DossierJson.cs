using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanctionWatch.Model.Dossier;

/// <summary>Reads and writes the dossier as JSON in the contract's shape.</summary>
public static class DossierJson
{
    /// <summary>Options used for every dossier written by the project.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        // Article text is data: keep it readable (no \u escapes for umlauts); HTML escaping is the web layer's job.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = DossierJsonContext.Default,
    };

    /// <summary>Writes <paramref name="dossier"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, Dossier dossier) =>
        JsonSerializer.Serialize(stream, dossier, Options);

    /// <summary>The dossier as a JSON string.</summary>
    public static string ToJson(Dossier dossier) => JsonSerializer.Serialize(dossier, Options);

    /// <summary>Reads a dossier written by <see cref="Write"/>.</summary>
    public static Dossier? Read(string json) => JsonSerializer.Deserialize<Dossier>(json, Options);
}

[JsonSerializable(typeof(Dossier))]
internal sealed partial class DossierJsonContext : JsonSerializerContext;
