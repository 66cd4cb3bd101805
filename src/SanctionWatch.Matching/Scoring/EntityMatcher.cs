using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring.Features;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Matching.Scoring;

/// <summary>
/// The named, versioned matching algorithm: the best name alignment over all name pairs, then the features that
/// reward or penalise birth dates, countries and schemas (<see cref="MatcherFeatures"/>, weighed by one
/// <see cref="MatcherParameters"/> table); every score can explain itself in yente's shape.
/// </summary>
public sealed class EntityMatcher
{
    /// <summary>The algorithm's name.</summary>
    public const string AlgorithmName = "sanctionwatch-names";

    /// <summary>The algorithm's version; bump it whenever scores change.</summary>
    public const string AlgorithmVersion = "1.1";

    private readonly NameComparer _names;

    // The adjustments as an array: scored for every candidate, they are walked without an enumerator.
    private readonly AdjustmentFeature[] _adjustments;

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
        Features = new MatcherFeatures(parameters);
        _adjustments = [.. Features.Adjustments];
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

    /// <summary>The features, weighed by <see cref="Parameters"/>.</summary>
    public MatcherFeatures Features { get; }

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

    /// <summary>
    /// Scores <paramref name="candidate"/> against <paramref name="query"/>: the best name pair weighed by its
    /// <see cref="NameFeature"/>, then each <see cref="AdjustmentFeature"/> in turn.
    /// </summary>
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
                var feature = candidate.Weak[j] ? Features.WeakAlias : Features.Name;
                double s = feature.Weigh(_names.Compare(query.Names[i], candidate.Names[j], organisation: organisation).Score);
                if (s > best)
                {
                    best = s;
                    bi = i;
                    bj = j;
                }
            }
        }

        var explanations = explain ? new Dictionary<string, MatchFeature>(StringComparer.Ordinal) : null;
        if (explanations is not null && bi >= 0)
        {
            var detail = _names.Compare(query.Names[bi], candidate.Names[bj], explain: true, organisation).Detail;
            explanations[(candidate.Weak[bj] ? Features.WeakAlias : Features.Name).Name] = new MatchFeature(Math.Round(best, 4), detail);
        }

        double score = best;
        foreach (var feature in _adjustments)
        {
            double value = feature.Apply(query, candidate);
            if (value != 0)
            {
                score += value;
                explanations?.Add(feature.Name, new MatchFeature(value, feature.Explain(query, candidate)));
            }
        }

        score = Math.Round(Math.Clamp(score, 0, 1), 4);
        return new EntityScore(score, score >= Parameters.Threshold, (IReadOnlyDictionary<string, MatchFeature>?)explanations ?? new Dictionary<string, MatchFeature>());
    }
}
