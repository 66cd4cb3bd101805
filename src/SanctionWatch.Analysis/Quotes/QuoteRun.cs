using System.Runtime.CompilerServices;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>The state of one <see cref="QuoteExtractor.Extract"/> call.</summary>
internal sealed class QuoteRun
{
    private const int MaxQuote = 2000;

    private readonly EventLexicon _lex;
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<TextSpan> _sentences;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly List<int> _people = [];
    private (int? Mention, string Text, string? Role)? _lastSpeaker;
    private int _lastQuoteEnd = -1;

    public QuoteRun(EventLexicon lex, string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions)
    {
        _lex = lex;
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        _mentions = mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Schema is "Person" or "Organization" or "PublicBody" or "Company" or "LegalEntity")
            {
                _people.Add(i);
            }
        }

        _people.Sort((a, b) => mentions[a].Start.CompareTo(mentions[b].Start));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<QuoteMention> Run()
    {
        var quotes = new List<QuoteMention>();
        var spans = QuoteSpans();
        int next = 0;
        int tokenIndex = 0;
        for (int si = 0; si < _sentences.Count; si++)
        {
            var sentence = _sentences[si];
            while (tokenIndex < _tokens.Count && _tokens[tokenIndex].Start < sentence.Start)
            {
                tokenIndex++;
            }

            int first = tokenIndex;
            while (tokenIndex < _tokens.Count && _tokens[tokenIndex].Start < sentence.End)
            {
                tokenIndex++;
            }

            bool any = false;
            while (next < spans.Count && spans[next].Open < sentence.End)
            {
                var (open, close) = spans[next++];
                if (open < sentence.Start)
                {
                    continue;
                }

                var q = Direct(open, close, si, first, tokenIndex);
                if (q is not null)
                {
                    any = true;
                    quotes.Add(q);
                }
            }

            if (!any && tokenIndex > first && HasSpeech(first, tokenIndex))
            {
                var r = Reported(new SentenceWords(_lex, _text, _tokens, first, tokenIndex));
                if (r is not null)
                {
                    quotes.Add(r);
                }
            }
        }

        return quotes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<(int Open, int Close)> QuoteSpans()
    {
        var spans = new List<(int, int)>();
        string t = _text;
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            ReadOnlySpan<char> closers = c switch
            {
                '„' => "“”\"",
                '“' => "”\"",
                '»' => "«",
                '«' => "»",
                '"' => "\"“”",
                _ => default,
            };
            if (closers.IsEmpty || i + 1 >= t.Length || char.IsWhiteSpace(t[i + 1]) || (i > 0 && char.IsLetterOrDigit(t[i - 1])))
            {
                continue;
            }

            if (c == '“' && i > 0 && !char.IsWhiteSpace(t[i - 1]) && t[i - 1] is not ('(' or '[' or '—' or '–'))
            {
                continue; // a German closing mark
            }

            int limit = Math.Min(t.Length, i + MaxQuote);
            int j = i + 1;
            for (; j < limit; j++)
            {
                if (closers.Contains(t[j]) && !(t[j] == '"' && j + 1 < t.Length && char.IsLetter(t[j + 1]) && char.IsWhiteSpace(t[j - 1])))
                {
                    break;
                }

                if (t[j] == '\n' && j + 1 < t.Length && t[j + 1] == '\n')
                {
                    j = limit;
                    break;
                }
            }

            if (j < limit)
            {
                spans.Add((i, j));
                i = j;
            }
        }

        return spans;
    }

    private QuoteMention? Direct(int open, int close, int sentenceIndex, int sentenceFirst, int sentenceEnd)
    {
        int start = open + 1, end = close;
        int words = 0;
        int k = FirstTokenAtOrAfter(start);
        for (; k < _tokens.Count && _tokens[k].Start < end; k++)
        {
            if (_tokens[k].Kind != TokenKind.Punctuation)
            {
                words++;
            }
        }

        // Speaker after the closing mark: „…“, sagt X / "…", X said / "…", said a spokesperson.
        int after = FirstTokenAtOrAfter(close + 1);
        var speaker = SpeakerAfter(after);

        // Speaker before the opening mark in the same sentence: X sagte: „…“
        if (speaker is null)
        {
            speaker = SpeakerBefore(open, sentenceFirst);
        }

        // A quote inside a sentence of saying: "Cheong geht davon aus, dass … \"hinter verschlossenen Türen …\"".
        speaker ??= SpeechSubject(sentenceFirst, sentenceEnd, open, close);
        bool reportedSentence = speaker is not null || HasKonjunktiv(sentenceFirst, sentenceEnd);
        if (words < 4 && !(words >= 3 && reportedSentence) && speaker is null)
        {
            return null; // a term in quotation marks, not speech
        }

        if (words < 3)
        {
            return null;
        }

        if (speaker is null)
        {
            // A quote that continues the last one keeps its speaker; otherwise a person named just before speaks.
            bool continues = _lastSpeaker is not null && sentenceIndex > 0 && _lastQuoteEnd >= _sentences[sentenceIndex - 1].Start;
            speaker = continues ? _lastSpeaker : NamedInPreviousSentence(sentenceIndex) ?? (open - _lastQuoteEnd < 400 ? _lastSpeaker : null);
        }
        if (speaker is { } sp)
        {
            _lastSpeaker = sp;
        }

        _lastQuoteEnd = close;
        return new QuoteMention(start, end, _text[start..end], true, speaker?.Mention, speaker?.Text, speaker?.Role);
    }

    private (int? Mention, string Text, string? Role)? SpeakerAfter(int k)
    {
        int limit = Math.Min(_tokens.Count, k + 12);
        if (k < _tokens.Count && IsPunct(k, ","))
        {
            k++;
        }

        if (k >= limit)
        {
            return null;
        }

        // "…", sagt X  /  "…", so X  /  said X
        int verb = SpeechAt(k);
        if (verb > 0 || Lower(k) == "so")
        {
            int from = k + Math.Max(verb, 1);
            return Named(from, backwards: false);
        }

        // "…", X sagte / X said / X told reporters
        var named = Named(k, backwards: false, out int nameEnd);
        if (named is not null && nameEnd < _tokens.Count && SpeechAt(nameEnd) > 0)
        {
            return named;
        }

        return null;
    }

    private (int? Mention, string Text, string? Role)? SpeakerBefore(int open, int sentenceFirst)
    {
        int k = FirstTokenAtOrAfter(open) - 1;
        if (k < sentenceFirst || !IsPunct(k, ":"))
        {
            return null;
        }

        for (int j = k - 1; j >= sentenceFirst; j--)
        {
            int verb = SpeechAt(j);
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
        for (int p = FirstPersonAtOrAfter(_tokens[sentenceFirst].Start); p < _people.Count && _mentions[_people[p]].Start <= _tokens[k].Start; p++)
        {
            int i = _people[p];
            var m = _mentions[i];
            if (m.End <= _tokens[k].Start && m.Schema == "Person")
            {
                return (i, m.Text, Role(i));
            }
        }

        return null;
    }

    private (int? Mention, string Text, string? Role)? Subject(int verb, int sentenceFirst)
    {
        if (verb > sentenceFirst && IsPronoun(verb - 1) || verb + 1 < _tokens.Count && IsPronoun(verb + 1))
        {
            return _lastSpeaker;
        }

        for (int i = FirstPersonAtOrAfter(_tokens[verb].Start + 1) - 1; i >= 0 && _mentions[_people[i]].Start >= _tokens[sentenceFirst].Start; i--)
        {
            var m = _mentions[_people[i]];
            if (m.End <= _tokens[verb].Start)
            {
                return (_people[i], m.Text, Role(_people[i]));
            }
        }

        if (verb > sentenceFirst && IsPronoun(sentenceFirst))
        {
            return _lastSpeaker;
        }

        return null;
    }

    private (int? Mention, string Text, string? Role)? Named(int k, bool backwards) => Named(k, backwards, out _);

    private (int? Mention, string Text, string? Role)? Named(int k, bool backwards, out int end)
    {
        end = k;
        if (backwards || k >= _tokens.Count)
        {
            return null;
        }

        if (IsPronoun(k))
        {
            end = k + 1;
            return _lastSpeaker;
        }

        // Skip a title: "sagte Kremlsprecher Dmitri Peskow", "said U.S. Secretary of State".
        int j = k;
        while (j < _tokens.Count && j < k + 4 && (IsTitle(j) || _lex.Determiners.Contains(Lower(j))))
        {
            j++;
        }

        int person = PersonAt(_tokens[j < _tokens.Count ? j : k].Start);
        if (person < 0 && j != k)
        {
            person = PersonAt(_tokens[k].Start);
        }

        if (person >= 0)
        {
            var m = _mentions[person];
            end = FirstTokenAtOrAfter(m.End);
            string? role = j > k && IsTitle(k) ? _text[_tokens[k].Start.._tokens[j - 1].End] : null;
            return (person, m.Text, role ?? Role(person));
        }

        // No mention: a capitalised name ("sagte Zinberg der DW"), or "a spokesperson for the ministry".
        int n = j;
        while (n < _tokens.Count && n < j + 4 && _tokens[n].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[n].Start]) && SpeechAt(n) == 0)
        {
            n++;
        }

        if (n > j && j > k && n + 1 < _tokens.Count && IsPunct(n, ",") && PersonAt(_tokens[n + 1].Start) is int named and >= 0)
        {
            // "sagte die Sprecherin des Weißen Hauses, Karine Jean-Pierre": the name follows its role.
            end = FirstTokenAtOrAfter(_mentions[named].End);
            return (named, _mentions[named].Text, _text[_tokens[k].Start.._tokens[n - 1].End]);
        }

        if (n > j)
        {
            end = n;
            string name = _text[_tokens[j].Start.._tokens[n - 1].End];
            string? role = j > k ? _text[_tokens[k].Start.._tokens[j - 1].End] : AppositionAt(n);
            return (null, name, role);
        }

        if (j > k)
        {
            int stop = j;
            while (stop < _tokens.Count && stop < j + 6 && _tokens[stop].Kind != TokenKind.Punctuation)
            {
                stop++;
            }

            end = stop;
            string phrase = _text[_tokens[k].Start.._tokens[stop - 1].End];
            return (null, phrase, phrase);
        }

        return null;
    }

    private string? Role(int person)
    {
        var m = _mentions[person];
        int before = FirstTokenAtOrAfter(m.Start) - 1;
        int j = before;
        while (j >= 0 && j > before - 3 && IsTitle(j))
        {
            j--;
        }

        if (j < before)
        {
            return _text[_tokens[j + 1].Start.._tokens[before].End];
        }

        return AppositionAt(FirstTokenAtOrAfter(m.End));
    }

    /// <summary>", Professor für internationale Studien an der Ewha Womans University in Seoul" after a name.</summary>
    private string? AppositionAt(int k)
    {
        if (k >= _tokens.Count || !IsPunct(k, ","))
        {
            return null;
        }

        int first = k + 1;
        bool titled = false;
        int j = first;
        for (; j < _tokens.Count && j < first + 30; j++)
        {
            if (_tokens[j].Kind == TokenKind.Punctuation && Lower(j) is "," or "." or ";" or ":" or "\"" or "“" or "”" or "„" or "(" or ")")
            {
                break;
            }

            if (j < first + 4 && IsTitle(j))
            {
                titled = true;
            }
        }

        return titled && j > first ? _text[_tokens[first].Start.._tokens[j - 1].End] : null;
    }

    private (int? Mention, string Text, string? Role)? NamedInPreviousSentence(int sentenceIndex)
    {
        if (sentenceIndex == 0)
        {
            return null;
        }

        var previous = _sentences[sentenceIndex - 1];
        for (int i = FirstPersonAtOrAfter(previous.End + 1) - 1; i >= 0 && _mentions[_people[i]].Start >= previous.Start; i--)
        {
            var m = _mentions[_people[i]];
            if (m.End <= previous.End && m.Schema == "Person")
            {
                return (_people[i], m.Text, Role(_people[i]));
            }
        }

        return null;
    }

    private (int? Mention, string Text, string? Role)? SpeechSubject(int first, int end, int open, int close)
    {
        for (int k = first; k < end; k++)
        {
            if (_tokens[k].Start >= open && _tokens[k].Start <= close)
            {
                continue;
            }

            int verb = SpeechAt(k);
            if (verb == 0)
            {
                continue;
            }

            return Subject(k, first) ?? Named(k + verb, backwards: false);
        }

        return null;
    }

    private bool HasKonjunktiv(int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && (_lex.Cues.Match([Lower(k)], 0, 1).Value & CueKind.Konjunktiv) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private QuoteMention? Reported(SentenceWords s)
    {
        for (int k = 0; k < s.Count; k++)
        {
            var (length, kind) = _lex.Cues.Match(s.Words, k, s.Count);
            if (length == 0 || (kind & CueKind.Speech) == 0)
            {
                continue;
            }

            int c = k + length;
            if (_lex.German)
            {
                // "sagt, Putin wolle …" / "fügt hinzu, dass …"
                while (c < s.Count && c < k + length + 6 && !s.IsPunct(c))
                {
                    c++;
                }

                if (c >= s.Count || s.Lower(c) != ",")
                {
                    continue;
                }

                c++;
                bool konjunktiv = false;
                for (int j = c; j < s.Count; j++)
                {
                    konjunktiv |= (_lex.Cues.Match(s.Words, j, s.Count).Value & CueKind.Konjunktiv) != 0;
                }

                if (!konjunktiv && !(c < s.Count && s.Lower(c) == "dass"))
                {
                    continue;
                }
            }
            else
            {
                if (c < s.Count && s.Lower(c) == "that")
                {
                    c++;
                }
                else if (c < s.Count && s.IsPunct(c))
                {
                    continue;
                }
            }

            int last = s.Count - 1;
            while (last > c && s.IsPunct(last))
            {
                last--;
            }

            if (last - c < 3)
            {
                continue;
            }

            int verb = s.First + k;
            var speaker = Subject(verb, s.First) ?? Named(verb + length, backwards: false);
            if (speaker is null)
            {
                continue;
            }

            _lastSpeaker = speaker;
            int start = s.Token(c).Start, end = s.Token(last).End;
            return new QuoteMention(start, end, _text[start..end], false, speaker.Value.Mention, speaker.Value.Text, speaker.Value.Role);
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool HasSpeech(int first, int end)
    {
        var lookup = _lex.SpeechWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        for (int k = first; k < end; k++)
        {
            var t = _tokens[k];
            if (t.Kind != TokenKind.Word || t.Length > buffer.Length)
            {
                continue;
            }

            var lower = buffer[..t.Length];
            LowerCase.Invariant(_text.AsSpan(t.Start, t.Length), lower);
            if (lookup.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    private int SpeechAt(int k)
    {
        if (k >= _tokens.Count || _tokens[k].Kind != TokenKind.Word)
        {
            return 0;
        }

        var words = new string[Math.Min(3, _tokens.Count - k)];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = Lower(k + i);
        }

        foreach (var (length, kind) in _lex.Cues.MatchAll(words, 0, words.Length))
        {
            if ((kind & (CueKind.Speech | CueKind.Claim)) != 0)
            {
                return length;
            }
        }

        return 0;
    }

    private int PersonAt(int start)
    {
        int p = FirstPersonAtOrAfter(start);
        return p < _people.Count && _mentions[_people[p]].Start == start ? _people[p] : -1;
    }

    // People are sorted by start: a binary search keeps each lookup logarithmic, so a long document's quotes cost
    // linear time instead of quotes × people.
    private int FirstPersonAtOrAfter(int offset)
    {
        int lo = 0, hi = _people.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[_people[mid]].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private bool IsPronoun(int k) => k >= 0 && k < _tokens.Count && (_lex.Cues.Match([Lower(k)], 0, 1).Value & CueKind.Pronoun) != 0;

    private bool IsTitle(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Word && _lex.Titles.Find(Lower(k)).Value is not null;

    private bool IsPunct(int k, string p) => _tokens[k].Kind == TokenKind.Punctuation && _text.AsSpan(_tokens[k].Start, _tokens[k].Length).SequenceEqual(p);

    private string Lower(int k) => LowerCase.Invariant(_text, _tokens[k].Start, _tokens[k].Length);

    private int FirstTokenAtOrAfter(int offset) => TokenSearch.FirstAtOrAfter(_tokens, offset);
}
