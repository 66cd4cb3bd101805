using System.Globalization;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>
/// The FollowTheMoney types (schemata) and common properties the reconciliation API offers, with their labels, so that
/// OpenRefine can choose a type, filter by a property and extend rows with the values the lists hold.
/// </summary>
public static class FtmTypes
{
    /// <summary>A schema as the reconciliation API shows it.</summary>
    public sealed record SchemaType(string Id, string Name, string Description);

    /// <summary>A property as the reconciliation API shows it.</summary>
    public sealed record PropertyType(string Id, string Name, bool Country = false);

    /// <summary>The schemata list entries have, and their parents a query may name.</summary>
    public static readonly IReadOnlyList<SchemaType> Schemata =
    [
        new(SchemaNames.Person, "People", "A natural person"),
        new(SchemaNames.Organization, "Organizations", "An organisation, company, group or body"),
        new(SchemaNames.Company, "Companies", "A legal entity that is a company"),
        new(SchemaNames.LegalEntity, "Legal entities", "A person or an organisation"),
        new(SchemaNames.Vessel, "Vessels", "A ship or boat"),
        new(SchemaNames.Airplane, "Airplanes", "An aircraft"),
        new(SchemaNames.Thing, "Things", "Any entity"),
    ];

    /// <summary>The properties offered for filtering and data extension, featured ones first.</summary>
    public static readonly IReadOnlyList<PropertyType> Properties =
    [
        new("name", "Name"), new("alias", "Other name"), new("previousName", "Previous name"), new("weakAlias", "Weak alias"),
        new("birthDate", "Birth date"), new("birthPlace", "Place of birth"), new("nationality", "Nationality", Country: true),
        new("country", "Country", Country: true), new("gender", "Gender"), new("position", "Position"), new("title", "Title"),
        new("address", "Address"), new("passportNumber", "Passport number"), new("idNumber", "ID number"),
        new("registrationNumber", "Registration number"), new("imoNumber", "IMO number"), new("callSign", "Call sign"),
        new("flag", "Flag", Country: true), new("program", "Program"), new("topics", "Topics"), new("notes", "Notes"),
    ];

    /// <summary>The type named <paramref name="id"/> (any case), or null.</summary>
    public static SchemaType? Schema(string id) => Schemata.FirstOrDefault(s => s.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The property named <paramref name="id"/>, qualified (<c>Person:birthDate</c>) or not, or null.</summary>
    public static PropertyType? Property(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        string name = id.Contains(':', StringComparison.Ordinal) ? id[(id.LastIndexOf(':') + 1)..] : id;
        return Properties.FirstOrDefault(p => p.Id == name);
    }

    /// <summary>True when <paramref name="prefix"/> starts a word of the id or the label (any case).</summary>
    public static bool MatchesPrefix(string prefix, string id, string label)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        string p = prefix.Trim();
        return p.Length == 0 || id.StartsWith(p, StringComparison.OrdinalIgnoreCase)
            || label.Split(' ').Any(word => word.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A country code as a reader would name it ("kp" is "Korea, North"), or the code when unknown.</summary>
    public static string CountryLabel(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        try
        {
            return code.Length == 2 ? new RegionInfo(code.ToUpperInvariant()).EnglishName : code;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
