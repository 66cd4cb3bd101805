using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanctionWatch.Lists.Ftm;
using SanctionWatch.Lists.Model;

namespace SanctionWatch.Server.Api;

/// <summary>yente's system endpoints: <c>/readyz</c> (the screening index is built), <c>/catalog</c> (the datasets loaded) and <c>/algorithms</c>.</summary>
public sealed class SystemApi(YenteCatalog catalog)
{
    /// <summary><c>GET /readyz</c>: 200 once the index of every loaded list is built, 503 while there is none.</summary>
    public IResult Ready() =>
        catalog.Index("default") is null ? YenteErrors.Detail(503, "Index not ready.") : Results.Json(new { status = "ok" });

    /// <summary><c>GET /algorithms</c>.</summary>
    public static IResult Algorithms() => JsonAnswer.Bytes(YenteAlgorithms.WriteList);

    /// <summary><c>GET /catalog</c>: each loaded list under its OpenSanctions name, and the collections holding them all.</summary>
    public IResult Catalog() => JsonAnswer.Bytes(w =>
    {
        var lists = catalog.Lists;
        var names = lists.Select(l => YenteDatasets.NameOf(l.ListId)).ToArray();
        w.WriteStartObject();
        w.WriteStartArray("datasets");
        if (lists.Count > 0)
        {
            string version = lists.Select(Version).Max(StringComparer.Ordinal)!;
            Collection(w, "default", "All loaded lists", names, version, lists.Sum(l => l.EntityCount));
            Collection(w, "sanctions", "Sanctions lists", names, version, lists.Sum(l => l.EntityCount));
        }

        foreach (var list in lists)
        {
            Dataset(w, YenteDatasets.NameOf(list.ListId), list.Title, "source", [], Version(list), list.EntityCount, list);
        }

        w.WriteEndArray();
        w.WriteStringArray("current", (lists.Count > 0 ? YenteDatasets.Collections : []).Concat(names));
        w.WriteStartArray("outdated");
        w.WriteEndArray();
        w.WriteBoolean("index_stale", false);
        w.WriteEndObject();
    });

    private static void Collection(Utf8JsonWriter w, string name, string title, string[] children, string version, int count) =>
        Dataset(w, name, title, "collection", children, version, count, null);

    private static void Dataset(Utf8JsonWriter w, string name, string title, string type, string[] children, string version, int count, ListMetadata? list)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("title", title);
        w.WriteString("type", type);
        w.WriteString("summary", list is null ? $"{title} on this SanctionWatch server" : $"{list.Title}, imported from {list.SourceFiles}");
        w.WriteNull("url");
        w.WriteBoolean("load", true);
        w.WriteNull("entities_url");
        w.WriteString("version", version);
        w.WriteString("index_version", version);
        w.WriteBoolean("index_current", true);
        w.WriteNumber("entity_count", count);
        if (list?.ListDate is { } date)
        {
            w.WriteString("last_change", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00");
        }

        w.WriteStringArray("children", children);
        w.WriteEndObject();
    }

    // A list version as OpenSanctions writes one (yyyyMMddHHmmss-xxx): the list's date and when it was imported.
    private static string Version(ListMetadata list) =>
        (list.ListDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? list.ImportedAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture))
        + list.ImportedAt.UtcDateTime.ToString("HHmmss", CultureInfo.InvariantCulture) + "-swl";
}
