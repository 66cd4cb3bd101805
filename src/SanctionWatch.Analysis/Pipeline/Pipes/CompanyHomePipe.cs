using SanctionWatch.Analysis.Events;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// Gives a company or organisation no list knows the country the words around its name place it in: a country or a
/// place right before it, past kinds of company and a possessive ("Russia's Zhemchug Bank", "die russische Reederei
/// Kedr", "die Moskauer Kryptobörse Kupol", "Khabarovsk-based Ostrov Bank", "die in Wladiwostok ansässige Reederei X"),
/// an apposition that says it ("Kupol Exchange, a Moscow-based platform", "Songchon Trading Corp., a North Korean
/// exporter") or where it sits ("based in Vladivostok", "mit Sitz in Chabarowsk"). A place glued to the name's first word
/// ("Khabarovsk-based Ostrov Bank") leaves the name. Reports then tell the same firm's acts as its state's.
/// </summary>
public sealed class CompanyHomePipe(GazetteerRecognizer gazetteer) : Pipe("company-homes", DocLayer.Tokens, DocLayer.Mentions)
{
    private const int MaxKinds = 2;
    private const int AppositionWords = 5;
    private const string AdjectiveEnding = "er";

    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        if (doc.Pack.Lexicon is not { } lexicon)
        {
            return;
        }

        var mentions = doc.Mentions.Open;
        var placeEndingAt = new Dictionary<int, string>();
        var placeStartingAt = new Dictionary<int, string>();
        foreach (var m in mentions)
        {
            if (m.Schema is SchemaNames.Country or SchemaNames.Address && m.Country is { } code)
            {
                placeEndingAt.TryAdd(m.End, code);
                placeStartingAt.TryAdd(m.Start, code);
            }
        }

        var homes = new Homes(doc, lexicon, gazetteer, placeEndingAt, placeStartingAt);
        DescribedBodies(doc, homes);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Schema is not (SchemaNames.Organization or SchemaNames.Company) || m.Key is not null || m.Country is not null)
            {
                continue;
            }

            int first = SortedSearch.FirstAtOrAfter(doc.Tokens, m.Start, static t => t.Start);
            if (first >= doc.Tokens.Count || doc.Tokens[first].Start != m.Start)
            {
                continue;
            }

            if (first + 1 < doc.Tokens.Count && doc.Tokens[first + 1].Start < m.End && homes.Glued(first) is { } glued)
            {
                // "Khabarovsk-based Ostrov Bank": the place is no part of the name.
                int start = doc.Tokens[first + 1].Start;
                string text = doc.Text[start..m.End];
                mentions[i] = m with { Start = start, Text = text, Name = text, Country = glued };
                continue;
            }

            if ((homes.Before(first) ?? homes.After(m.End)) is { } home)
            {
                mentions[i] = m with { Country = home };
            }
        }
    }

    // "a Moscow-based over-the-counter trading desk", "ein Wladiwostoker Tanker": a body or ship told by its home alone
    // (a glued "-based" place or a German place adjective before a body or ship noun, no name after it) acts for that
    // home's country: the word becomes a mention of the country, as "a Russian dealer" names Russia.
    private void DescribedBodies(Doc doc, Homes homes)
    {
        var mentions = doc.Mentions.Open;
        var nameStarts = new HashSet<int>();
        var covered = new List<(int Start, int End)>(mentions.Count);
        foreach (var m in mentions)
        {
            nameStarts.Add(m.Start);
            covered.Add((m.Start, m.End));
        }

        covered.Sort();
        var tokens = doc.Tokens;
        for (int i = 0, c = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            while (c < covered.Count && covered[c].End <= token.Start)
            {
                c++;
            }

            // Only a capitalised word with a hyphen or the German ending can be a home; test the span before any string.
            var span = doc.Text.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind != TokenKind.Word || !char.IsUpper(span[0]) || !(span.Contains('-') || span.EndsWith(AdjectiveEnding, StringComparison.Ordinal))
                || (c < covered.Count && covered[c].Start <= token.Start) || homes.HomeWord(i) is not { } code
                || gazetteer.Country(code) is not { } country || homes.BodyAfter(i + 1, nameStarts) < 0)
            {
                continue;
            }

            // Added in any order: the layer sorts its mentions when it is frozen.
            mentions.Add(new Mention(token.Start, token.End, span.ToString(), SchemaNames.Country, country.Key, country.Name, code, Source));
        }
    }

    private const string Source = "home";

    private sealed class Homes(Doc doc, EventLexicon lexicon, GazetteerRecognizer gazetteer, Dictionary<int, string> placeEndingAt, Dictionary<int, string> placeStartingAt)
    {
        private const FunctionWord Kinds = FunctionWord.CompanyNoun | FunctionWord.Descriptor | FunctionWord.FirmWord;

        private readonly List<Token> _tokens = doc.Tokens;
        private readonly string _text = doc.Text;

        private string Word(int i) => _tokens[i].TextOf(_text);

        private bool Is(int i, FunctionWord kind) => _tokens[i].Kind == TokenKind.Word && lexicon.Words.Is(Word(i).ToLowerInvariant(), kind);

        // "bank", "Reederei", and where nouns are compounds, "Regionalbank", "Kryptobörse".
        private bool KindOfCompany(int i) =>
            Is(i, Kinds) || (lexicon.Shapes.CapitalisedNouns && _tokens[i].Kind == TokenKind.Word && lexicon.Words.EndsIn(Word(i).ToLowerInvariant(), Kinds));

        // A glued home ("Moscow-based") or a German place adjective ("Wladiwostoker") at i: its country, or null.
        public string? HomeWord(int i) => Glued(i) ?? PlaceAdjective(i);

        // The index of a body or ship noun at i, or after one word, or after hyphenated words and one word ("a Moscow-based
        // over-the-counter trading desk"), with no name right after it (past a comma or quote), or -1.
        public int BodyAfter(int i, HashSet<int> nameStarts)
        {
            for (int j = i; j < _tokens.Count && j <= i + 2; j++)
            {
                if (_tokens[j].Kind != TokenKind.Word || nameStarts.Contains(_tokens[j].Start)
                    || (j == i + 2 && !Word(i).Contains('-', StringComparison.Ordinal)))
                {
                    return -1; // not "a Moscow-based analyst said customers …"
                }

                string lower = Word(j).ToLowerInvariant();
                if (lexicon.Words.Is(lower, FunctionWord.BodyNoun | FunctionWord.ShipWord)
                    || (lexicon.Shapes.CapitalisedNouns && lexicon.Words.EndsIn(lower, FunctionWord.BodyNoun | FunctionWord.ShipWord)))
                {
                    // A name after it, known or not ("das Moskauer Handelsunternehmen Wostok-Impex"), is the party.
                    int next = j + 1 < _tokens.Count && Word(j + 1) is "," or "„" or "\"" or "“" or "»" ? j + 2 : j + 1;
                    if (next < _tokens.Count && _tokens[next].Kind == TokenKind.Punctuation)
                    {
                        return j; // the sentence or clause ends: no name after it
                    }

                    return next < _tokens.Count && (nameStarts.Contains(_tokens[next].Start)
                        || (_tokens[next].Kind == TokenKind.Word && char.IsUpper(Word(next)[0]) && !Is(next, FunctionWord.Coordinator))) ? -1 : j;
                }

                if (char.IsUpper(Word(j)[0]) && !lexicon.Shapes.CapitalisedNouns)
                {
                    return -1;
                }
            }

            return -1;
        }

        // "Moscow-based", "Khabarovsk-headquartered": the country of the place before the hyphen, or null.
        public string? Glued(int i)
        {
            string word = Word(i);
            int hyphen = word.LastIndexOf('-');
            return hyphen > 0 && lexicon.Words.Is(word[(hyphen + 1)..].ToLowerInvariant(), FunctionWord.HomeWord)
                ? gazetteer.CountryOfPlace(word[..hyphen])
                : null;
        }

        // "Moskauer", "Wladiwostoker": a German place adjective.
        public string? PlaceAdjective(int i)
        {
            string word = Word(i);
            return lexicon.Shapes.CapitalisedNouns && word.Length > AdjectiveEnding.Length + 2 && char.IsUpper(word[0]) && word.EndsWith(AdjectiveEnding, StringComparison.Ordinal)
                ? gazetteer.CountryOfPlace(word[..^AdjectiveEnding.Length])
                : null;
        }

        // The home the words right before the name tell, past at most two kinds of company and a possessive.
        public string? Before(int first)
        {
            int j = first - 1;
            if (j >= 1 && Word(j) == "," && KindOfCompany(j - 1))
            {
                j--; // "A small Vladivostok bank, Tayga Kredit, …"
            }

            for (int kinds = 0; j >= 0 && kinds < MaxKinds && KindOfCompany(j); kinds++)
            {
                j--;
            }

            if (j >= 1 && Is(j, FunctionWord.PossessiveClitic))
            {
                j--;
            }

            if (j < 0)
            {
                return null;
            }

            if (Is(j, FunctionWord.HomeWord) && j >= 1)
            {
                return placeEndingAt.GetValueOrDefault(_tokens[j - 1].End); // "die in Wladiwostok ansässige Reederei"
            }

            return placeEndingAt.GetValueOrDefault(_tokens[j].End) ?? Glued(j) ?? PlaceAdjective(j);
        }

        // ", a Moscow-based platform", ", a North Korean exporter", "based in Vladivostok", "mit Sitz in Chabarowsk".
        public string? After(int end)
        {
            int j = SortedSearch.FirstAtOrAfter(_tokens, end, static t => t.Start);
            if (j < _tokens.Count && Word(j) == "." && j + 1 < _tokens.Count && Word(j + 1) == ",")
            {
                j++; // "Songchon Trading Corp., a …"
            }

            if (j + 1 < _tokens.Count && Word(j) == "," && lexicon.Determiners.Contains(Word(j + 1).ToLowerInvariant()))
            {
                // Only a phrase headed by a kind of company describes it: ", die Meeresfrüchte … nach Russland verkaufe" is a clause.
                string? told = null;
                for (int w = j + 2; w < _tokens.Count && w <= j + 1 + AppositionWords && _tokens[w].Kind == TokenKind.Word; w++)
                {
                    if (KindOfCompany(w))
                    {
                        return told;
                    }

                    told ??= placeStartingAt.GetValueOrDefault(_tokens[w].Start) ?? Glued(w);
                }

                return null;
            }

            for (int w = j; w < _tokens.Count && w <= j + 2; w++)
            {
                if (Is(w, FunctionWord.HomeWord) && w + 2 < _tokens.Count && Word(w + 1) is "in" or "im")
                {
                    return placeStartingAt.GetValueOrDefault(_tokens[w + 2].Start); // "based in Vladivostok", "Sitz in Chabarowsk"
                }
            }

            return null;
        }
    }
}
