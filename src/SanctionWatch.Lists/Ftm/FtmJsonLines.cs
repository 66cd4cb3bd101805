using System.Text;
using System.Text.Json;
using SanctionWatch.Lists.Import;

namespace SanctionWatch.Lists.Ftm;

/// <summary>
/// FollowTheMoney JSON lines: one entity per line with <c>id</c>, <c>schema</c>, <c>properties</c>; the export adds
/// <c>caption</c>, <c>datasets</c> and the provenance fields <c>reference</c>, <c>programs</c>, <c>source_file</c>,
/// <c>list_date</c> so that an export imports back to the same entries.
/// </summary>
public static class FtmJsonLines
{
    /// <summary>Writes entities as JSON lines.</summary>
    public static void Write(IEnumerable<ListEntity> entities, Stream output)
    {
        var newline = "\n"u8.ToArray();
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var e in entities)
        {
            writer.Reset(output);
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("schema", e.Schema);
            writer.WriteString("caption", e.Caption);
            writer.WriteStringArray("datasets", [e.ListId]);
            writer.WriteString("reference", e.Reference);
            writer.WriteStringArray("programs", e.Programs);
            writer.WriteString("source_file", e.SourceFile);
            if (e.ListDate is { } d)
            {
                writer.WriteString("list_date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            writer.WriteStartObject("properties");
            foreach (var (key, values) in e.Properties)
            {
                writer.WriteStringArray(key, values);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            output.Write(newline);
        }
    }

    /// <summary>Reads an FtM JSON lines file; the list id is the entities' dataset, else the file's name.</summary>
    public static ListSnapshot Import(string path, TimeProvider clock)
    {
        string file = Path.GetFileName(path);
        string fallbackList = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        var entities = new List<ListEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? listId = null;
        DateOnly? listDate = null;
        int lineNo = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ListEntity entity;
            try
            {
                entity = ParseLine(line, fallbackList, file);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new ListImportException($"{file} line {lineNo}: not a FollowTheMoney entity ({SafeXml.OneLine(e.Message)})", e);
            }

            listId ??= entity.ListId;
            if (entity.ListId != listId)
            {
                entity = entity with { ListId = listId };
            }

            if (entity.ListDate is { } d && (listDate is null || d > listDate))
            {
                listDate = d;
            }

            if (seen.Add(entity.Id))
            {
                entities.Add(entity);
            }
        }

        if (entities.Count == 0)
        {
            throw new ListImportException($"{file}: no FollowTheMoney entities found");
        }

        var meta = new ListMetadata(listId!, $"FollowTheMoney dataset {listId}", listDate, file, ListFormat.FtmJsonLines, entities.Count, clock.GetUtcNow());
        return new ListSnapshot(meta, entities, []);
    }

    private static ListEntity ParseLine(string line, string fallbackList, string file)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        string id = root.GetProperty("id").GetString() ?? throw new FormatException("id is null");
        string schema = root.GetProperty("schema").GetString() ?? throw new FormatException("schema is null");
        var props = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var prop in p.EnumerateObject())
            {
                var values = prop.Value.ValueKind == JsonValueKind.Array
                    ? prop.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
                    : prop.Value.ValueKind == JsonValueKind.String ? [prop.Value.GetString()!] : [];
                if (values.Length > 0)
                {
                    props[prop.Name] = values;
                }
            }
        }

        string listId = root.TryGetProperty("datasets", out var ds) && ds.ValueKind == JsonValueKind.Array && ds.GetArrayLength() > 0
            ? ds[0].GetString() ?? fallbackList
            : fallbackList;
        string reference = root.TryGetProperty("reference", out var r) && r.GetString() is { } rs
            ? rs
            : id.StartsWith(listId + ":", StringComparison.Ordinal) ? id[(listId.Length + 1)..] : id;
        string caption = root.TryGetProperty("caption", out var c) && c.GetString() is { } cs
            ? cs
            : props.TryGetValue(FtmProperty.Name, out var names) ? names[0] : id;
        string[] programs = root.TryGetProperty("programs", out var pr) && pr.ValueKind == JsonValueKind.Array
            ? pr.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToArray()
            : props.TryGetValue("program", out var pp) ? pp.ToArray() : [];
        string source = root.TryGetProperty("source_file", out var sf) && sf.GetString() is { } sfs ? sfs : file;
        DateOnly? listDate = root.TryGetProperty("list_date", out var ld) ? ListDates.ParseDate(ld.GetString()) : null;
        return new ListEntity(id, schema, caption, listId, reference, programs, source, listDate, props);
    }
}
