using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Lists.Import;

/// <summary>Reads the UN Security Council consolidated list XML (individuals and entities) into <c>un-sc</c> entries.</summary>
public static class UnConsolidatedImporter
{
    /// <summary>The list id.</summary>
    public const string ListId = "un-sc";

    /// <summary>Parses the file at <paramref name="path"/>.</summary>
    public static ListSnapshot Import(string path, TimeProvider clock) =>
        SafeXml.ReadList(path, "CONSOLIDATED_LIST", "a UN consolidated list", (reader, file) => Parse(reader, file, clock));

    private static ListSnapshot Parse(XmlReader reader, string file, TimeProvider clock)
    {
        DateOnly? listDate = ListDates.ParseDate(reader.GetAttribute("dateGenerated")) ?? ListDates.FromFileName(file);
        var builders = new List<EntityBuilder>();
        foreach (var element in SafeXml.Elements(reader, "INDIVIDUAL", "ENTITY"))
        {
            builders.Add(ReadEntry(element, element.Name.LocalName == "INDIVIDUAL"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<ListEntity>(builders.Count);
        foreach (var b in builders)
        {
            if (!seen.Add(b.Reference))
            {
                b.Reference = $"{b.Reference}-{entities.Count}";
                seen.Add(b.Reference);
            }

            entities.Add(b.Build(file, listDate));
        }

        var meta = new ListMetadata(ListId, "UN Security Council Consolidated List", listDate, file, ListFormat.UnConsolidatedXml, entities.Count, clock.GetUtcNow());
        return new ListSnapshot(meta, entities, []);
    }

    private static string? Text(XElement e, string name) => e.Element(name)?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static readonly string[] s_fields0 = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    private static EntityBuilder ReadEntry(XElement e, bool person)
    {
        var b = new EntityBuilder(ListId, Text(e, "REFERENCE_NUMBER") ?? Text(e, "DATAID") ?? "unknown", person ? Schema.Person.Name : Schema.Organization.Name);
        string name = string.Join(' ', s_fields0.Select(n => Text(e, n)).OfType<string>());
        b.Caption = name;
        b.Add(FtmProperty.Name, name);
        b.AddProgram(Text(e, "UN_LIST_TYPE"));
        b.Add("listingDate", Text(e, "LISTED_ON"));
        b.Add(FtmProperty.Alias, Text(e, "NAME_ORIGINAL_SCRIPT"));
        b.Add(FtmProperty.Notes, Text(e, "COMMENTS1"));
        b.Add(FtmProperty.Gender, Text(e, "GENDER"));
        if (person)
        {
            b.Add(FtmProperty.FirstName, Text(e, "FIRST_NAME"));
        }

        AddValues(e, "TITLE", b, FtmProperty.Title);
        AddValues(e, "DESIGNATION", b, FtmProperty.Position);
        AddValues(e, "NATIONALITY", b, FtmProperty.Nationality);
        foreach (var alias in e.Elements().Where(x => x.Name.LocalName is "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS"))
        {
            bool weak = string.Equals(Text(alias, "QUALITY"), "Low", StringComparison.OrdinalIgnoreCase);
            b.Add(weak ? FtmProperty.WeakAlias : FtmProperty.Alias, Text(alias, "ALIAS_NAME"));
        }

        foreach (var address in e.Elements().Where(x => x.Name.LocalName is "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS"))
        {
            b.Add(FtmProperty.Country, Text(address, "COUNTRY"));
            b.Add(FtmProperty.Address, Join(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"));
        }

        foreach (var dob in e.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            if (Text(dob, "DATE") is { } date)
            {
                b.Add(FtmProperty.BirthDate, date.Length >= 10 ? date[..10] : date);
            }
            else if (Text(dob, "YEAR") is { } year)
            {
                b.Add(FtmProperty.BirthDate, year);
            }
            else if (Text(dob, "FROM_YEAR") is { } from && Text(dob, "TO_YEAR") is { } to)
            {
                foreach (var y in ListDates.ToIsoPrefixes($"{from} to {to}"))
                {
                    b.Add(FtmProperty.BirthDate, y);
                }
            }
        }

        foreach (var pob in e.Elements("INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            b.Add(FtmProperty.BirthPlace, Join(pob, "CITY", "STATE_PROVINCE", "COUNTRY"));
            b.Add(FtmProperty.Country, Text(pob, "COUNTRY"));
        }

        foreach (var doc in e.Elements("INDIVIDUAL_DOCUMENT"))
        {
            if (Text(doc, "NUMBER") is { } number)
            {
                bool passport = (Text(doc, "TYPE_OF_DOCUMENT") ?? string.Empty).Contains("Passport", StringComparison.OrdinalIgnoreCase);
                b.Add(passport ? FtmProperty.PassportNumber : FtmProperty.IdNumber, number);
            }
        }

        return b;
    }

    private static void AddValues(XElement e, string name, EntityBuilder b, string property)
    {
        foreach (var v in e.Elements(name).Elements("VALUE"))
        {
            b.Add(property, v.Value);
        }
    }

    private static string Join(XElement e, params string[] names) =>
        string.Join(", ", names.Select(n => Text(e, n)).OfType<string>());
}
