namespace SanctionWatch.Assessment.Stories;

/// <summary>
/// Each document as two TF-IDF vectors: what happened and who took part (entity ids, happening signatures and
/// amounts — the same in German and English), and that plus the content words (which only reports in one language
/// share). A feature of one document only cannot link documents; one of every document says nothing.
/// </summary>
internal sealed class StoryFeatures
{
    private const double EntityWeight = 2.0;
    private const double SignatureWeight = 3.0;
    private const double AmountWeight = 2.0;
    private const int MinWordLength = 5;

    private StoryFeatures(List<(int Id, double Weight)[]> independent, List<(int Id, double Weight)[]> full, List<int[]> rare, string[] keys)
    {
        Independent = independent;
        Full = full;
        Rare = rare;
        Keys = keys;
    }

    /// <summary>Each feature id's key: <c>e:</c> and an entity id, <c>s:</c> and a signature, <c>q:</c> and an amount, <c>w:</c> and a word.</summary>
    public string[] Keys { get; }

    /// <summary>Per document: the language-independent vector, sorted by feature id, unit length.</summary>
    public List<(int Id, double Weight)[]> Independent { get; }

    /// <summary>Per document: the vector with content words too, sorted by feature id, unit length.</summary>
    public List<(int Id, double Weight)[]> Full { get; }

    /// <summary>Per document: its features shared by few documents, by which candidates for a story are found.</summary>
    public List<int[]> Rare { get; }

    /// <summary>The features of <paramref name="docs"/>; a feature in more than <paramref name="rareLimit"/> documents is not rare.</summary>
    public static StoryFeatures Of(
        IReadOnlyList<Document> docs,
        IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Name)>> entitiesOf,
        IReadOnlyDictionary<string, IReadOnlyList<HappeningSignature>> signaturesOf,
        int rareLimit)
    {
        var independent = new List<Dictionary<string, double>>(docs.Count);
        var full = new List<Dictionary<string, double>>(docs.Count);
        foreach (var document in docs)
        {
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (id, _) in entitiesOf.GetValueOrDefault(document.Id) ?? [])
            {
                Add(counts, "e:" + id, EntityWeight);
            }

            foreach (var signature in signaturesOf.GetValueOrDefault(document.Id) ?? [])
            {
                Add(counts, "s:" + signature.Key, SignatureWeight);
                if (signature.Amount is { } amount)
                {
                    Add(counts, "q:" + amount.ToString("R", CultureInfo.InvariantCulture), AmountWeight);
                }
            }

            independent.Add(Sublinear(new Dictionary<string, double>(counts, StringComparer.Ordinal)));
            AddWords(counts, document.Text);
            full.Add(Sublinear(counts));
        }

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in full.SelectMany(f => f.Keys))
        {
            documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = docs.Count;
        bool Useful(string key) => documentFrequency[key] > 1 && (n <= 2 || documentFrequency[key] < n);

        (int Id, double Weight)[] Vector(Dictionary<string, double> counts)
        {
            var weighted = counts
                .Where(kv => Useful(kv.Key))
                .Select(kv => (Id: ids.TryGetValue(kv.Key, out int id) ? id : ids[kv.Key] = ids.Count, Weight: kv.Value * Math.Log(1.0 + n / (double)documentFrequency[kv.Key])))
                .OrderBy(t => t.Id)
                .ToArray();
            double norm = Math.Sqrt(weighted.Sum(t => t.Weight * t.Weight));
            return norm > 0 ? weighted.Select(t => (t.Id, t.Weight / norm)).ToArray() : weighted;
        }

        var fullVectors = full.Select(Vector).ToList();
        var rare = full
            .Select(f => f.Keys.Where(k => Useful(k) && documentFrequency[k] <= rareLimit).Select(k => ids[k]).ToArray())
            .ToList();
        var independentVectors = independent.Select(Vector).ToList();
        var keys = new string[ids.Count];
        foreach (var (key, id) in ids)
        {
            keys[id] = key;
        }

        return new StoryFeatures(independentVectors, fullVectors, rare, keys);
    }

    /// <summary>The cosine of two unit vectors sorted by feature id: one merge pass.</summary>
    public static double Cosine((int Id, double Weight)[] a, (int Id, double Weight)[] b)
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

    private static void Add(Dictionary<string, double> counts, string key, double weight) =>
        counts[key] = counts.GetValueOrDefault(key) + weight;

    private static void AddWords(Dictionary<string, double> counts, string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= MinWordLength)
                {
                    Add(counts, "w:" + text[start..i].ToLowerInvariant(), 1);
                }

                start = -1;
            }
        }
    }

    // Sub-linear term frequency: a word said ten times is not ten times the story.
    private static Dictionary<string, double> Sublinear(Dictionary<string, double> counts)
    {
        foreach (string key in counts.Keys.ToList())
        {
            counts[key] = 1 + Math.Log(counts[key]);
        }

        return counts;
    }
}
