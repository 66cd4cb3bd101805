using System.Runtime.CompilerServices;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>Finds who said a quote: a name after or before it, the subject of a verb of saying, a role in an apposition, a speaker named in the sentence before.</summary>
internal sealed class SpeakerFinder(QuoteText q)
{
    public (int? Mention, string Text, string? Role)? SpeakerAfter(int k)
    {
        int limit = Math.Min(q.Tokens.Count, k + 12);
        if (k < q.Tokens.Count && q.IsPunct(k, ","))
        {
            k++;
        }

        if (k >= limit)
        {
            return null;
        }

        // "…", sagt X  /  "…", so X  /  said X
        int verb = q.SpeechAt(k);
        if (verb > 0 || q.Lower(k) == "so")
        {
            int from = k + Math.Max(verb, 1);
            return Named(from, backwards: false);
        }

        // "…", X sagte / X said / X told reporters
        var named = Named(k, backwards: false, out int nameEnd);
        if (named is not null && nameEnd < q.Tokens.Count && q.SpeechAt(nameEnd) > 0)
        {
            return named;
        }

        return null;
    }

    public (int? Mention, string Text, string? Role)? SpeakerBefore(int open, int sentenceFirst)
    {
        int k = q.FirstTokenAtOrAfter(open) - 1;
        if (k < sentenceFirst || !q.IsPunct(k, ":"))
        {
            return null;
        }

        for (int j = k - 1; j >= sentenceFirst; j--)
        {
            int verb = q.SpeechAt(j);
            if (verb == 0)
            {
                continue;
            }

            var afterVerb = Named(j + verb, backwards: false, out _);
            if (afterVerb is not null)
            {
                return afterVerb;
            }

            return Subject(j, sentenceFirst);
        }

        // "Der wahre Grund ist für Seiler: „…“", "X legte nach: „…“": the person named before the colon.
        // People are sorted by start: only those from the sentence's start to the colon are looked at.
        for (int p = q.FirstPersonAtOrAfter(q.Tokens[sentenceFirst].Start); p < q.People.Count && q.Mentions[q.People[p]].Start <= q.Tokens[k].Start; p++)
        {
            int i = q.People[p];
            var m = q.Mentions[i];
            if (m.End <= q.Tokens[k].Start && m.Schema == "Person")
            {
                return (i, m.Text, Role(i));
            }
        }

        return null;
    }

    public (int? Mention, string Text, string? Role)? Subject(int verb, int sentenceFirst)
    {
        if (verb > sentenceFirst && q.IsPronoun(verb - 1) || verb + 1 < q.Tokens.Count && q.IsPronoun(verb + 1))
        {
            return q.LastSpeaker;
        }

        // The nearest person before the verb in its sentence, walking back from the verb only.
        for (int i = q.FirstPersonAtOrAfter(q.Tokens[verb].Start + 1) - 1; i >= 0 && q.Mentions[q.People[i]].Start >= q.Tokens[sentenceFirst].Start; i--)
        {
            var m = q.Mentions[q.People[i]];
            if (m.End <= q.Tokens[verb].Start)
            {
                return (q.People[i], m.Text, Role(q.People[i]));
            }
        }

        if (verb > sentenceFirst && q.IsPronoun(sentenceFirst))
        {
            return q.LastSpeaker;
        }

        return null;
    }

    public (int? Mention, string Text, string? Role)? Named(int k, bool backwards) => Named(k, backwards, out _);

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
    public string? AppositionAt(int k)
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

    public (int? Mention, string Text, string? Role)? NamedInPreviousSentence(int sentenceIndex)
    {
        if (sentenceIndex == 0)
        {
            return null;
        }

        var previous = q.Sentences[sentenceIndex - 1];
        for (int i = q.FirstPersonAtOrAfter(previous.End + 1) - 1; i >= 0 && q.Mentions[q.People[i]].Start >= previous.Start; i--)
        {
            var m = q.Mentions[q.People[i]];
            if (m.End <= previous.End && m.Schema == "Person")
            {
                return (q.People[i], m.Text, Role(q.People[i]));
            }
        }

        return null;
    }

    public (int? Mention, string Text, string? Role)? SpeechSubject(int first, int end, int open, int close)
    {
        for (int k = first; k < end; k++)
        {
            if (q.Tokens[k].Start >= open && q.Tokens[k].Start <= close)
            {
                continue;
            }

            int verb = q.SpeechAt(k);
            if (verb == 0)
            {
                continue;
            }

            return Subject(k, first) ?? Named(k + verb, backwards: false);
        }

        return null;
    }
}
