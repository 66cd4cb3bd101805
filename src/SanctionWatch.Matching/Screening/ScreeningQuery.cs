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
    /// <summary>A query for one name, optionally with a schema.</summary>
    public static ScreeningQuery ForName(string name, string? schema = null) => new(name, schema, [name], [], []);
}
