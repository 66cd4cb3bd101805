using SanctionWatch.Analysis.Patterns;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// A person the document names in full is named again by the surname alone ("Lawrow und Choe vereinbaren …" over
/// "Sergej Lawrow … Choe Son Hui"): a capitalised word no recogniser covered that is the surname of exactly one full
/// name in the document — the last word, or the first of a Korean name — becomes a mention of that person, and the
/// surname the tagger found alone takes that person's name.
/// </summary>
public sealed class ShortNamePipe() : Pipe("short-names", DocLayer.Tokens, DocLayer.Mentions)
{
    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        var mentions = doc.Mentions.Open;
        var surnames = Surnames(mentions, doc.Pack.Lexicon);
        if (surnames.Count == 0)
        {
            return;
        }

        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < mentions.Count; i++)
        {
            // The tagger found the surname alone ("Choe"): it names the person the document gave in full.
            var m = mentions[i];
            if (m.Schema == SchemaNames.Person && m.Key is null && lookup.TryGetValue(m.Text, out var person) && person is not null)
            {
                mentions[i] = m with { Name = person.Name, Key = person.Key, Country = m.Country ?? person.Country };
            }
        }

        var covered = new CoveringSpans(mentions.Select(m => (m.Start, m.End)));
        foreach (var token in doc.Tokens)
        {
            if (token.Kind != TokenKind.Word || !char.IsUpper(doc.Text[token.Start]))
            {
                continue;
            }

            var word = doc.Text.AsSpan(token.Start, token.End - token.Start);
            if (lookup.TryGetValue(word, out var full) && full is not null && !covered.Covers(token.Start, token.End))
            {
                mentions.Add(new Mention(token.Start, token.End, word.ToString(), SchemaNames.Person, full.Key, full.Name, full.Country, "short-name"));
            }
        }
    }

    // Surname → the mention of the one full name that has it (its name, key and country); a surname two people share
    // ("Kim") maps to null and names no one.
    private static Dictionary<string, Mention?> Surnames(List<Mention> mentions, Events.EventLexicon? lexicon)
    {
        var surnames = new Dictionary<string, Mention?>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Schema != SchemaNames.Person)
            {
                continue;
            }

            var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            string surname = KoreanNames.IsSurname(parts[0]) ? parts[0] : parts[^1];
            bool plain = KoreanNames.IsSurname(parts[0]) ? KoreanNames.IsPlainSurname(surname)
                : surname.Length >= 3 && surname.All(char.IsLetter) && !KoreanNames.IsSurname(surname);
            // A surname that is also a word of the language ("Peters" no, "Mai", "Juni" yes) is left to the tagger.
            if (!plain || (lexicon is not null && lexicon.Words.KindsOf(surname.ToLowerInvariant()) != 0))
            {
                continue;
            }

            if (surnames.TryGetValue(surname, out var other) && other?.Name != m.Name)
            {
                surnames[surname] = null;
            }
            else if (other is null || (other.Key is null && m.Key is not null) || (other.Country is null && m.Country is not null))
            {
                surnames[surname] = m; // of one person's mentions, the one that says most
            }
        }

        return surnames;
    }
}
