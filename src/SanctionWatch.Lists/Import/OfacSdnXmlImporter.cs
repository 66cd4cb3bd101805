using System.Globalization;

namespace SanctionWatch.Lists.Import;

/// <summary>Reads OFAC's <c>sdnList</c> XML (the schema of <c>sdn.xml</c> and the consolidated non-SDN list).</summary>
public static class OfacSdnXmlImporter
{
    /// <summary>The list id for the consolidated non-SDN list.</summary>
    public const string ConsolidatedListId = "us-ofac-cons";

    /// <summary>Parses the file; the list id is <c>us-ofac-cons</c> unless the file name says <c>sdn</c> alone.</summary>
    public static ListSnapshot Import(string path, TimeProvider clock)
    {
        string file = Path.GetFileName(path);
        string listId = file.Contains("cons", StringComparison.OrdinalIgnoreCase) || file.Contains("non", StringComparison.OrdinalIgnoreCase)
            ? ConsolidatedListId
            : OfacSdnCsvImporter.ListId;
        return SafeXml.ReadList(path, "sdnList", "an OFAC sdnList file", (reader, name) => Parse(reader, name, listId, clock));
    }

    private static IEnumerable<XElement> Children(XElement? e, string name) =>
        e is null ? [] : e.Elements().Where(x => x.Name.LocalName == name);

    private static string? Text(XElement? e, string name) =>
        Children(e, name).FirstOrDefault()?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static ListSnapshot Parse(XmlReader reader, string file, string listId, TimeProvider clock)
    {
        DateOnly? listDate = ListDates.FromFileName(file);
        var entities = new List<ListEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builders = new List<EntityBuilder>();
        foreach (var e in SafeXml.Elements(reader, "publshInformation", "sdnEntry"))
        {
            if (e.Name.LocalName == "publshInformation")
            {
                if (DateOnly.TryParseExact(Text(e, "Publish_Date"), "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    listDate = d;
                }
            }
            else
            {
                var b = ReadEntry(e, listId);
                if (seen.Add(b.Reference))
                {
                    builders.Add(b);
                }
            }
        }

        entities.AddRange(builders.Select(b => b.Build(file, listDate)));
        string title = listId == ConsolidatedListId ? "US OFAC Consolidated (non-SDN) List" : "US OFAC Specially Designated Nationals (SDN) List";
        var meta = new ListMetadata(listId, title, listDate, file, ListFormat.OfacSdnXml, entities.Count, clock.GetUtcNow());
        return new ListSnapshot(meta, entities, []);
    }

    private static string FullName(XElement e)
    {
        string? last = Text(e, "lastName");
        string? first = Text(e, "firstName");
        return first is null ? last ?? string.Empty : $"{last}, {first}";
    }

    private static readonly string[] s_fields0 = ["address1", "address2", "city", "stateOrProvince", "postalCode", "country"];

    private static EntityBuilder ReadEntry(XElement e, string listId)
    {
        var b = new EntityBuilder(listId, Text(e, "uid") ?? "unknown", OfacSdnCsvImporter.SchemaOf(Text(e, "sdnType") ?? "entity"));
        string name = FullName(e);
        b.Caption = name;
        b.Add(FtmProperty.Name, name);
        b.Add(FtmProperty.FirstName, Text(e, "firstName"));
        b.Add(FtmProperty.LastName, Text(e, "lastName"));
        b.Add(FtmProperty.Title, Text(e, "title"));
        foreach (var p in Children(Children(e, "programList").FirstOrDefault(), "program"))
        {
            b.AddProgram(p.Value);
        }

        foreach (var aka in Children(Children(e, "akaList").FirstOrDefault(), "aka"))
        {
            bool weak = string.Equals(Text(aka, "category"), "weak", StringComparison.OrdinalIgnoreCase);
            bool former = string.Equals(Text(aka, "type"), "f.k.a.", StringComparison.OrdinalIgnoreCase);
            b.Add(weak ? FtmProperty.WeakAlias : former ? FtmProperty.PreviousName : FtmProperty.Alias, FullName(aka));
        }

        foreach (var dob in e.Descendants().Where(x => x.Name.LocalName == "dateOfBirth"))
        {
            foreach (var d in ListDates.ToIsoPrefixes(dob.Value))
            {
                b.Add(FtmProperty.BirthDate, d);
            }
        }

        foreach (var pob in e.Descendants().Where(x => x.Name.LocalName == "placeOfBirth"))
        {
            b.Add(FtmProperty.BirthPlace, pob.Value);
        }

        foreach (var n in e.Descendants().Where(x => x.Name.LocalName is "nationality" or "citizenship"))
        {
            b.Add(FtmProperty.Nationality, Text(n, "country"));
        }

        foreach (var address in Children(Children(e, "addressList").FirstOrDefault(), "address"))
        {
            b.Add(FtmProperty.Country, Text(address, "country"));
            b.Add(FtmProperty.Address, string.Join(", ", s_fields0.Select(n => Text(address, n)).OfType<string>()));
        }

        foreach (var id in Children(Children(e, "idList").FirstOrDefault(), "id"))
        {
            string type = Text(id, "idType") ?? string.Empty;
            string? number = Text(id, "idNumber");
            string property = type switch
            {
                _ when type.Contains("IMO", StringComparison.OrdinalIgnoreCase) => FtmProperty.ImoNumber,
                _ when type.Contains("Passport", StringComparison.OrdinalIgnoreCase) => FtmProperty.PassportNumber,
                _ when type.Contains("Registration", StringComparison.OrdinalIgnoreCase) => FtmProperty.RegistrationNumber,
                _ => FtmProperty.IdNumber,
            };
            b.Add(property, property == FtmProperty.ImoNumber && number is not null && !number.StartsWith("IMO", StringComparison.Ordinal) ? "IMO" + number : number);
        }

        b.Add(FtmProperty.Notes, Text(e, "remarks"));
        return b;
    }
}
