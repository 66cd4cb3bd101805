namespace SanctionWatch.Assessment.Events;

/// <summary>
/// Compares the places of events: "Vostochny" and "Russia" are the same place at two levels of detail, "Vostochny" and
/// "Nakhodka" are not.
/// </summary>
internal sealed class Places(IReadOnlyDictionary<string, DossierEntity>? entities)
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> can be one place.</summary>
    public bool Compatible(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (entities is null || !entities.TryGetValue(a, out var x) || !entities.TryGetValue(b, out var y))
        {
            return false;
        }

        // A port or town of no known country ("Possjet", "Posyet") may lie in the country the other report names: no conflict.
        return (x.Schema == SchemaNames.Country && (y.Country == x.Country || y.Country is null) && x.Country is not null)
            || (y.Schema == SchemaNames.Country && (x.Country == y.Country || x.Country is null) && y.Country is not null)
            || (x.Country == y.Country && OneNamesTheOther(x.Name, y.Name));
    }

    /// <summary>True when <paramref name="id"/> is a place below a country (a city, port or region), precise enough to anchor a happening.</summary>
    public bool IsBelowCountry(string id) =>
        entities is not null && entities.TryGetValue(id, out var place) && place.Schema == SchemaNames.Address;

    /// <summary>
    /// True when <paramref name="id"/> is a company, person or ship: a party named precisely enough to anchor a happening.
    /// A public body (a ministry, the EU) acts again and again and tells no happening apart.
    /// </summary>
    public bool IsNamedParty(string id) =>
        entities is not null && entities.TryGetValue(id, out var party)
        && party.Schema is SchemaNames.Company or SchemaNames.Organization or SchemaNames.Person or SchemaNames.Vessel;

    // "Tumen" and "Tumen River", "Nampo" and "Nampo Port", of one country or both of none (a border river): one name is the other's first words.
    private static bool OneNamesTheOther(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length > 0 && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
            && longer[shorter.Length] == ' ';
    }
}
