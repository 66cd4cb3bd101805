using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Dossier;

namespace SanctionWatch.Assessment.Resolution;

/// <summary>
/// Links resolved entities to sanctions-list entries with the matcher, using what the articles say about
/// them: schema, every full name seen, country. A lone surname is never screened: "Kim" is not a listing.
/// </summary>
public sealed class ListingLinker
{
    private const int MaxListings = 5;

    // Linking an entity found in an article is stricter than screening a name a user typed: the article gives
    // no birth date or identifier to confirm it, and a wrong listing misleads more than a missing one.
    /// <summary>The score a list entry needs to be linked to an entity found in an article.</summary>
    public const double LinkThreshold = 0.85;

    private readonly ScreeningIndex _index;

    /// <summary>Creates the linker over the loaded lists.</summary>
    public ListingLinker(ScreeningIndex index) => _index = index;

    /// <summary>The list entries <paramref name="entity"/> matches, best first.</summary>
    public IReadOnlyList<Listing> Link(ResolvedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string? schema = entity.Schema switch
        {
            "Person" => "Person",
            "Organization" or "PublicBody" => "Organization",
            "Company" => "Company",
            "Vessel" => "Vessel",
            _ => null,
        };
        if (schema is null)
        {
            return [];
        }

        var names = new[] { entity.Name }
            .Concat(entity.Aliases)
            .Where(n => NameKey.Tokens(n).Count >= (schema == "Person" ? 2 : 1) && n.Length >= 3 && !IsAcronym(n))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            return [];
        }

        var query = new ScreeningQuery(entity.Id, schema, names, [], entity.Country is null ? [] : [entity.Country]);
        return _index.Screen(query, MaxListings)
            .Where(r => r.Match && r.Score >= LinkThreshold)
            .Select(r => new Listing(r.ListId, r.Reference, r.Caption, r.Programs.Count > 0 ? r.Programs[0] : null, Math.Round(r.Score, 4))
            {
                Explanations = r.Explanations.ToDictionary(
                    f => f.Key,
                    f => new FeatureExplanation(Math.Round(f.Value.Score, 4), f.Value.Detail),
                    StringComparer.Ordinal),
                ListDate = r.ListDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Algorithm = Matching.Scoring.EntityMatcher.Algorithm,
            })
            .ToList();
    }

    // "NATO", "KCNA": an acronym's letters say too little for fuzzy matching against thousands of names.
    private static bool IsAcronym(string name) =>
        name.Length <= 6 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.');
}
