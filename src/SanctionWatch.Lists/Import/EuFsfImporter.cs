using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Lists.Import;

/// <summary>Reads the EU financial sanctions file (FSF XML 1.1, root <c>export</c>) into <c>eu-fsf</c> entries.</summary>
public static class EuFsfImporter
{
    /// <summary>The list id.</summary>
    public const string ListId = "eu-fsf";

    /// <summary>Parses the file at <paramref name="path"/>.</summary>
    public static ListSnapshot Import(string path, TimeProvider clock) =>
        SafeXml.ReadList(path, "export", "an EU financial sanctions file", (reader, file) => Parse(reader, file, clock));

    private static IEnumerable<XElement> Children(XElement e, string name) => e.Elements().Where(x => x.Name.LocalName == name);

    private static string? Attr(XElement e, string name) => e.Attribute(name)?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static ListSnapshot Parse(XmlReader reader, string file, TimeProvider clock)
    {
        DateOnly? listDate = ListDates.ParseDate(reader.GetAttribute("generationDate")) ?? ListDates.FromFileName(file);
        var builders = new List<EntityBuilder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in SafeXml.Elements(reader, "sanctionEntity"))
        {
            var b = ReadEntry(element);
            if (seen.Add(b.Reference))
            {
                builders.Add(b);
            }
        }

        var entities = builders.Select(b => b.Build(file, listDate)).ToList();
        var meta = new ListMetadata(ListId, "EU Financial Sanctions Files (FSF)", listDate, file, ListFormat.EuFsfXml, entities.Count, clock.GetUtcNow());
        return new ListSnapshot(meta, entities, []);
    }

    private static readonly string[] s_fields0 = ["firstName", "middleName", "lastName"];

    private static readonly string[] s_fields1 = ["street", "zipCode", "city"];

    private static EntityBuilder ReadEntry(XElement e)
    {
        string reference = Attr(e, "euReferenceNumber") ?? Attr(e, "logicalId") ?? "unknown";
        string code = Children(e, "subjectType").Select(s => Attr(s, "code")).FirstOrDefault() ?? string.Empty;
        var b = new EntityBuilder(ListId, reference, code == "person" ? Schema.Person.Name : Schema.Organization.Name);
        foreach (var reg in Children(e, "regulation"))
        {
            b.AddProgram(Attr(reg, "programme"));
        }

        b.Add("listingDate", Attr(e, "designationDate"));
        b.Add(FtmProperty.Notes, Attr(e, "designationDetails"));
        foreach (var alias in Children(e, "nameAlias"))
        {
            string? whole = Attr(alias, "wholeName")
                ?? string.Join(' ', s_fields0.Select(n => Attr(alias, n)).OfType<string>());
            bool weak = string.Equals(Attr(alias, "strong"), "false", StringComparison.OrdinalIgnoreCase);
            if (b.Caption is null && !weak && !string.IsNullOrWhiteSpace(whole))
            {
                b.Caption = whole;
                b.Add(FtmProperty.Name, whole);
            }
            else
            {
                b.Add(weak ? FtmProperty.WeakAlias : FtmProperty.Alias, whole);
            }

            b.Add(FtmProperty.Gender, Attr(alias, "gender") switch { "M" => "male", "F" => "female", _ => null });
            b.Add(FtmProperty.Position, Attr(alias, "function"));
        }

        foreach (var dob in Children(e, "birthdate"))
        {
            b.Add(FtmProperty.BirthDate, Attr(dob, "birthdate") ?? Attr(dob, "year"));
            b.Add(FtmProperty.BirthPlace, Attr(dob, "city"));
            b.Add(FtmProperty.Country, Attr(dob, "countryIso2Code")?.ToLowerInvariant());
        }

        foreach (var c in Children(e, "citizenship"))
        {
            b.Add(FtmProperty.Nationality, Attr(c, "countryIso2Code")?.ToLowerInvariant());
        }

        foreach (var a in Children(e, "address"))
        {
            b.Add(FtmProperty.Country, Attr(a, "countryIso2Code")?.ToLowerInvariant());
            b.Add(FtmProperty.Address, string.Join(", ", s_fields1.Select(n => Attr(a, n)).OfType<string>()));
        }

        foreach (var id in Children(e, "identification"))
        {
            string type = Attr(id, "identificationTypeCode") ?? string.Empty;
            b.Add(type.Equals("passport", StringComparison.OrdinalIgnoreCase) ? FtmProperty.PassportNumber : FtmProperty.IdNumber, Attr(id, "number"));
        }

        foreach (var remark in Children(e, "remark"))
        {
            b.Add(FtmProperty.Notes, remark.Value);
        }

        return b;
    }
}
