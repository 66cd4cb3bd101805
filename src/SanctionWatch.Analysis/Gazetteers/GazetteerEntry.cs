namespace SanctionWatch.Analysis.Gazetteers;

/// <summary>A thing a gazetteer knows by name: a country, a city, an organisation.</summary>
/// <param name="Key">Stable key across documents (<c>country:kp</c>, <c>place:geonames:1871859</c>).</param>
/// <param name="Schema">FollowTheMoney schema (<c>Country</c>, <c>Address</c>, …).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, lower case, or null.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Names">Every name and form the gazetteer matches.</param>
public sealed record GazetteerEntry(string Key, string Schema, string? Country, string Name, IReadOnlyList<string> Names);
