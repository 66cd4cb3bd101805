using System.Text.RegularExpressions;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Assessment.Sources;

/// <summary>
/// Decides which documents are independent sources. Articles that carry the same wire agency's report
/// ("mit Material der dpa", "(AFP)", "according to Reuters") count as one source, and so do near-duplicate
/// texts; every other article is a source of its own.
/// </summary>
public static partial class SourceGroups
{
    private const double DuplicateJaccard = 0.5;
    private const int ShingleSize = 5;

    /// <summary>The source key of each document: equal keys are one source.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<Document> documents)
    {
        var ordered = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var parent = ordered.ToDictionary(d => d.Id, d => d.Id, StringComparer.Ordinal);
        string Find(string id)
        {
            while (parent[id] != id)
            {
                id = parent[id] = parent[parent[id]];
            }

            return id;
        }

        void Union(string a, string b)
        {
            string ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                // The smaller id is the root, so the result does not depend on the order of unions.
                if (string.CompareOrdinal(ra, rb) < 0)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        var agencyOf = ordered.ToDictionary(d => d.Id, d => Agency(d.Text), StringComparer.Ordinal);
        foreach (var group in ordered.Where(d => agencyOf[d.Id] is not null).GroupBy(d => agencyOf[d.Id]))
        {
            foreach (var document in group.Skip(1))
            {
                Union(group.First().Id, document.Id);
            }
        }

        // Near duplicates: count shared shingles through an inverted index rather than comparing every pair.
        var shingles = ordered.Select(d => Shingles(d.Text)).ToList();
        var postings = new Dictionary<long, List<int>>();
        for (int i = 0; i < shingles.Count; i++)
        {
            foreach (long shingle in shingles[i])
            {
                if (!postings.TryGetValue(shingle, out var list))
                {
                    list = [];
                    postings[shingle] = list;
                }

                list.Add(i);
            }
        }

        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
        {
            if (list.Count < 2 || list.Count > 64)
            {
                continue; // unique, or boilerplate that every statement repeats
            }

            for (int x = 0; x < list.Count; x++)
            {
                for (int y = x + 1; y < list.Count; y++)
                {
                    var pair = (list[x], list[y]);
                    shared[pair] = shared.GetValueOrDefault(pair) + 1;
                }
            }
        }

        foreach (var ((i, j), common) in shared.OrderBy(p => p.Key))
        {
            int union = shingles[i].Count + shingles[j].Count - common;
            if (union > 0 && common / (double)union >= DuplicateJaccard)
            {
                Union(ordered[i].Id, ordered[j].Id);
            }
        }

        return ordered.ToDictionary(d => d.Id, d => Find(d.Id), StringComparer.Ordinal);
    }

    /// <summary>The wire agency whose report the text carries, or null.</summary>
    public static string? Agency(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = AgencyCredit().Match(text);
        return match.Success ? Canonical(match.Groups["agency"].Value) : null;
    }

    private static string Canonical(string agency) => agency.ToLowerInvariant() switch
    {
        "associated press" => "ap",
        "agence france-presse" => "afp",
        "deutsche presse-agentur" => "dpa",
        var other => other,
    };

    private static HashSet<long> Shingles(string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var result = new HashSet<long>();
        for (int i = 0; i + ShingleSize <= words.Count; i++)
        {
            var hash = new HashCode();
            for (int k = 0; k < ShingleSize; k++)
            {
                hash.Add(words[i + k], StringComparer.Ordinal);
            }

            result.Add(hash.ToHashCode());
        }

        return result;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    // Credits and attributions that mark a text as (a rewrite of) a wire agency's report.
    [GeneratedRegex(
        @"(?i:mit\s+Material\s+(?:der|von|des)\s+|Material:\s*|Quelle:\s*|\(|according\s+to\s+(?:the\s+)?|berichtete\s+(?:die\s+(?:Nachrichtenagentur\s+)?)?|meldete\s+(?:die\s+(?:Nachrichtenagentur\s+)?)?|zufolge\s+(?:der\s+Nachrichtenagentur\s+)?)" +
        @"(?<agency>dpa|AFP|Reuters|AP|Associated\s+Press|Agence\s+France-Presse|Deutsche\s+Presse-Agentur|Bloomberg|Kyodo|Yonhap|epd|KNA|APA)\b" +
        @"|(?<agency>dpa|AFP|Reuters|AP|Associated\s+Press|Bloomberg|Kyodo|Yonhap)\s+(?:reported|reports|berichtete|berichtet|meldete|meldet)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();
}
