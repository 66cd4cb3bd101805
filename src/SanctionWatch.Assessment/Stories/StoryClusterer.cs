namespace SanctionWatch.Assessment.Stories;

/// <summary>
/// Groups documents that report the same happening, whatever their language: average-link clustering of the
/// documents' similarity (<see cref="StoryFeatures"/>: what happened and who took part, and in one language the
/// words), weakened with the days between them and gated by date. Only documents that share a rare feature are
/// compared, so the cost grows with the documents, not with their pairs. Every document is in exactly one story;
/// the result does not depend on input order.
/// </summary>
public static class StoryClusterer
{
    private const double Threshold = 0.18;
    private const int MaxDaysApart = 45;

    // Two reports may date one happening a few days apart (the night of a strike, the day it was announced).
    private const int SameOccasionDays = 3;

    // Reports of one happening come out within days; a similar report two weeks later is more often another
    // shipment or strike of the same kind. The similarity is multiplied by HalfLife / (HalfLife + days).
    private const double HalfLifeDays = 7;

    // A feature shared by more documents than this does not make them candidates (it still counts in the cosine).
    private const int RareLimit = 64;

    /// <summary>Clusters <paramref name="documents"/>; <paramref name="entitiesOf"/> gives each document's entity ids and names.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="entitiesOf">Each document's entity ids and names.</param>
    /// <param name="happenings">
    /// Optional: the documents of each specific happening several of them report (a visit, a transfer). An undated
    /// article with no day dates takes the month of the other reports of such a happening, when they agree.
    /// </param>
    /// <param name="signaturesOf">Optional: each document's happening signatures (its events' type, parties, items).</param>
    public static IReadOnlyList<Story> Cluster(
        IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Name)>> entitiesOf,
        IReadOnlyList<IReadOnlyList<string>>? happenings = null,
        IReadOnlyDictionary<string, IReadOnlyList<HappeningSignature>>? signaturesOf = null)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (docs.Count == 0)
        {
            return [];
        }

        signaturesOf ??= new Dictionary<string, IReadOnlyList<HappeningSignature>>();
        var features = StoryFeatures.Of(docs, entitiesOf, signaturesOf, RareLimit);
        var months = docs.Select(StoryDates.Month).ToList();
        if (happenings is not null)
        {
            months = StoryDates.Propagate(docs, months, happenings);
        }

        // Each publication date is read once: pairs are compared many times.
        var days = docs.Select(d => StoryDates.Day(d.Published)).ToArray();
        var dated = docs.Select(d => DatedHappenings(signaturesOf.GetValueOrDefault(d.Id))).ToArray();
        bool Apart(int i, int j) =>
            StoryDates.DaysApart(days[i], days[j]) > MaxDaysApart
            || ((docs[i].Published is null || docs[j].Published is null) && StoryDates.MonthsApart(months[i], months[j]) >= 2)
            || OtherOccasion(dated[i], dated[j]);

        var edges = new Dictionary<(int, int), double>();
        foreach (var (i, j) in Candidates(features.Rare))
        {
            if (Apart(i, j))
            {
                continue;
            }

            double s = Math.Max(StoryFeatures.Cosine(features.Full[i], features.Full[j]), StoryFeatures.Cosine(features.Independent[i], features.Independent[j]));
            if (StoryDates.DaysApart(days[i], days[j]) is { } between)
            {
                s *= HalfLifeDays / (HalfLifeDays + between);
            }

            if (s > 0)
            {
                edges[(i, j)] = s;
            }
        }

        var clusters = Agglomerate(docs.Count, edges, Apart);
        return clusters
            .Select(c => StoryLabel.Make(c.Select(i => docs[i]).ToList(), c.Select(i => features.Full[i]).ToList(), features.Keys, entitiesOf, signaturesOf))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    // Each happening a document dates to the day, by its key (type, parties, items), with the days it gives it.
    private static Dictionary<string, List<DateOnly>> DatedHappenings(IReadOnlyList<HappeningSignature>? signatures)
    {
        var result = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var s in signatures ?? [])
        {
            if (s.Day is { } day)
            {
                if (!result.TryGetValue(s.Key, out var list))
                {
                    list = [];
                    result[s.Key] = list;
                }

                list.Add(day);
            }
        }

        return result;
    }

    // True when the two documents date one kind of happening between the same parties to days too far apart to be one
    // occasion ("Russia struck Zaporizhzhia" on 8 March and on 29 March): two strikes, two stories, whatever else they share.
    private static bool OtherOccasion(Dictionary<string, List<DateOnly>> a, Dictionary<string, List<DateOnly>> b)
    {
        foreach (var (key, daysA) in a)
        {
            if (b.TryGetValue(key, out var daysB)
                && daysA.All(x => daysB.All(y => Math.Abs(x.DayNumber - y.DayNumber) > SameOccasionDays)))
            {
                return true;
            }
        }

        return false;
    }

    // The pairs of documents that share a rare feature, each once, smaller index first.
    private static HashSet<(int, int)> Candidates(List<int[]> rare)
    {
        var postings = new Dictionary<int, List<int>>();
        for (int i = 0; i < rare.Count; i++)
        {
            foreach (int feature in rare[i])
            {
                if (!postings.TryGetValue(feature, out var list))
                {
                    list = [];
                    postings[feature] = list;
                }

                list.Add(i);
            }
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var list in postings.Values)
        {
            for (int a = 0; a < list.Count; a++)
            {
                for (int b = a + 1; b < list.Count; b++)
                {
                    pairs.Add((list[a], list[b]));
                }
            }
        }

        return pairs;
    }

    // Average-link agglomeration over the sparse similarities (a missing pair counts 0): repeatedly joins the two
    // clusters with the highest average above the threshold, unless two of their documents are apart in time.
    // Ties break on the smallest member indices, so the result is deterministic.
    private static List<List<int>> Agglomerate(int n, Dictionary<(int, int), double> edges, Func<int, int, bool> apart)
    {
        var members = Enumerable.Range(0, n).ToDictionary(i => i, i => new List<int> { i });
        var sums = new Dictionary<(int, int), double>(edges);
        while (true)
        {
            double best = Threshold;
            (int A, int B) pair = (-1, -1);
            foreach (var ((a, b), sum) in sums)
            {
                double average = sum / (members[a].Count * members[b].Count);
                if ((average > best || (average == best && pair.A >= 0 && (a, b).CompareTo(pair) < 0))
                    && !members[a].Any(i => members[b].Any(j => apart(i, j))))
                {
                    best = average;
                    pair = (a, b);
                }
            }

            if (pair.A < 0)
            {
                break;
            }

            // Cluster A absorbs B; B's sums move to A.
            members[pair.A].AddRange(members[pair.B]);
            members.Remove(pair.B);
            foreach (var ((a, b), sum) in sums.ToList())
            {
                if (a != pair.B && b != pair.B)
                {
                    continue;
                }

                sums.Remove((a, b));
                int other = a == pair.B ? b : a;
                if (other == pair.A)
                {
                    continue;
                }

                var key = other < pair.A ? (other, pair.A) : (pair.A, other);
                sums[key] = sums.GetValueOrDefault(key) + sum;
            }
        }

        return members.Values.Select(m => m.Order().ToList()).ToList();
    }
}
