namespace SanctionWatch.Model.Documents;

/// <summary>A name found in a document, with what the recogniser thinks it refers to.</summary>
/// <param name="Start">First UTF-16 code unit in the normalised text.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The exact substring.</param>
/// <param name="Schema">FollowTheMoney schema: Person, Organization, Country, Address, …</param>
/// <param name="Key">A key that identifies the thing across documents when the recogniser knows it
/// (<c>country:kp</c>, <c>place:geonames:1871859</c>), or null when only the surface form is known.</param>
/// <param name="Name">The canonical name of the thing.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code (lower case) the thing belongs to, or null.</param>
/// <param name="Source">Which recogniser produced the mention (<c>gazetteer</c>, <c>ner</c>, …).</param>
public sealed record Mention(
    int Start,
    int End,
    string Text,
    string Schema,
    string? Key,
    string Name,
    string? Country,
    string Source);
