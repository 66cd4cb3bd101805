using SanctionWatch.Lists.Ftm;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Cli.Commands;

/// <summary>Writes the dossier as FollowTheMoney entities, one JSON object a line (documents, entities, events, mentions).</summary>
public static class FtmExport
{
    private const string Dataset = "sanctionwatch";

    private static readonly HashSet<string> PartySchemata = new(StringComparer.Ordinal) { SchemaNames.Person, SchemaNames.Organization, SchemaNames.Company, SchemaNames.LegalEntity, SchemaNames.Vessel, SchemaNames.Airplane, SchemaNames.PublicBody };

    /// <summary>Writes every entity of <paramref name="dossier"/> to <paramref name="output"/>; returns how many.</summary>
    public static int Write(Dossier dossier, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        int count = 0;
        void Emit(string id, string schema, Dictionary<string, IEnumerable<string?>> properties)
        {
            using (var w = new Utf8JsonWriter(output, ScreeningJson.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("schema", schema);
                w.WriteStartObject("properties");
                foreach (var (key, values) in properties)
                {
                    var kept = values.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
                    if (kept.Count > 0)
                    {
                        w.WriteStringArray(key, kept);
                    }
                }

                w.WriteEndObject();
                w.WriteStringArray("datasets", [Dataset]);
                w.WriteEndObject();
            }

            output.Write("\n"u8);
            count++;
        }

        foreach (var d in dossier.Documents)
        {
            Emit(d.Id, "PlainText", new() { ["title"] = [d.Title ?? d.Source], ["fileName"] = [d.Source], ["language"] = [d.Language], ["publishedAt"] = [d.Published] });
        }

        foreach (var e in dossier.Entities)
        {
            bool party = PartySchemata.Contains(e.Schema);
            Emit(e.Id, party ? e.Schema : SchemaNames.Address, party
                ? new() { ["name"] = [e.Name], ["alias"] = e.Aliases, ["country"] = [e.Country], ["topics"] = e.Listings.Count > 0 ? ["sanction"] : [] }
                : new() { ["full"] = [e.Name], ["country"] = [e.Country] });
            int n = 0;
            foreach (var m in e.Mentions)
            {
                Emit($"{e.Id}-mention-{n++}", "Mention", new()
                {
                    ["resolved"] = [e.Id],
                    ["document"] = [m.Document],
                    ["name"] = [m.Text],
                    ["detectedSchema"] = [party ? e.Schema : SchemaNames.Address],
                    ["contextCountry"] = [e.Country],
                });
            }
        }

        foreach (var ev in dossier.Events)
        {
            Emit(ev.Id, "Event", new()
            {
                ["name"] = [ev.Type + (ev.Mode is null ? "" : "/" + ev.Mode)],
                ["summary"] = ev.Evidence.Select(s => s.Text),
                ["date"] = [ev.Date?.Value],
                ["location"] = [ev.Location],
                ["organizer"] = [ev.Actor],
                ["involved"] = [ev.Actor, ev.Target],
                ["proof"] = ev.Evidence.Select(s => s.Document),
                ["notes"] = [ev.Modality, .. ev.Items.Select(i => i.Text), .. ev.Evidence.Select(Where)],
            });
        }

        return count;

        // "doc:…, S/2024/215, para. 45, p. 23" for evidence from a paged report, so the export says where to look.
        string? Where(EvidenceSpan s)
        {
            var title = dossier.Documents.FirstOrDefault(d => d.Id == s.Document)?.Title;
            return Citation.Of(title, s.Paragraph, s.Page) is { } where ? s.Document + ", " + where : null;
        }
    }
}
