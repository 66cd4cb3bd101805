using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Gazetteers;

/// <summary>Finds the names of gazetteer entries in a document, longest match first, case-sensitive.</summary>
public sealed class GazetteerRecognizer
{
    private readonly TokenTrie<GazetteerEntry> _trie = new();

    /// <summary>Builds the recogniser over <paramref name="entries"/> (e.g. a <see cref="Gazetteer"/>'s); thread-safe, so build it once and share it.</summary>
    public GazetteerRecognizer(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (string name in entry.Names)
            {
                foreach (string form in Gazetteer.SurfaceForms(name))
                {
                    _trie.Add(form, entry);
                    if (IsPlace(entry) && form.Length >= 4 && form.Any(char.IsLower) && !name.StartsWith("adj:", StringComparison.Ordinal))
                    {
                        // Datelines spell the place in capitals: "SEOUL, Nov 4 (Yonhap) --", "MOSCOW —".
                        _trie.Add(form.ToUpperInvariant(), entry);
                    }
                }
            }
        }
    }

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

            var (length, entry) = _trie.LongestMatch(text, tokens, i);
            if (entry is null)
            {
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
