using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Matching.Screening;

/// <summary>What to screen: a schema and the names, birth dates and countries known about the party.</summary>
/// <param name="Id">The caller's id for the query (echoed in batch output).</param>
/// <param name="Schema">FtM schema (Person, Organization, Company, Vessel, LegalEntity); null matches any.</param>
/// <param name="Names">Names and aliases.</param>
/// <param name="BirthDates">Birth dates as ISO prefixes (1967, 1967-10, 1967-10-17).</param>
/// <param name="Countries">Countries (ISO codes or names).</param>
public sealed record ScreeningQuery(
    string Id,
    string? Schema,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> BirthDates,
    IReadOnlyList<string> Countries)
{
    /// <summary>
    /// A query from a caller's input (a command line, a JSON query): the schema in its canonical spelling, birth dates
    /// as ISO prefixes and countries as ISO codes, so that "person", "08.01.1984" and "North Korea" mean what
    /// "Person", "1984-01-08" and "kp" mean. A <c>Thing</c> query matches any schema.
    /// </summary>
    /// <exception cref="InvalidQueryException">A schema, date or country that cannot be read.</exception>
    public static ScreeningQuery FromInput(string id, string? schema, IReadOnlyList<string> names, IEnumerable<string> birthDates, IEnumerable<string> countries)
    {
        string? canonical = QueryValues.Schema(schema);
        return new(
            id,
            canonical == SchemaNames.Thing ? null : canonical,
            names,
            birthDates.Where(d => !string.IsNullOrWhiteSpace(d)).Select(QueryValues.BirthDate).ToArray(),
            countries.Where(c => !string.IsNullOrWhiteSpace(c)).Select(QueryValues.Country).Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>A query for one name, optionally with a schema.</summary>
    public static ScreeningQuery ForName(string name, string? schema = null) => new(name, schema, [name], [], []);
}
