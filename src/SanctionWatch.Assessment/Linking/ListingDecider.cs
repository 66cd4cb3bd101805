using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Assessment.Linking;

/// <summary>
/// Decides which list entries an entity found in articles is: strong name evidence for its kind (never a weak
/// alias, a fragment or a lone generic word), a compatible schema, no contradicting context (another country
/// named next to it, an American official's title), a qualifying country for a generic descriptor, and then one
/// entry per listed party and list.
/// </summary>
public sealed class ListingDecider
{
    private static readonly string[] StrongProperties = [FtmProperty.Name, FtmProperty.Alias, FtmProperty.PreviousName];

    private readonly NameRules _names;
    private readonly ContextReader _context;

    /// <summary>Creates the decider.</summary>
    public ListingDecider(NameRules names, ContextReader context)
    {
        _names = names;
        _context = context;
    }

    /// <summary>True when an article's entity of <paramref name="entitySchema"/> can be a listed party of <paramref name="entrySchema"/>.</summary>
    public static bool SchemaFits(string entitySchema, string entrySchema) => entitySchema switch
    {
        // A group the tagger took for a person ("Kata'ib Hezbollah") may be linked by its exact full name.
        SchemaNames.Person => entrySchema is SchemaNames.Person or SchemaNames.Organization,
        SchemaNames.Vessel => entrySchema == SchemaNames.Vessel,
        SchemaNames.Organization or SchemaNames.PublicBody or SchemaNames.Company => entrySchema is SchemaNames.Organization or SchemaNames.Company or SchemaNames.LegalEntity or SchemaNames.PublicBody,

        // The tagger calls some groups places ("Hezbollah enters the war"): such a name may still be an organisation's.
        SchemaNames.Address or "Location" => entrySchema is SchemaNames.Organization or SchemaNames.LegalEntity,
        _ => false,
    };

    /// <summary>The verdicts on <paramref name="candidates"/>, linked ones first, at most one linked entry per party and list.</summary>
    public IReadOnlyList<LinkVerdict> Decide(
        string schema,
        IReadOnlyList<string> names,
        IReadOnlyList<MentionWindow> windows,
        IEnumerable<(ListEntity Entry, double Score)> candidates)
    {
        var qualifiers = new HashSet<string>(StringComparer.Ordinal);
        var perWindow = new List<IReadOnlySet<string>>();
        var near = new HashSet<string>(StringComparer.Ordinal);
        var roles = new List<string>();
        foreach (var w in windows)
        {
            var q = _context.Qualifiers(w);
            qualifiers.UnionWith(q);
            if (q.Count > 0)
            {
                perWindow.Add(q);
            }
            near.UnionWith(_context.Countries(w.Before + " " + w.Text + " " + w.After));
            if (ContextReader.AmericanRole(w) is { } role)
            {
                roles.Add(role);
            }
        }

        foreach (var n in names)
        {
            qualifiers.UnionWith(_context.Countries(n));
        }

        var verdicts = candidates
            .Where(c => SchemaFits(schema, c.Entry.Schema))
            .Select(c => Judge(schema, names, c.Entry, c.Score, new Context(qualifiers, perWindow, near, roles, windows.Count)))
            .ToList();
        return OnePerParty(verdicts);
    }

    private LinkVerdict Judge(string schema, IReadOnlyList<string> names, ListEntity entry, double score, Context context)
    {
        bool person = schema == SchemaNames.Person;
        var (qualifiers, perWindow, near, roles, mentions) = context;
        var strong = Best(person, names, entry, StrongProperties);
        var weak = Best(person, names, entry, [FtmProperty.WeakAlias]);
        var supports = new List<string>();
        var contradictions = new List<string>();
        var countries = Countries(entry);
        if (weak.Strength >= NameStrength.Full)
        {
            supports.Add($"weak alias '{weak.EntryName}' agrees");
        }

        if (strong.Strength <= NameStrength.Covered)
        {
            contradictions.Add(weak.Strength >= NameStrength.Full
                ? $"only a weak alias matches ('{weak.EntryName}'): {strong.Detail}"
                : $"no strong name matches: {strong.Detail}");
            return new LinkVerdict(entry, score, strong, Support(weak), supports, contradictions, false);
        }

        if (person && entry.Schema != SchemaNames.Person && (strong.Strength != NameStrength.Exact || strong.EntityName.Split(' ').Length < 2 || _names.DescriptorSize(strong.EntityName) > 0))
        {
            contradictions.Add($"'{strong.EntityName}' is taken for a person; only an organisation's exact name of two words or more is linked");
        }

        if (schema is SchemaNames.Address or "Location" && (strong.Strength != NameStrength.Exact || _context.Countries(strong.EntityName).Count > 0))
        {
            contradictions.Add($"'{strong.EntityName}' is taken for a place; only an exact organisation name that is no known place is linked");
        }

        var named = countries.Intersect(qualifiers).ToList();
        var around = countries.Intersect(near).ToList();
        if (named.Count > 0)
        {
            supports.Add("country named with it: " + string.Join('/', named));
        }
        else if (around.Count > 0)
        {
            supports.Add("country named around it: " + string.Join('/', around));
        }

        // A descriptor of three words or more (Federal Security Service) may take its country from the passage;
        // a shorter one (Ministry of Defense, Air Force) only from the words right before it.
        int descriptor = person ? 0 : _names.DescriptorSize(strong.EntityName);
        if (descriptor > 0 && named.Count == 0 && (descriptor < 3 || around.Count == 0))
        {
            contradictions.Add($"'{strong.EntityName}' is a generic descriptor and no qualifying country of the entry ({Codes(countries)}) is named with it");
        }

        if (strong.Strength == NameStrength.Partial && around.Count == 0)
        {
            contradictions.Add($"the entry has a further family name and its country ({Codes(countries)}) is not named around the mentions");
        }

        // One "Russian influence actor" may describe a person's allegiance; twice, and never the entry's country, it is who they are.
        if (countries.Count > 0 && named.Count == 0 && perWindow.Count(q => !q.Overlaps(countries)) >= (person ? 2 : 1))
        {
            contradictions.Add($"the text names it with {Codes(qualifiers)}, the entry is {Codes(countries)}");
        }

        if (person && roles.Count > 0 && roles.Count * 4 >= mentions && !countries.Contains("us"))
        {
            contradictions.Add($"the text calls the person an American official ('{roles[0]}')");
        }

        return new LinkVerdict(entry, score, strong, Support(weak), supports, contradictions, contradictions.Count == 0);
    }

    private static NameEvidence? Support(NameEvidence weak) => weak.Strength >= NameStrength.Full ? weak : null;

    private static string Codes(IEnumerable<string> codes)
    {
        string s = string.Join('/', codes.Order(StringComparer.Ordinal));
        return s.Length == 0 ? "no country" : s;
    }

    private NameEvidence Best(bool person, IReadOnlyList<string> names, ListEntity entry, IEnumerable<string> properties)
    {
        NameEvidence? best = null;
        foreach (string property in properties)
        {
            foreach (string value in entry.Get(property))
            {
                foreach (string name in names)
                {
                    var e = _names.Evaluate(person, name, value, property);
                    if (best is null || e.Strength > best.Strength)
                    {
                        best = e;
                    }
                }
            }
        }

        return best ?? new NameEvidence(names.Count > 0 ? names[0] : string.Empty, entry.Caption, FtmProperty.Name, NameStrength.None, "no names");
    }

    // One entry per list, the one named most exactly; an entry on another list joins it only as the same party
    // (as exactly named, and for people with no conflicting birth date).
    private static List<LinkVerdict> OnePerParty(List<LinkVerdict> verdicts)
    {
        var linked = verdicts.Where(v => v.Linked)
            .OrderByDescending(v => v.Name.Strength)
            .ThenByDescending(v => v.Name.Property == FtmProperty.Name)
            .ThenByDescending(v => v.Score)
            .ThenBy(v => v.Entry.Id, StringComparer.Ordinal)
            .ToList();
        var kept = new List<LinkVerdict>();
        foreach (var v in linked)
        {
            if (kept.Count == 0 || (v.Name.Strength >= (NameStrength)Math.Min((int)kept[0].Name.Strength, (int)NameStrength.Full) && kept.All(k => k.Entry.ListId != v.Entry.ListId) && SameBirth(kept[0].Entry, v.Entry)))
            {
                kept.Add(v);
            }
        }

        // A weak alias supports a match found otherwise: an entry on another list that the entity names only by a
        // weak alias (ANSARALLAH a.k.a. 'HOUTHI GROUP') is the same party when it shares the linked entry's country.
        if (kept.Count > 0)
        {
            var anchor = kept[0];
            var anchorCountries = Countries(anchor.Entry);
            // A person's entry on another list whose name holds every part the article writes, born the same day.
            foreach (var v in verdicts.Where(v => !v.Linked && v.Name.Strength == NameStrength.Covered && v.Entry.Schema == SchemaNames.Person).ToList())
            {
                if (kept.All(k => k.Entry.ListId != v.Entry.ListId) && SameBirthDay(anchor.Entry, v.Entry))
                {
                    kept.Add(v with
                    {
                        Linked = true,
                        Contradictions = [],
                        Supports = [.. v.Supports, $"same person as {anchor.Entry.Caption} ({anchor.Entry.ListId}), same date of birth"],
                    });
                }
            }

            foreach (var v in verdicts.Where(v => !v.Linked && v.Name.Strength == NameStrength.None && v.WeakSupport?.Strength == NameStrength.Exact).ToList())
            {
                if (kept.All(k => k.Entry.ListId != v.Entry.ListId) && anchorCountries.Overlaps(Countries(v.Entry)))
                {
                    kept.Add(v with
                    {
                        Name = v.WeakSupport!,
                        Linked = true,
                        Contradictions = [],
                        Supports = [.. v.Supports, $"same party as {anchor.Entry.Caption} ({anchor.Entry.ListId}), same country"],
                    });
                }
            }
        }

        var rest = verdicts.Where(v => !kept.Any(k => k.Entry.Id == v.Entry.Id))
            .Select(v => v.Linked ? v with { Linked = false, Contradictions = [.. v.Contradictions, $"another entry is this party: {kept[0].Entry.Caption}"] } : v);
        return [.. kept, .. rest];
    }

    private static HashSet<string> Countries(ListEntity entry) =>
        entry.Get(FtmProperty.Nationality).Concat(entry.Get(FtmProperty.Country))
            .Select(CountryCodes.ToCode).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static bool SameBirthDay(ListEntity a, ListEntity b) =>
        a.Get(FtmProperty.BirthDate).Any(x => x.Length >= 10 && b.Get(FtmProperty.BirthDate).Any(y => y.Length >= 10 && string.CompareOrdinal(x, 0, y, 0, 10) == 0));

    private static bool SameBirth(ListEntity a, ListEntity b)
    {
        var da = a.Get(FtmProperty.BirthDate);
        var db = b.Get(FtmProperty.BirthDate);
        return da.Count == 0 || db.Count == 0 || da.Any(x => db.Any(y => x.Length >= 4 && y.Length >= 4 && string.CompareOrdinal(x, 0, y, 0, 4) == 0));
    }

    private sealed record Context(HashSet<string> Qualifiers, List<IReadOnlySet<string>> PerWindow, HashSet<string> Near, List<string> Roles, int Mentions);
}
