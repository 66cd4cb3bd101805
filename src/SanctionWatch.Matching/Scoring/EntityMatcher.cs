using System.Globalization;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Normalization;
using SanctionWatch.Model.Dates;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Matching.Scoring;

/// <summary>
/// The named, versioned matching algorithm: the best name alignment over all name pairs, then penalties for
/// conflicting birth dates, countries and schemas; every score can explain itself in yente's shape.
/// </summary>
public sealed class EntityMatcher
{
    /// <summary>The algorithm's name.</summary>
    public const string AlgorithmName = "sanctionwatch-names";

    /// <summary>The algorithm's version; bump it whenever scores change.</summary>
    public const string AlgorithmVersion = "1.1";

    private readonly NameComparer _names;

    /// <summary>Creates the matcher.</summary>
    public EntityMatcher(NameNormalizer normalizer, MatcherParameters parameters)
        : this(normalizer, parameters, null)
    {
    }

    private EntityMatcher(NameNormalizer normalizer, MatcherParameters parameters, NameFrequencies? frequencies)
    {
        Normalizer = normalizer;
        Parameters = parameters;
        Frequencies = frequencies;
        _names = new NameComparer(parameters, informed: frequencies is not null);
    }

    /// <summary>Creates the matcher with ICU transliteration (when available) and default parameters.</summary>
    public static EntityMatcher CreateDefault() => new(new NameNormalizer(new NameTransliterator()), MatcherParameters.Default);

    /// <summary><c>name/version</c>, as reported with every result.</summary>
    public static string Algorithm => $"{AlgorithmName}/{AlgorithmVersion}";

    /// <summary>The normaliser.</summary>
    public NameNormalizer Normalizer { get; }

    /// <summary>The parameters (threshold and weights).</summary>
    public MatcherParameters Parameters { get; }

    /// <summary>How common name parts are in the lists screened, or null when names are compared on their own.</summary>
    public NameFrequencies? Frequencies { get; }

    /// <summary>This matcher, weighing name parts by how common they are in <paramref name="frequencies"/>.</summary>
    public EntityMatcher WithFrequencies(NameFrequencies frequencies) => new(Normalizer, Parameters, frequencies);

    /// <summary>Prepares a list entry for matching.</summary>
    public MatchRecord Prepare(ListEntity entity)
    {
        var names = new List<NormalizedName>();
        var weak = new List<bool>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in FtmProperty.NameProperties)
        {
            foreach (var name in entity.Get(property))
            {
                var n = Normalize(name, entity.Schema);
                if (n.Tokens.Length > 0 && seen.Add(n.Text))
                {
                    names.Add(Frequencies is null ? n : Frequencies.Apply(n));
                    weak.Add(property == FtmProperty.WeakAlias);
                }
            }
        }

        var countries = entity.Get(FtmProperty.Nationality).Concat(entity.Get(FtmProperty.Country))
            .Select(CountryCodes.ToCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return new MatchRecord(entity.Schema, names.ToArray(), weak.ToArray(), entity.Get(FtmProperty.BirthDate).ToArray(), countries);
    }

    /// <summary>Prepares a query party for matching.</summary>
    public MatchRecord Prepare(string? schema, IEnumerable<string> names, IEnumerable<string> birthDates, IEnumerable<string> countries)
    {
        var normalized = names.Select(n => Normalize(n, schema)).Where(n => n.Tokens.Length > 0)
            .Select(n => Frequencies is null ? n : Frequencies.Apply(n)).ToArray();
        return new MatchRecord(
            string.IsNullOrWhiteSpace(schema) ? null : schema,
            normalized,
            new bool[normalized.Length],
            birthDates.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).ToArray(),
            countries.Select(CountryCodes.ToCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray());
    }

    private static bool IsOrganisation(string? schema) => Schema.IsA(schema, Schema.Organization);

    /// <summary>A name normalised for an entity of <paramref name="schema"/>: organisations' acronyms are one word.</summary>
    private NormalizedName Normalize(string name, string? schema)
    {
        var n = Normalizer.Normalize(name);
        return IsOrganisation(schema) ? NameNormalizer.JoinAcronyms(n) : n;
    }

    /// <summary>Compares two names of the given schema, as <c>compare</c> does.</summary>
    public EntityScore CompareNames(string? schema, string name1, string name2, bool explain = true) =>
        Score(Prepare(schema, [name1], [], []), Prepare(schema, [name2], [], []), explain);

    /// <summary>True when entities of the two schemas can be the same party.</summary>
    public static bool SchemasCompatible(string? a, string? b)
    {
        if (a is null || b is null || a == b || a is SchemaNames.Thing or SchemaNames.LegalEntity && b != SchemaNames.Vessel && b != SchemaNames.Airplane || b is SchemaNames.Thing or SchemaNames.LegalEntity && a != SchemaNames.Vessel && a != SchemaNames.Airplane)
        {
            return true;
        }

        static bool Org(string s) => Schema.IsA(s, Schema.Organization);
        return Org(a) && Org(b);
    }

    /// <summary>Scores <paramref name="candidate"/> against <paramref name="query"/>.</summary>
    public EntityScore Score(MatchRecord query, MatchRecord candidate, bool explain)
    {
        double best = 0;
        int bi = -1;
        int bj = -1;
        bool organisation = IsOrganisation(query.Schema) || IsOrganisation(candidate.Schema);
        for (int i = 0; i < query.Names.Length; i++)
        {
            for (int j = 0; j < candidate.Names.Length; j++)
            {
                double s = _names.Compare(query.Names[i], candidate.Names[j], organisation: organisation).Score;
                if (candidate.Weak[j])
                {
                    s *= Parameters.WeakAliasFactor;
                }

                if (s > best)
                {
                    best = s;
                    bi = i;
                    bj = j;
                }
            }
        }

        var features = explain ? new Dictionary<string, MatchFeature>(StringComparer.Ordinal) : null;
        if (features is not null && bi >= 0)
        {
            var detail = _names.Compare(query.Names[bi], candidate.Names[bj], explain: true, organisation).Detail;
            features[candidate.Weak[bj] ? "weak_alias_match" : "name_match"] = new MatchFeature(Math.Round(best, 4), detail);
        }

        double score = best;
        if (!SchemasCompatible(query.Schema, candidate.Schema))
        {
            score -= 0.5;
            features?.Add("schema_mismatch", new MatchFeature(-0.5, $"query is a {query.Schema}, candidate a {candidate.Schema}"));
        }

        if (query.BirthDates.Length > 0 && candidate.BirthDates.Length > 0)
        {
            var (penalty, detail) = BirthDatePenalty(query.BirthDates, candidate.BirthDates);
            if (penalty != 0)
            {
                score += penalty;
                features?.Add(penalty > 0 ? "birth_date_match" : "birth_date_mismatch", new MatchFeature(penalty, detail));
            }
        }

        if (query.Countries.Length > 0 && candidate.Countries.Length > 0 && !query.Countries.Intersect(candidate.Countries).Any())
        {
            score -= 0.1;
            features?.Add("country_mismatch", new MatchFeature(-0.1, $"query {string.Join('/', query.Countries)}, candidate {string.Join('/', candidate.Countries)}"));
        }

        score = Math.Round(Math.Clamp(score, 0, 1), 4);
        return new EntityScore(score, score >= Parameters.Threshold, (IReadOnlyDictionary<string, MatchFeature>?)features ?? new Dictionary<string, MatchFeature>());
    }

    private static (double Penalty, string Detail) BirthDatePenalty(string[] query, string[] candidate)
    {
        foreach (var q in query)
        {
            foreach (var c in candidate)
            {
                int len = Math.Min(q.Length, c.Length);
                if (len >= 10 && string.CompareOrdinal(q, 0, c, 0, 10) == 0)
                {
                    return (0.05, $"same birth date {q[..10]}");
                }

                if (len >= 4 && string.CompareOrdinal(q, 0, c, 0, len) == 0)
                {
                    return (0, string.Empty);
                }
            }
        }

        bool nearYear = query.Any(q => candidate.Any(c => PartialDate.TryParseStart(q, out var qd)
            && PartialDate.TryParseStart(c, out var cd)
            && Math.Abs(qd.Year - cd.Year) <= 1));
        return nearYear
            ? (-0.05, $"birth dates differ: {string.Join('/', query)} vs {string.Join('/', candidate)}")
            : (-0.2, $"birth dates conflict: {string.Join('/', query)} vs {string.Join('/', candidate)}");
    }
}
