using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Model.Ids;

namespace SanctionWatch.Assessment.Resolution;

/// <summary>
/// Links resolved entities to sanctions-list entries with the matcher, using what the articles say about
/// them: schema, every full name seen, country. A lone surname is never screened: "Kim" is not a listing.
/// A vessel the text names by IMO number is linked to every entry that carries that number, whatever its name.
/// </summary>
public sealed class ListingLinker
{
    private const int MaxListings = 5;

    // Linking an entity found in an article is stricter than screening a name a user typed: the article gives
    // no birth date or identifier to confirm it, and a wrong listing misleads more than a missing one.
    /// <summary>The score a list entry needs to be linked to an entity found in an article.</summary>
    public const double LinkThreshold = 0.85;

    /// <summary>The algorithm name a listing found by IMO number carries.</summary>
    public const string ImoAlgorithm = "imo-number";

    private readonly ScreeningIndex _index;
    private readonly Lazy<Dictionary<string, List<ListEntity>>> _byImo;

    /// <summary>Creates the linker over the loaded lists.</summary>
    public ListingLinker(ScreeningIndex index)
    {
        _index = index;
        _byImo = new Lazy<Dictionary<string, List<ListEntity>>>(() => IndexImoNumbers(index));
    }

    /// <summary>The list entries <paramref name="entity"/> matches, best first (IMO number matches before name matches).</summary>
    public IReadOnlyList<Listing> Link(ResolvedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var byNumber = LinkByImoNumber(entity);
        var byName = LinkByName(entity);
        return byNumber.Count == 0
            ? byName
            : byNumber.Concat(byName.Where(n => !byNumber.Any(b => b.List == n.List && b.Reference == n.Reference))).Take(MaxListings).ToList();
    }

    private List<Listing> LinkByImoNumber(ResolvedEntity entity)
    {
        if (ImoNumber.FromKey(entity.Key) is not { } digits || !_byImo.Value.TryGetValue(digits, out var entries))
        {
            return [];
        }

        return entries
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new Listing(e.ListId, e.Reference, e.Caption, e.Programs.Count > 0 ? e.Programs[0] : null, 1.0)
            {
                Explanations = new Dictionary<string, FeatureExplanation>(StringComparer.Ordinal)
                {
                    ["imoNumber"] = new(1.0, $"IMO number match: IMO{digits} in the text and on the list entry"),
                },
                ListDate = e.ListDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Algorithm = ImoAlgorithm,
            })
            .ToList();
    }

    private static Dictionary<string, List<ListEntity>> IndexImoNumbers(ScreeningIndex index)
    {
        var map = new Dictionary<string, List<ListEntity>>(StringComparer.Ordinal);
        foreach (var entity in index.Entities)
        {
            foreach (string value in entity.Get(FtmProperty.ImoNumber))
            {
                if (ImoNumber.Digits(value) is { } digits)
                {
                    if (!map.TryGetValue(digits, out var list))
                    {
                        list = [];
                        map[digits] = list;
                    }

                    list.Add(entity);
                }
            }
        }

        return map;
    }

    private List<Listing> LinkByName(ResolvedEntity entity)
    {
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
            .Where(n => NameKey.Tokens(n).Count >= (schema == "Person" ? 2 : 1) && n.Length >= 3 && !IsAcronym(n) && !IsImoNumber(n))
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

    // "IMO 9179842" is matched by number above; as a name it would only find other numbers.
    private static bool IsImoNumber(string name) =>
        name.StartsWith("IMO", StringComparison.Ordinal) && ImoNumber.Digits(name) is not null;

    // "NATO", "KCNA": an acronym's letters say too little for fuzzy matching against thousands of names.
    private static bool IsAcronym(string name) =>
        name.Length <= 6 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.');
}
