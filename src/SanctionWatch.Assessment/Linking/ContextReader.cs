using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Matching.Normalization;

namespace SanctionWatch.Assessment.Linking;

/// <summary>
/// Reads what the text around an entity's mentions says about who it is: the countries named next to it
/// ("Iran's Revolutionary Guard", "Russian businessman"), the countries named in the same passage, and the titles
/// that make a person an American official ("Senator", "our Special Representative for …").
/// </summary>
public sealed partial class ContextReader
{
    private const int AdjacentWords = 3;
    private const int RoleChars = 60;

    private readonly FrozenDictionary<string, string> _places;
    private readonly int _longest;

    /// <summary>Creates the reader over the countries and capitals of <paramref name="gazetteer"/>.</summary>
    public ContextReader(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in gazetteer.Places)
        {
            if (entry.Country is null || entry.Schema is not (SchemaNames.Country or SchemaNames.Address))
            {
                continue;
            }

            // A city counts by its usual name only: its many foreign spellings include ordinary words.
            foreach (string raw in entry.Schema == SchemaNames.Country ? entry.Names.Append(entry.Name) : [entry.Name])
            {
                string name = Key(raw.StartsWith("adj:", StringComparison.Ordinal) ? raw[4..] : raw);
                if (name.Length >= 4)
                {
                    map.TryAdd(name, entry.Country);
                }
            }
        }

        // Seats of government stand for their country in political news.
        map.TryAdd("kremlin", "ru");
        map.TryAdd("north korean", "kp");
        map.TryAdd("south korean", "kr");
        map.TryAdd("iranian", "ir");
        _places = map.ToFrozenDictionary(StringComparer.Ordinal);
        _longest = map.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>Country codes named in <paramref name="text"/>.</summary>
    public IReadOnlySet<string> Countries(string text)
    {
        // A possessive ("Iran's") names the country; the name splitter would join it into one word.
        var words = NameNormalizer.SplitWords(text.ToLowerInvariant().Replace("'s", " ", StringComparison.Ordinal).Replace("\u2019s", " ", StringComparison.Ordinal));
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
        {
            for (int n = Math.Min(_longest, words.Count - i); n >= 1; n--)
            {
                if (_places.TryGetValue(string.Join(' ', words.Skip(i).Take(n)), out var code))
                {
                    found.Add(code);
                    break;
                }

                // A German genitive names the place too: "Nordkoreas Machthaber", "Russlands Präsident".
                if (n == 1 && words[i].Length > 5 && words[i][^1] == 's' && _places.TryGetValue(words[i][..^1], out code))
                {
                    found.Add(code);
                }
            }
        }

        return found;
    }

    /// <summary>Country codes named right before the mention or in its own words ("North Korea's", "Russian").</summary>
    public IReadOnlySet<string> Qualifiers(MentionWindow window)
    {
        // The last words of the clause before the mention: "Iran's", "North Korean leader", "Russian businessman".
        string clause = window.Before.Split(['.', ';', ':', '?', '!', '\n', ',', '(', '—']).Last();
        // "Russian-backed", "Kremlin-aligned" say who backs it, not who it is.
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Contains('-', StringComparison.Ordinal)).ToArray();
        var found = new HashSet<string>(Countries(string.Join(' ', words.Skip(Math.Max(0, words.Length - AdjacentWords)))), StringComparer.Ordinal);
        found.UnionWith(Countries(window.Text));
        return found;
    }

    /// <summary>The title that makes the mentioned person an American official, or null.</summary>
    public static string? AmericanRole(MentionWindow window)
    {
        var before = window.Before.Length > RoleChars ? window.Before[^RoleChars..] : window.Before;
        var m = AmericanRoleRegex().Match(before);
        return m.Success ? m.Value.Trim() : null;
    }

    private static string Key(string name) => string.Join(' ', NameNormalizer.SplitWords(name.ToLowerInvariant()));

    // Titles only American officials carry, or a title the text claims for the United States ("our", "U.S.").
    [GeneratedRegex(@"\b(?:Senator|Sen\.|Congressman|Congresswoman|Rep\.|Governor|Gov\.|Mayor|Nominee|Speaker|Special Representative|Special Envoy|Special Presidential Envoy|(?:our|U\.S\.|American|United States)\s+(?:\w+\s+){0,2}(?:Ambassador|Representative|Envoy|Secretary|Coordinator|Adviser|Advisor|official|diplomat|negotiator|Director)|Secretary of (?:State|Defense|the Treasury|Commerce|Energy|Homeland Security)|National Security Advis[eo]r)(?:\s+(?:for|to|of|on)\s+[\w.'’ ]{1,30}?)?,?\s*$")]
    private static partial Regex AmericanRoleRegex();
}
