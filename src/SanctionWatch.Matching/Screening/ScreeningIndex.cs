using System.Collections.Concurrent;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Matching.Screening;

/// <summary>
/// An in-memory screening index over list entries: a token vocabulary with exact, spelling-group, phonetic-key and
/// trigram lookups retrieves a few candidate names per query (never a scan of every name), which the
/// <see cref="EntityMatcher"/> then scores. Thread-safe for concurrent <see cref="Screen"/> calls.
/// </summary>
public sealed class ScreeningIndex
{
    private const int CandidateNames = 24;
    private const double TrigramDice = 0.45;

    private readonly ListEntity[] _entities;
    private readonly MatchRecord[] _records;
    private readonly int[] _nameEntity;
    private readonly byte[] _nameTokens;
    private readonly Dictionary<string, int> _vocab = new(StringComparer.Ordinal);
    private readonly NameToken[] _tokens;
    private readonly int[][] _postings;
    private readonly double[] _idf;
    private readonly int[] _trigramCount;
    private readonly Dictionary<string, int[]> _byKey;
    private readonly Dictionary<string, int[]> _byCanonical;
    private readonly Dictionary<int, int[]> _byTrigram;
    private readonly ConcurrentBag<Scratch> _scratch = [];

    /// <summary>Builds the index over <paramref name="entities"/>.</summary>
    public ScreeningIndex(IEnumerable<ListEntity> entities, EntityMatcher matcher)
    {
        _entities = entities.ToArray();
        _records = new MatchRecord[_entities.Length];
        for (int e = 0; e < _entities.Length; e++)
        {
            _records[e] = matcher.Prepare(_entities[e]);
        }

        // Name parts are weighed by how common they are in these lists, unless the caller chose the frequencies.
        if (matcher.Frequencies is null)
        {
            var frequencies = new NameFrequencies(_records.SelectMany(r => r.Names));
            matcher = matcher.WithFrequencies(frequencies);
            foreach (var name in _records.SelectMany(r => r.Names))
            {
                frequencies.ApplyInPlace(name);
            }
        }

        Matcher = matcher;
        var nameEntity = new List<int>();
        var nameTokens = new List<byte>();
        var postings = new List<List<int>>();
        var vocabulary = new List<NameToken>();
        for (int e = 0; e < _entities.Length; e++)
        {
            foreach (var name in _records[e].Names)
            {
                int nameId = nameEntity.Count;
                nameEntity.Add(e);
                nameTokens.Add((byte)Math.Min(name.Tokens.Length, 255));
                foreach (var token in name.Tokens)
                {
                    if (!_vocab.TryGetValue(token.Text, out int tid))
                    {
                        tid = vocabulary.Count;
                        _vocab[token.Text] = tid;
                        vocabulary.Add(token);
                        postings.Add([]);
                    }

                    var list = postings[tid];
                    if (list.Count == 0 || list[^1] != nameId)
                    {
                        list.Add(nameId);
                    }
                }
            }
        }

        // An array, so the comparisons below read the tokens in place instead of copying each out of a list.
        _tokens = vocabulary.ToArray();
        _nameEntity = nameEntity.ToArray();
        _nameTokens = nameTokens.ToArray();
        _postings = postings.Select(p => p.ToArray()).ToArray();
        _idf = _postings.Select(p => Math.Log(1.0 + ((double)_nameEntity.Length / p.Length))).ToArray();
        _byKey = Group(t => t.Key);
        _byCanonical = Group(t => t.Canonical);
        var tri = new Dictionary<int, List<int>>();
        _trigramCount = new int[_tokens.Length];
        for (int tid = 0; tid < _tokens.Length; tid++)
        {
            var grams = Trigrams(_tokens[tid].Text);
            _trigramCount[tid] = grams.Count;
            foreach (int g in grams)
            {
                if (!tri.TryGetValue(g, out var l))
                {
                    l = [];
                    tri[g] = l;
                }

                l.Add(tid);
            }
        }

        _byTrigram = tri.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The matcher that scores candidates.</summary>
    public EntityMatcher Matcher { get; }

    /// <summary>Number of entries indexed.</summary>
    public int EntityCount => _entities.Length;

    /// <summary>Number of names indexed.</summary>
    public int NameCount => _nameEntity.Length;

    /// <summary>The indexed entries.</summary>
    public IReadOnlyList<ListEntity> Entities => _entities;

    /// <summary>
    /// Screens one query: retrieves candidates, scores them, and returns up to <paramref name="limit"/> results,
    /// best first, with a score at or above <paramref name="threshold"/> (pass 0 to see everything retrieved).
    /// </summary>
    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query, int limit = 5, double? threshold = null, bool explain = true)
    {
        double cut = threshold ?? Matcher.Parameters.Threshold;
        var q = Matcher.Prepare(query.Schema, query.Names, query.BirthDates, query.Countries);
        if (q.Names.Length == 0)
        {
            return [];
        }

        var candidates = Candidates(q);
        var scored = new List<(int Entity, EntityScore Score)>(candidates.Count);
        foreach (int e in candidates)
        {
            if (query.Schema is not null && !EntityMatcher.SchemasCompatible(query.Schema, _records[e].Schema))
            {
                continue;
            }

            var s = Matcher.Score(q, _records[e], explain: false);
            if (s.Score >= cut && s.Score > 0)
            {
                scored.Add((e, s));
            }
        }

        scored.Sort((a, b) =>
        {
            int c = b.Score.Score.CompareTo(a.Score.Score);
            return c != 0 ? c : string.CompareOrdinal(_entities[a.Entity].Id, _entities[b.Entity].Id);
        });
        var results = new List<ScreeningResult>(Math.Min(limit, scored.Count));
        foreach (var (e, s) in scored.Take(limit))
        {
            var final = explain ? Matcher.Score(q, _records[e], explain: true) : s;
            var entity = _entities[e];
            results.Add(new ScreeningResult(entity.Id, entity.Caption, entity.Schema, entity.ListId, entity.Reference, entity.Programs, entity.ListDate, final.Score, final.Match, final.Explanations, entity));
        }

        return results;
    }

    /// <summary>The entity indexes whose names share the most informative tokens with the query's.</summary>
    private List<int> Candidates(MatchRecord q)
    {
        if (!_scratch.TryTake(out var scratch))
        {
            scratch = new Scratch(_nameEntity.Length, _tokens.Length);
        }

        try
        {
            var similar = scratch.Similar;
            foreach (var name in q.Names)
            {
                foreach (var token in name.Tokens)
                {
                    similar.Clear();
                    CollectSimilarTokens(token, similar, scratch);
                    foreach (var (tid, sim) in similar)
                    {
                        double add = sim * _idf[tid];
                        foreach (int nameId in _postings[tid])
                        {
                            if (scratch.NameScore[nameId] == 0)
                            {
                                scratch.TouchedNames.Add(nameId);
                            }

                            scratch.NameScore[nameId] += add;
                        }
                    }
                }
            }

            var touched = scratch.TouchedNames;
            var scores = scratch.NameScore;
            var best = scratch.Heap;
            best.Clear();
            foreach (int nameId in touched)
            {
                // Among names that share the query's tokens equally, the shorter ones come first: "ISLAMIC STATE"
                // before the many "ISLAMIC STATE IN …" (a tie-break far below one token's weight).
                double score = scores[nameId] - (0.001 * _nameTokens[nameId]);

                // A bounded min-heap keeps the best names without sorting everything touched.
                if (best.Count < CandidateNames)
                {
                    best.Enqueue(nameId, score);
                }
                else if (best.TryPeek(out _, out double lowest) && score > lowest)
                {
                    best.DequeueEnqueue(nameId, score);
                }
            }

            var entities = new List<int>(best.Count);
            var seen = scratch.SeenEntities;
            seen.Clear();
            while (best.TryDequeue(out int nameId, out _))
            {
                int e = _nameEntity[nameId];
                if (seen.Add(e))
                {
                    entities.Add(e);
                }
            }

            return entities;
        }
        finally
        {
            foreach (int n in scratch.TouchedNames)
            {
                scratch.NameScore[n] = 0;
            }

            scratch.TouchedNames.Clear();
            _scratch.Add(scratch);
        }
    }

    private void CollectSimilarTokens(in NameToken token, Dictionary<int, double> similar, Scratch scratch)
    {
        if (_vocab.TryGetValue(token.Text, out int exact))
        {
            similar[exact] = 1.0;
        }

        if (_byCanonical.TryGetValue(token.Canonical, out var canon))
        {
            foreach (int tid in canon)
            {
                similar.TryAdd(tid, 0.95);
            }
        }

        if (token.Key.Length >= 3 && _byKey.TryGetValue(token.Key, out var keyed))
        {
            foreach (int tid in keyed)
            {
                if (!similar.ContainsKey(tid))
                {
                    var (s, _) = TokenSimilarity.Compare(token, in _tokens[tid]);
                    if (s >= 0.5)
                    {
                        similar[tid] = s;
                    }
                }
            }
        }

        if (token.Text.Length < 3)
        {
            return;
        }

        var grams = Trigrams(token.Text);
        var counts = scratch.TokenCount;
        var touched = scratch.TouchedTokens;
        foreach (int g in grams)
        {
            if (_byTrigram.TryGetValue(g, out var tids))
            {
                foreach (int tid in tids)
                {
                    if (counts[tid]++ == 0)
                    {
                        touched.Add(tid);
                    }
                }
            }
        }

        foreach (int tid in touched)
        {
            double dice = 2.0 * counts[tid] / (grams.Count + _trigramCount[tid]);
            counts[tid] = 0;
            if (dice >= TrigramDice && !similar.ContainsKey(tid))
            {
                var (s, _) = TokenSimilarity.Compare(token, in _tokens[tid]);
                if (s >= 0.6)
                {
                    similar[tid] = s;
                }
            }
        }

        touched.Clear();
    }

    private Dictionary<string, int[]> Group(Func<NameToken, string> key)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int tid = 0; tid < _tokens.Length; tid++)
        {
            string k = key(_tokens[tid]);
            if (!map.TryGetValue(k, out var l))
            {
                l = [];
                map[k] = l;
            }

            l.Add(tid);
        }

        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static List<int> Trigrams(string text)
    {
        var grams = new List<int>(text.Length + 2);
        int Code(int i) => i < 0 || i >= text.Length ? '$' : Math.Min((int)text[i], 127);
        for (int i = -1; i < text.Length - 1; i++)
        {
            int g = (Code(i) << 14) | (Code(i + 1) << 7) | Code(i + 2);
            if (!grams.Contains(g))
            {
                grams.Add(g);
            }
        }

        return grams;
    }

    /// <summary>Per-query work arrays, pooled so concurrent queries do not share them.</summary>
    private sealed class Scratch(int names, int tokens)
    {
        public double[] NameScore { get; } = new double[names];

        public List<int> TouchedNames { get; } = new(1024);

        public int[] TokenCount { get; } = new int[tokens];

        public List<int> TouchedTokens { get; } = new(1024);

        public PriorityQueue<int, double> Heap { get; } = new(CandidateNames + 1);

        public Dictionary<int, double> Similar { get; } = [];

        public HashSet<int> SeenEntities { get; } = [];
    }
}
