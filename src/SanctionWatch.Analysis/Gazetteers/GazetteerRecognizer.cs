using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Gazetteers;

/// <summary>Finds the names of gazetteer entries in a document, longest match first, case-sensitive.</summary>
public sealed class GazetteerRecognizer
{
    private readonly TokenTrie<GazetteerEntry> _trie = new();

    // One-word country names ("US", "Russland"), for German compounds that name a state's body: "US-Finanzministerium".
    private readonly Dictionary<string, GazetteerEntry> _countryWords = new(StringComparer.Ordinal);

    // One-word names of countries and places, for the home a word glued to it tells: "Moscow-based", "Moskauer".
    private readonly Dictionary<string, string> _placeWords = new(StringComparer.Ordinal);

    // Each country's entry by its code.
    private readonly Dictionary<string, GazetteerEntry> _countries = new(StringComparer.Ordinal);

    // The heads of such compounds: the state acts through them ("Das US-Finanzministerium hat … verhängt"); other heads
    // ("Nordkorea-Experte", "Russland-Reise") are no party of that state.
    private static readonly string[] BodyHeads =
    [
        "regierung", "ministerium", "kommission", "botschaft", "armee", "militär", "marine", "streitkräfte", "geheimdienst",
        "behörde", "behörden", "führung", "administration", "präsident", "außenamt", "zoll",
    ];

    /// <summary>Builds the recogniser over <paramref name="entries"/> (e.g. a <see cref="Gazetteer"/>'s); thread-safe, so build it once and share it.</summary>
    public GazetteerRecognizer(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Schema == SchemaNames.Country && entry.Country is { } code)
            {
                _countries.TryAdd(code, entry);
            }

            foreach (string name in entry.Names)
            {
                foreach (string form in Gazetteer.SurfaceForms(name))
                {
                    _trie.Add(form, entry);
                    if (entry.Schema == SchemaNames.Country && !form.Contains(' ') && !name.StartsWith("adj:", StringComparison.Ordinal))
                    {
                        _countryWords.TryAdd(form, entry);
                    }

                    if (IsPlace(entry) && entry.Country is { } home && !form.Contains(' ') && !name.StartsWith("adj:", StringComparison.Ordinal))
                    {
                        _placeWords.TryAdd(form, home);
                    }

                    if (IsPlace(entry) && form.Length >= 4 && form.Any(char.IsLower) && !name.StartsWith("adj:", StringComparison.Ordinal))
                    {
                        // Datelines spell the place in capitals: "SEOUL, Nov 4 (Yonhap) --", "MOSCOW —".
                        _trie.Add(form.ToUpperInvariant(), entry);
                    }
                }
            }
        }
    }

    /// <summary>The country of the country or place one word names ("Moscow", "Chabarowsk", "Russland"), or null.</summary>
    public string? CountryOfPlace(string word) => _placeWords.GetValueOrDefault(word);

    /// <summary>The entry of the country with ISO code <paramref name="code"/>, or null.</summary>
    public GazetteerEntry? Country(string code) => _countries.GetValueOrDefault(code);

    // The country of "US-Finanzministerium", "EU-Kommission" (a compound of a one-word country name and a body), or null.
    private GazetteerEntry? StateBody(string text, Token token)
    {
        int dash = text.IndexOf('-', token.Start, token.End - token.Start);
        if (dash <= token.Start || dash + 2 >= token.End || !char.IsUpper(text[dash + 1]))
        {
            return null;
        }

        var head = text.AsSpan(dash + 1, token.End - dash - 1);
        bool body = false;
        foreach (string h in BodyHeads)
        {
            body |= head.EndsWith(h, StringComparison.OrdinalIgnoreCase);
        }

        return body && _countryWords.TryGetValue(text[token.Start..dash], out var entry) ? entry : null;
    }

    // "North Korean-made missiles", "Russian-built tanks", "Chinese-supplied parts": the country the goods came from, glued to
    // a word that says so; "Russian-occupied Donetsk": the country that holds a place; "the Russian-flagged tanker": the flag of the
    // ship noun after it (no party, but the ship's country); "Moscow-based" and "Belize-flagged Hai Shun 18" are left to the name finder.
    private static Mention? OriginBeforeHyphen(string text, List<Token> tokens, int i, TrieMatch<GazetteerEntry> match)
    {
        if (match.Glued is not { Schema: SchemaNames.Country } entry)
        {
            return null;
        }

        int hyphen = match.Hyphen;
        var suffix = text.AsSpan(hyphen + 1, tokens[i + match.GluedLength - 1].End - hyphen - 1);
        foreach (string word in OriginSuffixes)
        {
            if (suffix.SequenceEqual(word))
            {
                int next = i + match.GluedLength;
                if (word is "flagged" or "registered" && (next >= tokens.Count || !char.IsLower(text[tokens[next].Start])))
                {
                    return null; // "the Belize-flagged Hai Shun 18": the flag is part of the name the name finder takes
                }

                int start = tokens[i].Start;
                return new Mention(start, hyphen, text[start..hyphen], entry.Schema, entry.Key, entry.Name, entry.Country, "gazetteer");
            }
        }

        return null;
    }

    private static readonly string[] OriginSuffixes = ["made", "built", "produced", "manufactured", "supplied", "designed", "origin", "occupied", "held", "controlled", "annexed", "flagged", "registered"];

    private static bool IsPlace(GazetteerEntry entry) => entry.Schema is SchemaNames.Country or SchemaNames.Address;

    /// <summary>Appends the mentions found in <paramref name="text"/> to <paramref name="mentions"/>.</summary>
    public void Recognize(string text, List<Token> tokens, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        for (int i = 0; i < tokens.Count;)
        {
            var first = tokens[i];
            if (first.Kind == TokenKind.Punctuation || !char.IsUpper(text[first.Start]) && !char.IsLower(text[first.Start]))
            {
                i++;
                continue;
            }

            var match = _trie.LongestMatch(text, tokens, i);
            var (length, entry) = (match.Length, match.Value);
            if (entry is null && OriginBeforeHyphen(text, tokens, i, match) is { } origin)
            {
                mentions.Add(origin);
                i += match.GluedLength;
                continue;
            }

            if (entry is null)
            {
                if (StateBody(text, first) is { } state)
                {
                    int prefix = text.IndexOf('-', first.Start, first.End - first.Start);
                    mentions.Add(new Mention(first.Start, prefix, text[first.Start..prefix], state.Schema, state.Key, state.Name, state.Country, "gazetteer"));
                }

                i++;
                continue;
            }

            int start = first.Start;
            int end = tokens[i + length - 1].End;
            mentions.Add(new Mention(start, end, text[start..end], entry.Schema, entry.Key, entry.Name, entry.Country, "gazetteer"));
            i += length;
        }
    }
}
