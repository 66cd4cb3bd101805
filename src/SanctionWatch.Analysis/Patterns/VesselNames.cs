namespace SanctionWatch.Analysis.Patterns;

/// <summary>
/// Ship names after a ship noun: capitalised words (and a number) — "the tanker Kumsong 7" — or whatever stands in
/// quotation marks, and a list of quoted names that follows the first ("die Frachter „A“, „B“ und „C“").
/// </summary>
internal static class VesselNames
{
    // Nouns that name a ship; the name follows, often in quotation marks: der Frachter „Angara“, the tanker Kumsong 7.
    private static readonly FrozenSet<string> ShipWords = new[]
    {
        "Frachter", "Frachtschiff", "Containerschiff", "Tanker", "Öltanker", "Schiff", "Schiffes", "Schiffs", "Frachters",
        "Tankers", "Massengutfrachter", "Fähre", "Kriegsschiff", "Landungsschiff",
        "Schiffe", "Containerschiffe", "Frachtschiffe", "Fähren",
        "tanker", "vessel", "ship", "freighter", "Freighter", "Vessel", "cargo", "carrier", "ferry",
        "tankers", "vessels", "ships", "freighters", "carriers",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that join the names of a list.
    // Words of a date that follow a ship noun in German, where every noun is capitalised ("soll ein Tanker Anfang Januar …"):
    // no name starts with them unless quoted.
    private static readonly FrozenSet<string> DateWords = new[]
    {
        "Anfang", "Mitte", "Ende", "Beginn", "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
        "Sonntag", "January", "February", "March", "June", "July", "October", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Early", "Late",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ListWords = new[] { ",", "und", "sowie", "oder", "and", "or" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShipWordSpans = ShipWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a noun after which a ship's name stands.</summary>
    public static bool IsShipNoun(string word) => IsShipNoun(word.AsSpan());

    /// <summary>True for a noun after which a ship's name stands, read where it stands in the text.</summary>
    public static bool IsShipNoun(ReadOnlySpan<char> word) =>
        ShipWordSpans.Contains(word) || word.EndsWith("tanker", StringComparison.Ordinal) || word.EndsWith("frachter", StringComparison.Ordinal);

    /// <summary>The ship names from token <paramref name="i"/> on: one, or a list when the first is quoted.</summary>
    public static List<(int Start, int End, int Last, bool Quoted)> After(string text, List<Token> tokens, int i)
    {
        var names = new List<(int Start, int End, int Last, bool Quoted)>();
        if (Name(text, tokens, i) is not { } first)
        {
            return names;
        }

        names.Add(first);
        while (names[^1].Quoted)
        {
            int next = names[^1].Last + 1;
            if (next >= tokens.Count || !ListWords.Contains(tokens[next].TextOf(text)))
            {
                break;
            }

            if (tokens[next].TextOf(text) == "," && next + 1 < tokens.Count && ListWords.Contains(tokens[next + 1].TextOf(text)))
            {
                next++; // ", and"
            }

            if (Name(text, tokens, next + 1) is not { Quoted: true } following)
            {
                break;
            }

            names.Add(following);
        }

        return names;
    }

    private static (int Start, int End, int Last, bool Quoted)? Name(string text, List<Token> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return null;
        }

        char open = text[tokens[i].Start];
        if (open is '„' or '“' or '"' or '»' or '«' or '‚' or '\'')
        {
            for (int k = i + 1; k < tokens.Count && k <= i + 5; k++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is '“' or '”' or '"' or '«' or '»' or '‘' or '’' or '\'')
                {
                    return k > i + 1 ? (tokens[i + 1].Start, tokens[k - 1].End, k, true) : null;
                }
            }

            return null;
        }

        // Up to four capitalised words and a number ending the name: "Kum Un San 3", "Sae Byol 7".
        if (DateWords.Contains(tokens[i].TextOf(text)))
        {
            return null;
        }

        int last = -1;
        for (int k = i; k < tokens.Count && k < i + 5; k++)
        {
            var token = tokens[k];
            bool name = token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && k < i + 4;
            bool number = token.Kind == TokenKind.Number && last >= 0;
            if ((!name && !number) || (k > i && PatternRecognizer.Gap(text, tokens[k - 1], token) != 1))
            {
                break;
            }

            last = k;
            if (number)
            {
                break;
            }
        }

        return last < 0 ? null : (tokens[i].Start, tokens[last].End, last, false);
    }
}
