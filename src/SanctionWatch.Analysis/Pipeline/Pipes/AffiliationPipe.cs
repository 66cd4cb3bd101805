using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// Gives a ship named after a country's ship noun ("the Russian tanker Sakhalin Aurora") that country, and a person named after a country's title that country: "Israeli President Moshe Katsav", "Jordan's King
/// Abdullah II", "Irans Außenminister Abbas Araghchi". Between the country and the name stand at most four words: title
/// words of the language pack, at least one, a possessive and capitalised parts of the title ("Vice Foreign Minister");
/// any other word ("U.S. aid to Ukraine by President Biden") breaks it. A person the gazetteer already places keeps its country.
/// An international body's common name right after a country ("des russischen Sicherheitsrats", "Russia's Security
/// Council") is that country's own body, not the international one: it keeps its words and takes that country.
/// </summary>
public sealed class AffiliationPipe() : Pipe("affiliations", DocLayer.Tokens, DocLayer.Mentions)
{
    private const int MaxWords = 4;

    // The country whose mention ends right before the name, or before its possessive ("Russia's Security Council"), or null.
    private static string? NamedAfterACountry(Doc doc, List<Token> tokens, Dictionary<int, string> countryEndingAt, Events.EventLexicon lexicon, int start)
    {
        int first = SortedSearch.FirstAtOrAfter(tokens, start, static t => t.Start);
        if (first == 0 || first >= tokens.Count || tokens[first].Start != start)
        {
            return null;
        }

        var before = tokens[first - 1];
        if (first >= 2 && lexicon.Words.Is(before.TextOf(doc.Text).ToLowerInvariant(), Events.FunctionWord.PossessiveClitic))
        {
            before = tokens[first - 2];
        }

        return countryEndingAt.GetValueOrDefault(before.End);
    }

    // "the Russian tanker Sakhalin Aurora", "der russische Frachter „Angara“": the country before the ship noun, or null.
    private static string? ShipOfACountry(Doc doc, List<Token> tokens, Dictionary<int, string> countryEndingAt, int start)
    {
        int j = SortedSearch.FirstAtOrAfter(tokens, start, static t => t.Start) - 1;
        if (j >= 0 && tokens[j].Kind == TokenKind.Punctuation && doc.Text[tokens[j].Start] is '„' or '"' or '“' or '»' or '\'')
        {
            j--;
        }

        int nouns = 0;
        while (j >= 0 && nouns < 2 && Patterns.VesselNames.IsShipNoun(doc.Text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start)))
        {
            j--;
            nouns++;
        }

        if (nouns == 0 || j < 0)
        {
            return null;
        }

        // "the Russian-flagged tanker Severny Veter", "der unter russischer Flagge": a flag glued to the country is its country.
        var word = tokens[j].TextOf(doc.Text);
        int glued = word.EndsWith("-flagged", StringComparison.Ordinal) ? "-flagged".Length
            : word.EndsWith("-registered", StringComparison.Ordinal) ? "-registered".Length : 0;
        if (countryEndingAt.GetValueOrDefault(tokens[j].End - glued) is { } country)
        {
            return country;
        }

        // "the Russian roll-on/roll-off ship Ussuriysky Zaliv": a few hyphenated words of the ship's kind between.
        for (int skipped = 0; j >= 1 && skipped < MaxKindWords; skipped++)
        {
            var kind = tokens[j].TextOf(doc.Text);
            if (!(kind is "/" or "-" || (char.IsLower(kind[0]) && kind.Contains('-', StringComparison.Ordinal))))
            {
                return null; // not "Germany seized the tanker X": only hyphenated kind words ("roll-on/roll-off") stand between
            }

            j--;
            if (countryEndingAt.GetValueOrDefault(tokens[j].End) is { } described)
            {
                return described;
            }
        }

        return null;
    }

    private const int MaxKindWords = 3;

    // ", a shipping company …", ", eine Reederei aus …": an apposition whose head is a kind of company, within four words
    // after the comma and its article.
    private static bool DescribedAsCompany(Doc doc, List<Token> tokens, Events.EventLexicon lexicon, int end)
    {
        int j = SortedSearch.FirstAtOrAfter(tokens, end, static t => t.Start);
        if (j + 2 >= tokens.Count || tokens[j].TextOf(doc.Text) != "," || !lexicon.Determiners.Contains(tokens[j + 1].TextOf(doc.Text).ToLowerInvariant()))
        {
            return false;
        }

        for (int w = j + 2; w < tokens.Count && w <= j + 5 && tokens[w].Kind == TokenKind.Word; w++)
        {
            if (lexicon.Words.Is(tokens[w].TextOf(doc.Text).ToLowerInvariant(), Events.FunctionWord.CompanyNoun | Events.FunctionWord.Descriptor))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        if (doc.Pack.Lexicon is not { } lexicon)
        {
            return;
        }

        var mentions = doc.Mentions.Open;
        var tokens = doc.Tokens;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Schema is SchemaNames.Person or SchemaNames.Organization && m.Key is null && DescribedAsCompany(doc, tokens, lexicon, m.End))
            {
                mentions[i] = m with { Schema = SchemaNames.Company }; // "Bering Flot, a shipping company based in Vladivostok"
            }
        }

        var countryEndingAt = new Dictionary<int, string>();
        foreach (var m in mentions)
        {
            if (m.Schema == SchemaNames.Country && m.Country is { } code)
            {
                countryEndingAt.TryAdd(m.End, code);
            }
        }

        if (countryEndingAt.Count == 0)
        {
            return;
        }

        Span<char> buffer = stackalloc char[64];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Schema is SchemaNames.Organization or SchemaNames.PublicBody && m.Country is null && m.Key is not null
                && NamedAfterACountry(doc, tokens, countryEndingAt, lexicon, m.Start) is { } owner)
            {
                mentions[i] = m with { Key = null, Name = m.Text, Country = owner };
                continue;
            }

            if (m.Schema == SchemaNames.Vessel && m.Country is null && ShipOfACountry(doc, tokens, countryEndingAt, m.Start) is { } flag)
            {
                mentions[i] = m with { Country = flag };
                continue;
            }

            if (m.Schema != SchemaNames.Person || m.Country is not null)
            {
                continue;
            }

            int first = SortedSearch.FirstAtOrAfter(tokens, m.Start, static t => t.Start);
            // "Jordan's King Abdullah II": the tagger may take the title into the name.
            bool title = first < tokens.Count && lexicon.Titles.Find(LowerCase.Word(doc.Text, tokens[first], buffer).ToString()).Value is not null;
            for (int j = first - 1, words = 0; j >= 0 && words < MaxWords; j--, words++)
            {
                var token = tokens[j];
                if (countryEndingAt.TryGetValue(token.End, out var country) && title)
                {
                    mentions[i] = m with { Country = country };
                    break;
                }

                var word = LowerCase.Word(doc.Text, token, buffer);
                bool possessive = lexicon.Words.Is(word.ToString(), Events.FunctionWord.PossessiveClitic);
                bool titleWord = !possessive && lexicon.Titles.Find(word.ToString()).Value is not null;
                if (word.IsEmpty || !(possessive || titleWord || char.IsUpper(doc.Text[token.Start])))
                {
                    break; // "…, said Russia. Moshe Katsav", "aid to Ukraine by President Biden": no title between
                }

                title |= titleWord;
            }
        }
    }
}
