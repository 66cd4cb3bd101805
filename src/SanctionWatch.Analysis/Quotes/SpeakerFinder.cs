using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>Finds who said a quote: a name after or before it, the subject of a verb of saying, a speaker named in the sentence before.</summary>
internal sealed class SpeakerFinder(QuoteText q)
{
    private readonly SpeakerNames _names = new(q);

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
        if (verb > 0 || q.Lex.Words.Is(q.Lower(k), FunctionWord.Attribution))
        {
            int from = k + Math.Max(verb, 1);
            return _names.Named(from, backwards: false);
        }

        // "…", X sagte / X said / X told reporters
        var named = _names.Named(k, backwards: false, out int nameEnd);
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

            var afterVerb = _names.Named(j + verb, backwards: false, out _);
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
            if (m.End <= q.Tokens[k].Start && m.Schema == SchemaNames.Person)
            {
                return (i, m.Text, _names.Role(i));
            }
        }

        return null;
    }

    private (int? Mention, string Text, string? Role)? Subject(int verb, int sentenceFirst)
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
                return (q.People[i], m.Text, _names.Role(q.People[i]));
            }
        }

        if (verb > sentenceFirst && q.IsPronoun(sentenceFirst))
        {
            return q.LastSpeaker;
        }

        return null;
    }

    /// <summary>Who says what the verb of saying at token <paramref name="verb"/> (<paramref name="length"/> tokens long) introduces: its subject, or the name after it.</summary>
    public (int? Mention, string Text, string? Role)? SayerOf(int verb, int length, int sentenceFirst) =>
        Subject(verb, sentenceFirst) ?? _names.Named(verb + length, backwards: false);

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
            if (m.End <= previous.End && m.Schema == SchemaNames.Person)
            {
                return (q.People[i], m.Text, _names.Role(q.People[i]));
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

            return SayerOf(k, verb, first);
        }

        return null;
    }
}
