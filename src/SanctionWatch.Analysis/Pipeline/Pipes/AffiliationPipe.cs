using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// Gives a person named after a country's title that country: "Israeli President Moshe Katsav", "Jordan's King
/// Abdullah II", "Irans Außenminister Abbas Araghchi". Between the country and the name stand at most four words: title
/// words of the language pack, at least one, a possessive and capitalised parts of the title ("Vice Foreign Minister");
/// any other word ("U.S. aid to Ukraine by President Biden") breaks it. A person the gazetteer already places keeps its country.
/// </summary>
public sealed class AffiliationPipe() : Pipe("affiliations", DocLayer.Tokens, DocLayer.Mentions)
{
    private const int MaxWords = 4;

    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        if (doc.Pack.Lexicon is not { } lexicon)
        {
            return;
        }

        var mentions = doc.Mentions.Open;
        var tokens = doc.Tokens;
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
