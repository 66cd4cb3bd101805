namespace SanctionWatch.Analysis.Quotes;

/// <summary>
/// Reads the speaker that stands at a token: a pronoun for the last speaker, a person mention or capitalised name after
/// an optional title, or a role phrase ("a spokesperson for the ministry"), with the role that goes with the name.
/// </summary>
internal sealed class SpeakerNames(QuoteText q)
{
    /// <summary>The speaker named from token <paramref name="k"/> on, or null (always null <paramref name="backwards"/>).</summary>
    public (int? Mention, string Text, string? Role)? Named(int k, bool backwards) => Named(k, backwards, out _);

    /// <summary>As <see cref="Named(int, bool)"/>, with <paramref name="end"/> the token after the name.</summary>
    public (int? Mention, string Text, string? Role)? Named(int k, bool backwards, out int end)
    {
        end = k;
        if (backwards || k >= q.Tokens.Count)
        {
            return null;
        }

        if (q.IsPronoun(k))
        {
            end = k + 1;
            return q.LastSpeaker;
        }

        // Skip a title: "sagte Kremlsprecher Dmitri Peskow", "said U.S. Secretary of State".
        int j = k;
        while (j < q.Tokens.Count && j < k + 4 && (q.IsTitle(j) || q.Lex.Determiners.Contains(q.Lower(j))))
        {
            j++;
        }

        int person = q.PersonAt(q.Tokens[j < q.Tokens.Count ? j : k].Start);
        if (person < 0 && j != k)
        {
            person = q.PersonAt(q.Tokens[k].Start);
        }

        if (person >= 0)
        {
            var m = q.Mentions[person];
            end = q.FirstTokenAtOrAfter(m.End);
            string? role = j > k && q.IsTitle(k) ? q.Text[q.Tokens[k].Start..q.Tokens[j - 1].End] : null;
            return (person, m.Text, role ?? Role(person));
        }

        // No mention: a capitalised name ("sagte Zinberg der DW"), or "a spokesperson for the ministry".
        int n = j;
        while (n < q.Tokens.Count && n < j + 4 && q.Tokens[n].Kind == TokenKind.Word && char.IsUpper(q.Text[q.Tokens[n].Start]) && q.SpeechAt(n) == 0)
        {
            n++;
        }

        if (n > j && j > k && n + 1 < q.Tokens.Count && q.IsPunct(n, ",") && q.PersonAt(q.Tokens[n + 1].Start) is int named and >= 0)
        {
            // "sagte die Sprecherin des Weißen Hauses, Karine Jean-Pierre": the name follows its role.
            end = q.FirstTokenAtOrAfter(q.Mentions[named].End);
            return (named, q.Mentions[named].Text, q.Text[q.Tokens[k].Start..q.Tokens[n - 1].End]);
        }

        if (n > j)
        {
            end = n;
            string name = q.Text[q.Tokens[j].Start..q.Tokens[n - 1].End];
            string? role = j > k ? q.Text[q.Tokens[k].Start..q.Tokens[j - 1].End] : AppositionAt(n);
            return (null, name, role);
        }

        if (j > k)
        {
            int stop = j;
            while (stop < q.Tokens.Count && stop < j + 6 && q.Tokens[stop].Kind != TokenKind.Punctuation)
            {
                stop++;
            }

            end = stop;
            string phrase = q.Text[q.Tokens[k].Start..q.Tokens[stop - 1].End];
            return (null, phrase, phrase);
        }

        return null;
    }

    /// <summary>The role of the person mention <paramref name="person"/>: the title words before it, or an apposition after it.</summary>
    public string? Role(int person)
    {
        var m = q.Mentions[person];
        int before = q.FirstTokenAtOrAfter(m.Start) - 1;
        int j = before;
        while (j >= 0 && j > before - 3 && q.IsTitle(j))
        {
            j--;
        }

        if (j < before)
        {
            return q.Text[q.Tokens[j + 1].Start..q.Tokens[before].End];
        }

        return AppositionAt(q.FirstTokenAtOrAfter(m.End));
    }

    /// <summary>", Professor für internationale Studien an der Ewha Womans University in Seoul" after a name.</summary>
    private string? AppositionAt(int k)
    {
        if (k >= q.Tokens.Count || !q.IsPunct(k, ","))
        {
            return null;
        }

        int first = k + 1;
        bool titled = false;
        int j = first;
        for (; j < q.Tokens.Count && j < first + 30; j++)
        {
            if (q.Tokens[j].Kind == TokenKind.Punctuation && q.Lower(j) is "," or "." or ";" or ":" or "\"" or "“" or "”" or "„" or "(" or ")")
            {
                break;
            }

            if (j < first + 4 && q.IsTitle(j))
            {
                titled = true;
            }
        }

        return titled && j > first ? q.Text[q.Tokens[first].Start..q.Tokens[j - 1].End] : null;
    }
}
