using System.Globalization;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Model.Ids;

namespace SanctionWatch.Assessment.Stories;

/// <summary>
/// Groups documents that report the same story: average-link clustering of TF-IDF vectors over the entities
/// and the content words they share, gated by publication date (two dated articles months apart are never one
/// story). Every document is in exactly one story; the result does not depend on input order.
/// </summary>
public static partial class StoryClusterer
{
    private const double Threshold = 0.22;
    private const int MaxDaysApart = 45;
    private const double EntityWeight = 2.0;

    /// <summary>Clusters <paramref name="documents"/>; <paramref name="entitiesOf"/> gives each document's entity ids and names.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="entitiesOf">Each document's entity ids and names.</param>
    /// <param name="happenings">
    /// Optional: the documents of each specific happening several of them report (a visit, a transfer). An undated
    /// article with no day dates takes the month of the other reports of such a happening, when they agree.
    /// </param>
    public static IReadOnlyList<Story> Cluster(
        IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Name)>> entitiesOf,
        IReadOnlyList<IReadOnlyList<string>>? happenings = null)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (docs.Count == 0)
        {
            return [];
        }

        var features = docs.Select(d => Features(d, entitiesOf.GetValueOrDefault(d.Id) ?? [])).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            foreach (string key in f.Keys)
            {
                documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
            }
        }

        int n = docs.Count;
        // Features of one document only (or of every document) cannot link documents, but would dilute the cosine.
        var vectors = features.Select(f => Normalize(f
            .Where(kv => documentFrequency[kv.Key] > 1 && (n <= 2 || documentFrequency[kv.Key] < n))
            .ToDictionary(
            kv => kv.Key,
            kv => kv.Value * Math.Log(1.0 + n / (double)documentFrequency[kv.Key]),
            StringComparer.Ordinal))).ToList();

        // Sparse vectors as (feature id, weight) arrays sorted by id, so a cosine is one merge pass.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sparse = vectors.Select(v => v
            .Select(kv => (Id: ids.TryGetValue(kv.Key, out int id) ? id : ids[kv.Key] = ids.Count, Weight: kv.Value))
            .OrderBy(t => t.Id)
            .ToArray()).ToList();
        var months = docs.Select(Month).ToList();
        if (happenings is not null)
        {
            months = Propagate(docs, months, happenings);
        }

        var similarity = new double[n, n];
        var apart = new bool[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                apart[i, j] = apart[j, i] = DaysApart(docs[i].Published, docs[j].Published) > MaxDaysApart
                    || ((docs[i].Published is null || docs[j].Published is null) && MonthsApart(months[i], months[j]) >= 2);
                double s = apart[i, j] ? 0 : Cosine(sparse[i], sparse[j]);
                similarity[i, j] = similarity[j, i] = s;
            }
        }

        // Average-link agglomeration; ties break on the smallest indices, so the result is deterministic.
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (clusters.Count > 1)
        {
            double best = Threshold;
            (int A, int B) pair = (-1, -1);
            for (int a = 0; a < clusters.Count; a++)
            {
                for (int b = a + 1; b < clusters.Count; b++)
                {
                    double sum = 0;
                    bool blocked = false;
                    foreach (int i in clusters[a])
                    {
                        foreach (int j in clusters[b])
                        {
                            blocked |= apart[i, j];
                            sum += similarity[i, j];
                        }
                    }

                    double average = sum / (clusters[a].Count * clusters[b].Count);
                    if (!blocked && average > best)
                    {
                        best = average;
                        pair = (a, b);
                    }
                }
            }

            if (pair.A < 0)
            {
                break;
            }

            clusters[pair.A].AddRange(clusters[pair.B]);
            clusters.RemoveAt(pair.B);
        }

        return clusters
            .Select(c => MakeStory(c.Select(i => docs[i]).ToList(), c.Select(i => vectors[i]).ToList(), entitiesOf))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static Story MakeStory(List<Document> members, List<Dictionary<string, double>> vectors, IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Name)>> entitiesOf)
    {
        var ids = members.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var names = members
            .SelectMany(d => entitiesOf.GetValueOrDefault(d.Id) ?? [])
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => "e:" + g.Key, g => g.First().Name, StringComparer.Ordinal);
        var top = vectors
            .SelectMany(v => v)
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Weight: g.Sum(kv => kv.Value) * (members.Count > 1 ? g.Count() : 1)))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => t.Key.StartsWith("e:", StringComparison.Ordinal) ? names.GetValueOrDefault(t.Key) : t.Key[2..])
            .Where(label => label is not null)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(4)
            .ToList();
        var dates = members.Select(d => d.Published).Where(p => p is not null).Order(StringComparer.Ordinal).ToList();
        string when = dates.Count == 0 ? "" : dates[0] == dates[^1] ? $" ({dates[0]})" : $" ({dates[0]} – {dates[^1]})";
        string label = top.Count > 0 ? string.Join(", ", top) + when : (members[0].Title ?? members[0].Source) + when;
        return new Story(ContentId.Of("sto", string.Join(',', ids)), label, ids);
    }

    private static Dictionary<string, double> Features(Document document, IReadOnlyList<(string Id, string Name)> entities)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, _) in entities)
        {
            counts["e:" + id] = counts.GetValueOrDefault("e:" + id) + EntityWeight;
        }

        int start = -1;
        string text = document.Text;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 5)
                {
                    string word = text[start..i].ToLowerInvariant();
                    counts["w:" + word] = counts.GetValueOrDefault("w:" + word) + 1;
                }

                start = -1;
            }
        }

        // Sub-linear term frequency: a word said ten times is not ten times the story.
        foreach (string key in counts.Keys.ToList())
        {
            counts[key] = 1 + Math.Log(counts[key]);
        }

        return counts;
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> vector)
    {
        double norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0)
        {
            foreach (string key in vector.Keys.ToList())
            {
                vector[key] /= norm;
            }
        }

        return vector;
    }

    private static double Cosine((int Id, double Weight)[] a, (int Id, double Weight)[] b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Id == b[j].Id)
            {
                sum += a[i++].Weight * b[j++].Weight;
            }
            else if (a[i].Id < b[j].Id)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    // The month an article is about: its publication date's, or — undated — the month of the day dates it gives
    // ("am 19. Juni", "Dienstag (18.06.)", "on June 19") when they agree; null when unknown.
    private static int? Month(Document document)
    {
        if (document.Published is { Length: >= 7 } published)
        {
            return int.Parse(published.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var found = new HashSet<int>();
        foreach (System.Text.RegularExpressions.Match m in DayMonthPattern().Matches(document.Text))
        {
            string month = m.Groups["num"].Success ? m.Groups["num"].Value : m.Groups["name"].Value;
            int value = m.Groups["num"].Success
                ? int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture)
                : Array.FindIndex(MonthNames, names => names.Contains(month.ToLowerInvariant()[..3], StringComparer.Ordinal)) + 1;
            if (value is >= 1 and <= 12)
            {
                found.Add(value);
            }
        }

        return found.Count == 1 ? found.First() : null;
    }

    // Each undated article takes the month that every month-known report of its shared happenings agrees on;
    // months only flow from articles whose month is their own (no chains), so the result does not depend on order.
    private static List<int?> Propagate(List<Document> docs, List<int?> months, IReadOnlyList<IReadOnlyList<string>> happenings)
    {
        var index = docs.Select((d, i) => (d.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        var result = new List<int?>(months);
        for (int i = 0; i < docs.Count; i++)
        {
            if (months[i] is not null)
            {
                continue;
            }

            // A happening whose reports disagree on the month says nothing; the ones that agree must agree with each other.
            var seen = new HashSet<int>();
            foreach (var happening in happenings.Where(h => h.Contains(docs[i].Id)))
            {
                var known = happening.Where(index.ContainsKey).Select(id => months[index[id]]).OfType<int>().Distinct().ToList();
                if (known.Count == 1)
                {
                    seen.Add(known[0]);
                }
            }

            result[i] = seen.Count == 1 ? seen.First() : null;
        }

        return result;
    }

    private static readonly string[][] MonthNames =
    [
        ["jan"], ["feb"], ["mär", "mar"], ["apr"], ["mai", "may"], ["jun"], ["jul"], ["aug"], ["sep"], ["okt", "oct"], ["nov"], ["dez", "dec"],
    ];

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:[0-3]?\d\.\s?(?<name>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b(?!\s+\d{4})|[0-3]?\d\s(?<name>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{4})|(?<name>January|February|March|April|May|June|July|August|September|October|November|December)\s[0-3]?\d\b(?!,?\s+\d{4}))" +
        @"|\(\s?[0-3]?\d\.(?<num>[01]\d)\.\s?\)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DayMonthPattern();

    // Months apart on the circle of the year: June and September are three apart whatever the year.
    private static int MonthsApart(int? a, int? b) =>
        a is null || b is null ? 0 : Math.Min(Math.Abs(a.Value - b.Value), 12 - Math.Abs(a.Value - b.Value));

    private static double DaysApart(string? a, string? b)
    {
        if (a is null || b is null || !TryDate(a, out var da) || !TryDate(b, out var db))
        {
            return 0;
        }

        // A month-precise date is the middle of its month; comparisons stay fair across precisions.
        return Math.Abs((da - db).TotalDays);
    }

    private static bool TryDate(string value, out DateTime date)
    {
        string padded = value.Length switch
        {
            4 => value + "-07-01",
            7 => value + "-15",
            _ => value,
        };
        return DateTime.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
