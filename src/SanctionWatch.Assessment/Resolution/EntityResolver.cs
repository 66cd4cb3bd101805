using SanctionWatch.Analysis.Gazetteers;

namespace SanctionWatch.Assessment.Resolution;

/// <summary>
/// Resolves mentions into real-world entities within and across documents. Gazetteer mentions carry a key
/// and resolve by it; other mentions resolve by a spelling-independent name key, a surname to the full
/// name the same document gave, and — across documents — a lone surname to the one full name that has it.
/// The result depends only on the documents, not on their order.
/// </summary>
public sealed class EntityResolver
{
    private readonly IReadOnlyDictionary<string, string> _knownPeople;

    /// <summary>The name keys of <paramref name="gazetteer"/>'s people → their keys, for <see cref="EntityResolver(IReadOnlyDictionary{string, string}?)"/>.</summary>
    public static IReadOnlyDictionary<string, string> KnownPeople(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in gazetteer.People)
        {
            foreach (string name in entry.Names)
            {
                known.TryAdd(NameKey.Of(name), entry.Key);
            }
        }

        return known;
    }

    /// <summary>Creates the resolver.</summary>
    /// <param name="knownPeople">Name keys (see <see cref="NameKey"/>) of known people → their gazetteer keys.</param>
    public EntityResolver(IReadOnlyDictionary<string, string>? knownPeople = null) =>
        _knownPeople = knownPeople ?? new Dictionary<string, string>();

    /// <summary>Resolves the mentions of <paramref name="documents"/> (ordered by id).</summary>
    public EntityResolution Resolve(IReadOnlyList<(Document Document, DocumentAnalysis Analysis)> documents)
    {
        var clusterOf = new Dictionary<(string Document, int Mention), string>();
        var members = new Dictionary<string, List<(string Document, Mention Mention)>>(StringComparer.Ordinal);

        foreach (var (document, analysis) in documents)
        {
            var mentions = analysis.Mentions;
            var names = new MentionNames(mentions);
            for (int i = 0; i < mentions.Count; i++)
            {
                clusterOf[(document.Id, i)] = ClusterKey(mentions, names, i);
            }
        }

        // A lone surname cluster joins the one full-name person cluster that ends with it, if there is exactly one.
        var fullNamesByLastToken = clusterOf.Values
            .Where(k => k.StartsWith("person:", StringComparison.Ordinal) && k.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(k => k[(k.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var entry in clusterOf.ToList())
        {
            string key = entry.Value;
            if (key.StartsWith("person:", StringComparison.Ordinal) && !key.Contains(' ', StringComparison.Ordinal)
                && fullNamesByLastToken.TryGetValue(key["person:".Length..], out var candidates) && candidates.Count == 1)
            {
                clusterOf[entry.Key] = candidates[0];
            }
        }

        var byDocument = documents.ToDictionary(d => d.Document.Id, d => d.Analysis, StringComparer.Ordinal);
        JoinCompanyNames(clusterOf, byDocument, documents.ToDictionary(d => d.Document.Id, d => d.Document.Text, StringComparer.Ordinal));
        foreach (var ((documentId, index), key) in clusterOf.OrderBy(e => e.Key.Document, StringComparer.Ordinal).ThenBy(e => e.Key.Mention))
        {
            if (!members.TryGetValue(key, out var list))
            {
                list = [];
                members[key] = list;
            }

            list.Add((documentId, byDocument[documentId].Mentions[index]));
        }

        var entities = members
            .Select(m => MakeEntity(m.Key, m.Value))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var idOfCluster = entities.ToDictionary(e => e.Key, e => e.Id, StringComparer.Ordinal);
        var idOfMention = clusterOf.ToDictionary(e => e.Key, e => idOfCluster[e.Value]);
        return new EntityResolution(entities, idOfMention);
    }

    // "Handelshaus Sosna" and "Sosna Trading": German names the kind of company first, English after; the same words in
    // another order are one company. "Kupol" after "die Kryptobörse" is the one company named "Kupol Exchange": the word
    // before it says what the other name's generic word says. "Die Firma Orontes" says nothing of "Orontes Trading", nor
    // "Rosneft" of "Rosneft Trading". Not where the two are placed in different countries.
    private static void JoinCompanyNames(Dictionary<(string Document, int Mention), string> clusterOf, Dictionary<string, DocumentAnalysis> byDocument, Dictionary<string, string> texts)
    {
        var words = new Dictionary<string, (List<string> Tokens, HashSet<string> Countries, HashSet<string> Kinds)>(StringComparer.Ordinal);
        foreach (var ((document, index), key) in clusterOf)
        {
            var mention = byDocument[document].Mentions[index];
            if (mention.Key is not null || !key.StartsWith("org:", StringComparison.Ordinal) || mention.Schema is not (SchemaNames.Organization or SchemaNames.Company))
            {
                continue;
            }

            if (!words.TryGetValue(key, out var entry))
            {
                entry = ([.. NameKey.Tokens(WithoutLegalForm(mention.Text)).Select(BusinessWords.Of)], [], []);
                words[key] = entry;
            }


            if (KindBefore(texts[document], mention.Start) is { } kind)
            {
                entry.Kinds.Add(kind);
            }

            if (mention.Country is { } country)
            {
                entry.Countries.Add(country);
            }
        }

        var join = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var same in words.GroupBy(w => string.Join(' ', w.Value.Tokens.Order(StringComparer.Ordinal)), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var keys = same.Select(w => w.Key).Order(StringComparer.Ordinal).ToList();
            if (same.SelectMany(w => w.Value.Countries).Distinct(StringComparer.Ordinal).Count() <= 1)
            {
                keys.Skip(1).ToList().ForEach(k => join[k] = keys[0]);
            }
        }

        // Fuller names are looked up by their first word, so the bare names are not compared with every company.
        var byFirstWord = words.Where(w => w.Value.Tokens.Count > 1).ToLookup(w => w.Value.Tokens[0], StringComparer.Ordinal);
        foreach (var (bare, entry) in words.Where(w => w.Value.Tokens.Count > 0 && w.Value.Kinds.Count > 0 && !w.Value.Tokens.Any(BusinessWords.IsGeneric)))
        {
            // The fuller name: the bare name's words in order, then generic words the kind before the bare name tells. A short
            // name alone ("Rosneft" beside "Rosneft Trading") may be the parent of a listed subsidiary: it joins nothing.
            var fuller = byFirstWord[entry.Tokens[0]]
                .Where(w => w.Key != bare && w.Value.Tokens.Count > entry.Tokens.Count && w.Value.Tokens.Take(entry.Tokens.Count).SequenceEqual(entry.Tokens)
                    && w.Value.Tokens.Skip(entry.Tokens.Count).All(t => BusinessWords.IsGeneric(t) && entry.Kinds.Contains(t)))
                .Select(w => join.GetValueOrDefault(w.Key, w.Key))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (fuller.Count == 1 && entry.Countries.Concat(words[fuller[0]].Countries).Distinct(StringComparer.Ordinal).Count() <= 1)
            {
                join[bare] = fuller[0];
            }
        }

        foreach (var mention in clusterOf.Keys.ToList())
        {
            if (join.TryGetValue(clusterOf[mention], out string? into))
            {
                clusterOf[mention] = into;
            }
        }
    }

    // The generic word a kind of company right before a name folds to ("Kryptobörse" → "exchange"), or null.
    private static string? KindBefore(string text, int start)
    {
        int end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        string folded = string.Concat(NameKey.Tokens(text[from..end]).Select(BusinessWords.Of));
        return from < end && BusinessWords.IsGeneric(folded) ? folded : null;
    }

    /// <summary>The id of the entity with gazetteer or cluster key <paramref name="key"/>.</summary>
    public static string IdOf(string key) => ContentId.Of("ent", key);

    private string ClusterKey(IReadOnlyList<Mention> mentions, MentionNames names, int index)
    {
        var mention = mentions[index];
        if (mention.Key is not null)
        {
            return mention.Key;
        }

        string nameKey = NameKey.Of(mention.Text);
        if (mention.Schema == SchemaNames.Person)
        {
            if (_knownPeople.TryGetValue(nameKey, out string? known))
            {
                return known;
            }

            // A surname (or part of a name) that this document gave in full belongs to that full name.
            var tokens = names.Surface(index);
            string? best = null;
            int bestLength = tokens.Count;
            // Only a person whose name has this mention's first token can contain all its tokens.
            foreach (int j in tokens.Count == 0 ? names.People : names.PeopleWith(tokens[0]))
            {
                var other = mentions[j];
                if (j == index)
                {
                    continue;
                }

                var otherTokens = names.Canonical(j);
                var otherSurface = names.Surface(j);
                if ((otherTokens.Count > bestLength && tokens.All(otherTokens.Contains))
                    || (otherSurface.Count > bestLength && tokens.All(otherSurface.Contains)))
                {
                    best = other.Key ?? "person:" + NameKey.Of(other.Text);
                    bestLength = Math.Max(otherTokens.Count, otherSurface.Count);
                }
            }

            if (best is not null)
            {
                return _knownPeople.TryGetValue(best["person:".Length..], out string? knownFull) ? knownFull : best;
            }

            return "person:" + nameKey;
        }

        string group = mention.Schema switch
        {
            SchemaNames.Organization or SchemaNames.PublicBody or SchemaNames.Company => "org",
            _ => mention.Schema.ToLowerInvariant(),
        };
        // "Beringflot" and "Bering Flot", "Garant-Coin" and "GarantCoin": a company's name is written with or without its spaces;
        // "Ostrow Logistik" and "Ostrov Logistics": its generic words in either language.
        return group + ":" + (mention.Schema is SchemaNames.Organization or SchemaNames.Company
            ? string.Concat(NameKey.Tokens(WithoutLegalForm(mention.Text)).Select(BusinessWords.Of)) : nameKey);
    }

    // "Jade Anchor Trading Ltd" and "Jade Anchor Trading" are one company: a legal form at the end of the name is no part of
    // whom it names. Generic words (Group, Trading, International) and words that are part of a name ("East India Company")
    // stay, they tell companies apart.
    private static string WithoutLegalForm(string name)
    {
        string rest = name.TrimEnd(' ', '.', ',');
        while (rest.LastIndexOf(' ') is int space and > 0
            && Matching.Normalization.NameVocabulary.LegalForms.TryGetValue(rest[(space + 1)..].TrimEnd('.').ToLowerInvariant(), out string? form)
            && form is not ("group" or "trading" or "intl" or "joint" or "stock")
            && rest[(space + 1)..].ToLowerInvariant() is not ("company" or "companies" or "corporation"))
        {
            rest = rest[..space].TrimEnd(' ', ',');
        }

        return rest;
    }

    private static ResolvedEntity MakeEntity(string key, List<(string Document, Mention Mention)> mentions)
    {
        var keyed = mentions.Where(m => m.Mention.Key == key).Select(m => m.Mention).ToList();
        string name;
        string schema;
        string? country;
        if (keyed.Count > 0)
        {
            name = keyed[0].Name;
            schema = keyed[0].Schema;
            country = keyed[0].Country;
        }
        else
        {
            // The longest form, then the most frequent, then the first in ordinal order.
            name = mentions
                .GroupBy(m => m.Mention.Text, StringComparer.Ordinal)
                .OrderByDescending(g => NameKey.Tokens(g.Key).Count)
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            schema = mentions
                .GroupBy(m => m.Mention.Schema, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            country = mentions.Select(m => m.Mention.Country).FirstOrDefault(c => c is not null);
        }

        var aliases = mentions
            .Select(m => m.Mention.Text)
            .Where(t => !string.Equals(t, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ResolvedEntity(IdOf(key), key, schema, name, aliases, country, mentions);
    }
}

/// <summary>The name tokens of one document's mentions, computed once.</summary>
internal sealed class MentionNames
{
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly List<string>?[] _surface;
    private readonly List<string>?[] _canonical;

    public MentionNames(IReadOnlyList<Mention> mentions)
    {
        _mentions = mentions;
        _surface = new List<string>?[mentions.Count];
        _canonical = new List<string>?[mentions.Count];
        People = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Schema == SchemaNames.Person).ToList();
    }

    /// <summary>Indices of the person mentions.</summary>
    public List<int> People { get; }

    private Dictionary<string, List<int>>? _peopleWith;

    /// <summary>
    /// Indices (ascending) of the person mentions whose surface or canonical tokens include <paramref name="token"/>:
    /// looking a surname up here instead of in every person keeps a long document's resolution linear.
    /// </summary>
    public IReadOnlyList<int> PeopleWith(string token)
    {
        if (_peopleWith is null)
        {
            _peopleWith = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (int j in People)
            {
                foreach (string t in Surface(j).Concat(Canonical(j)).Distinct(StringComparer.Ordinal))
                {
                    if (!_peopleWith.TryGetValue(t, out var list))
                    {
                        list = [];
                        _peopleWith[t] = list;
                    }

                    list.Add(j);
                }
            }
        }

        return _peopleWith.TryGetValue(token, out var found) ? found : [];
    }

    public List<string> Surface(int i) => _surface[i] ??= NameKey.Tokens(_mentions[i].Text);

    public List<string> Canonical(int i) => _canonical[i] ??= _mentions[i].Key is null ? Surface(i) : NameKey.Tokens(_mentions[i].Name);
}

/// <summary>An entity and the mentions that refer to it.</summary>
public sealed record ResolvedEntity(
    string Id,
    string Key,
    string Schema,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    IReadOnlyList<(string Document, Mention Mention)> Mentions);

/// <summary>The entities of a set of documents, and which entity each mention refers to.</summary>
public sealed class EntityResolution
{
    private readonly IReadOnlyDictionary<(string Document, int Mention), string> _idOfMention;

    /// <summary>Creates the resolution.</summary>
    public EntityResolution(IReadOnlyList<ResolvedEntity> entities, IReadOnlyDictionary<(string Document, int Mention), string> idOfMention)
    {
        Entities = entities;
        _idOfMention = idOfMention;
    }

    /// <summary>The entities, ordered by id.</summary>
    public IReadOnlyList<ResolvedEntity> Entities { get; }

    /// <summary>The entity that mention <paramref name="mention"/> of <paramref name="document"/> refers to.</summary>
    public string EntityOf(string document, int mention) => _idOfMention[(document, mention)];
}
