using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Assessment.Linking;
using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Assessment.Resolution;

/// <summary>
/// Links resolved entities to sanctions-list entries: the matcher retrieves candidates for every full name seen,
/// and <see cref="ListingDecider"/> decides, with the text around the mentions, which entry the entity is.
/// A vessel the text names by IMO number is linked to every entry that carries that number, whatever its name.
/// </summary>
public sealed class ListingLinker
{
    private const int MaxListings = 5;
    private const int Candidates = 12;
    private const double RetrievalThreshold = 0.6;

    // Linking an entity found in an article is stricter than screening a name a user typed: the article gives
    // no birth date or identifier to confirm it, and a wrong listing misleads more than a missing one.
    /// <summary>The score a list entry needs to be linked to an entity found in an article.</summary>
    public const double LinkThreshold = 0.85;

    /// <summary>The name and version a listing found by name carries: the matcher retrieves, the decider links.</summary>
    public const string Algorithm = "sanctionwatch-link/2.0";

    /// <summary>The algorithm name a listing found by IMO number carries.</summary>
    public const string ImoAlgorithm = "imo-number";

    private readonly ScreeningIndex _index;
    private readonly ListingDecider _decider;
    private readonly Lazy<Dictionary<string, List<ListEntity>>> _byImo;

    /// <summary>Creates the linker over the loaded lists, reading the text around mentions with the places of <paramref name="gazetteer"/>.</summary>
    public ListingLinker(ScreeningIndex index, Gazetteer gazetteer)
    {
        _index = index;
        var context = new ContextReader(gazetteer);
        _decider = new ListingDecider(new NameRules(index.Matcher.Normalizer, w => context.Countries(w).Count > 0), context);
        _byImo = new Lazy<Dictionary<string, List<ListEntity>>>(() => IndexImoNumbers(index));
    }

    /// <summary>The list entries <paramref name="entity"/> matches, best first (IMO number matches before name matches).</summary>
    public IReadOnlyList<Listing> Link(ResolvedEntity entity) => Link(entity, []);

    /// <summary>
    /// The list entries <paramref name="entity"/> is, best first (IMO number matches before name matches), judged
    /// with the text around its mentions (<paramref name="windows"/>).
    /// </summary>
    public IReadOnlyList<Listing> Link(ResolvedEntity entity, IReadOnlyList<MentionWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(windows);
        var byNumber = LinkByImoNumber(entity);
        var byName = LinkByName(entity, windows);
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

    private List<Listing> LinkByName(ResolvedEntity entity, IReadOnlyList<MentionWindow> windows)
    {
        if (entity.Schema is not (SchemaNames.Person or SchemaNames.Organization or SchemaNames.PublicBody or SchemaNames.Company or SchemaNames.Vessel or SchemaNames.Address or "Location"))
        {
            return [];
        }

        var names = new[] { entity.Name }
            .Concat(entity.Aliases)
            .Where(n => n.Length >= 3 && !IsAcronym(n) && !IsImoNumber(n))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            return [];
        }

        // Retrieval is generous; the decision below is strict.
        string schema = entity.Schema switch
        {
            SchemaNames.PublicBody or SchemaNames.Address or "Location" => SchemaNames.Organization,
            _ => entity.Schema,
        };
        var query = new ScreeningQuery(entity.Id, schema, names, [], []);
        var candidates = _index.Screen(query, Candidates, RetrievalThreshold).Select(r => (r.Entity, r.Score));
        if (schema == SchemaNames.Person)
        {
            // The tagger takes some groups for people ("Kata'ib Hezbollah"): look among organisations too.
            candidates = candidates.Concat(_index.Screen(query with { Schema = SchemaNames.Organization }, 3, RetrievalThreshold).Select(r => (r.Entity, r.Score)));
        }

        var verdicts = _decider.Decide(entity.Schema, names, windows, candidates);
        if (Environment.GetEnvironmentVariable("SW_LINK_DEBUG") is "1")
        {
            foreach (var v in verdicts.Where(v => v.Name.Strength > NameStrength.None))
            {
                Console.Error.WriteLine($"DBG\t{entity.Name}\t{v.Entry.Caption}\t{v.Linked}\t{v.Name.Strength}\t{v.Name.Detail}\t{string.Join(" | ", v.Supports)}\t{string.Join(" | ", v.Contradictions)}");
            }
        }

        return verdicts
            .Where(v => v.Linked)
            .Take(MaxListings)
            .Select(ToListing)
            .ToList();
    }

    // UN entries carry the day they were listed; OFAC's legacy CSV does not.
    private static string ListedOn(ListEntity e) => e.Get("listingDate") is [var first, ..] ? first : "(date not given)";

    private static Listing ToListing(LinkVerdict v)
    {
        var e = v.Entry;
        string kind = v.Name.Property switch
        {
            FtmProperty.WeakAlias => "a weak alias (supporting a link to the same party on another list)",
            FtmProperty.Name => "the entry's name",
            FtmProperty.PreviousName => "a former name (strong)",
            _ => "a strong alias",
        };
        var explanations = new Dictionary<string, FeatureExplanation>(StringComparer.Ordinal)
        {
            ["name_match"] = new(1.0, $"'{v.Name.EntityName}' matches {kind} '{v.Name.EntryName}' ({v.Name.Strength.ToString().ToLowerInvariant()}): {v.Name.Detail}"),
            ["program"] = new(0, $"{(e.Programs.Count > 0 ? string.Join(", ", e.Programs) : "no programme")}; listed {ListedOn(e)}; list version {e.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}"),
        };
        if (v.WeakSupport is { } weak)
        {
            explanations["weak_alias_support"] = new(0, $"weak alias '{weak.EntryName}' also matches '{weak.EntityName}' (supports only)");
        }

        explanations["context_support"] = new(0, v.Supports.Count > 0 ? string.Join("; ", v.Supports) : "nothing in the text confirms it beyond the name");
        explanations["context_contradiction"] = new(0, "none");
        return new Listing(e.ListId, e.Reference, e.Caption, e.Programs.Count > 0 ? e.Programs[0] : null, Math.Round(v.Score, 4))
        {
            Explanations = explanations,
            ListDate = e.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Algorithm = Algorithm,
        };
    }

    // "IMO 9179842" is matched by number above; as a name it would only find other numbers.
    private static bool IsImoNumber(string name) =>
        name.StartsWith("IMO", StringComparison.Ordinal) && ImoNumber.Digits(name) is not null;

    // "NATO", "KCNA": an acronym's letters say too little for fuzzy matching against thousands of names.
    private static bool IsAcronym(string name) =>
        name.Length <= 6 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.');
}
