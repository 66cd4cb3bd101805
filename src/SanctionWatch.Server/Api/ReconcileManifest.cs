using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>The reconciliation service manifest of a dataset: what OpenRefine reads when the service is added.</summary>
public static class ReconcileManifest
{
    /// <summary>The space FollowTheMoney's types are named in, as yente names it, so that type choices carry over.</summary>
    public const string SchemaSpace = "https://www.opensanctions.org/reference/#schema";

    /// <summary>Writes the manifest of <paramref name="dataset"/>, its URLs on the host <paramref name="request"/> came to.</summary>
    public static void Write(Utf8JsonWriter w, HttpRequest request, string dataset, ScreeningIndex index)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(index);
        string root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        string service = $"{root}/reconcile/{Uri.EscapeDataString(dataset)}";
        // A query string (an API key, say) is passed on to the service's other endpoints, as yente does.
        string qs = request.QueryString.HasValue ? request.QueryString.Value! : "";
        w.WriteStartObject();
        w.WriteStartArray("versions");
        w.WriteStringValue("0.2");
        w.WriteEndArray();
        w.WriteString("name", $"{dataset} (SanctionWatch)");
        w.WriteString("identifierSpace", $"{root}/entities/");
        w.WriteString("schemaSpace", SchemaSpace);
        w.WriteStartObject("view");
        w.WriteString("url", $"{root}/entities/{{{{id}}}}");
        w.WriteEndObject();
        w.WriteString("documentation", $"{root}/openapi.json");
        w.WriteNumber("batchSize", 10);
        w.WriteStartObject("preview");
        w.WriteString("url", $"{service}/preview?id={{{{id}}}}");
        w.WriteNumber("width", 430);
        w.WriteNumber("height", 300);
        w.WriteEndObject();
        w.WriteStartObject("suggest");
        foreach (string kind in new[] { "entity", "type", "property" })
        {
            w.WriteStartObject(kind);
            w.WriteString("service_url", service);
            w.WriteString("service_path", $"/suggest/{kind}{qs}");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        WriteExtend(w, service, qs);
        w.WriteStartArray("defaultTypes");
        var present = index.Entities.Select(e => e.Schema).ToHashSet(StringComparer.Ordinal);
        foreach (var type in FtmTypes.Schemata.Where(t => present.Contains(t.Id) || t.Id == SchemaNames.LegalEntity))
        {
            w.WriteStartObject();
            w.WriteString("id", type.Id);
            w.WriteString("name", type.Name);
            w.WriteString("description", type.Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteExtend(Utf8JsonWriter w, string service, string qs)
    {
        w.WriteStartObject("extend");
        w.WriteStartObject("propose_properties");
        w.WriteString("service_url", service);
        w.WriteString("service_path", $"/extend/property{qs}");
        w.WriteEndObject();
        w.WriteStartArray("property_settings");
        w.WriteStartObject();
        w.WriteString("name", "limit");
        w.WriteString("label", "Limit");
        w.WriteString("type", "number");
        w.WriteNumber("default", 0);
        w.WriteString("help_text", "Maximum number of values to return per row (0 for no limit).");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("name", "render");
        w.WriteString("label", "Value rendering");
        w.WriteString("type", "select");
        w.WriteString("default", "caption");
        w.WriteStartArray("choices");
        w.WriteStartObject();
        w.WriteString("id", "caption");
        w.WriteString("name", "User-readable value");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("id", "raw");
        w.WriteString("name", "Machine-readable value");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("help_text", "Return readable value (e.g. 'Russia') instead of raw value ('ru').");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
