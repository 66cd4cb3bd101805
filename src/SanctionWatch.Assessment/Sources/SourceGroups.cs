using System.Text.RegularExpressions;

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

        // Near duplicates: bottom-k sketches of the word shingles estimate Jaccard similarity cheaply.
        var sketches = ordered.AsParallel().AsOrdered().Select(d => Sketch(d.Text)).ToList();
        foreach (var (i, j) in CandidatePairs(sketches))
        {
            if (EstimatedJaccard(sketches[i], sketches[j]) >= DuplicateJaccard)
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
        // Credits stand in the dateline or the last lines; attributions to an agency in the lead paragraph.
        string scope = text.Length <= 1600 ? text : text[..1000] + "\n" + text[^600..];
        var match = AgencyCredit().Match(scope);
        return match.Success ? Canonical(match.Groups["agency"].Value) : null;
    }

    private static string Canonical(string agency) => agency.ToLowerInvariant() switch
    {
        "associated press" => "ap",
        "agence france-presse" => "afp",
        "deutsche presse-agentur" => "dpa",
        var other => other,
    };

    private const int SketchSize = 128;

    // The smallest SketchSize hashes of the text's word 5-shingles, sorted.
    private static ulong[] Sketch(string text)
    {
        var words = new List<ulong>();
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            words.Add(Fnv(text.AsSpan(match.Index, match.Length)));
        }

        var hashes = new SortedSet<ulong>();
        for (int i = 0; i + ShingleSize <= words.Count; i++)
        {
            ulong h = 1469598103934665603UL;
            for (int k = 0; k < ShingleSize; k++)
            {
                h = (h ^ words[i + k]) * 1099511628211UL;
            }

            h ^= h >> 33;
            if (hashes.Count < SketchSize)
            {
                hashes.Add(h);
            }
            else if (h < hashes.Max && hashes.Add(h))
            {
                hashes.Remove(hashes.Max);
            }
        }

        return [.. hashes];
    }

    // Prefix filter (as in set-similarity joins): an estimate of at least one half needs at least
    // ceil(max(|a|, |b|) / 2) hashes in both sketches, so the first floor(|a| / 2) + 1 hashes of each (sketches are
    // sorted) must share one. Only such pairs are compared, instead of all n² / 2: the same pairs reach the
    // threshold, at a cost that grows with the pairs sharing a shingle rather than with the square of the documents.
    private static IEnumerable<(int I, int J)> CandidatePairs(List<ulong[]> sketches)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (int i = 0; i < sketches.Count; i++)
        {
            foreach (ulong h in sketches[i].Take(Prefix(sketches[i])))
            {
                if (!postings.TryGetValue(h, out var list))
                {
                    list = [];
                    postings[h] = list;
                }

                list.Add(i);
            }
        }

        var lastSeen = new int[sketches.Count];
        Array.Fill(lastSeen, -1);
        for (int i = 0; i < sketches.Count; i++)
        {
            foreach (ulong h in sketches[i].Take(Prefix(sketches[i])))
            {
                foreach (int j in postings[h])
                {
                    if (j > i && lastSeen[j] != i)
                    {
                        lastSeen[j] = i;
                        yield return (i, j);
                    }
                }
            }
        }
    }

    private static int Prefix(ulong[] sketch) => Math.Min(sketch.Length, (sketch.Length / 2) + 1);

    private static ulong Fnv(ReadOnlySpan<char> word)
    {
        ulong h = 1469598103934665603UL;
        foreach (char c in word)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return h;
    }

    // Among the k smallest hashes of the union, the share present in both sketches estimates the Jaccard index.
    private static double EstimatedJaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, seen = 0, both = 0;
        int k = Math.Min(SketchSize, Math.Max(a.Length, b.Length));
        while (seen < k && (i < a.Length || j < b.Length))
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                i++;
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                j++;
            }
            else
            {
                i++;
                j++;
                both++;
            }

            seen++;
        }

        return both / (double)seen;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    // Credits and attributions that mark a text as (a rewrite of) a wire agency's report.
    [GeneratedRegex(
        @"(?i:mit\s+Material\s+(?:der|von|des)\s+|Material:\s*|Quelle:\s*|\(|according\s+to\s+(?:the\s+)?|berichtete\s+(?:die\s+(?:Nachrichtenagentur\s+)?)?|meldete\s+(?:die\s+(?:Nachrichtenagentur\s+)?)?|zufolge\s+(?:der\s+Nachrichtenagentur\s+)?)" +
        @"(?<agency>dpa|AFP|Reuters|AP|Associated\s+Press|Agence\s+France-Presse|Deutsche\s+Presse-Agentur|Bloomberg|Kyodo|Yonhap|epd|KNA|APA)\b" +
        @"|(?<agency>dpa|AFP|Reuters|AP|Associated\s+Press|Bloomberg|Kyodo|Yonhap)\s+(?:reported|reports|berichtete|berichtet|meldete|meldet)\b" +
        // A credit line of its own at the end: "dpa", "dpa/AFP", "AFP, Reuters".
        @"|(?m:^[ \t]*(?<agency>dpa|AFP|Reuters|AP|Kyodo|Yonhap|epd|KNA|APA)(?:[ \t]*[/,][ \t]*\w+)*[ \t]*\r?$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();
}
