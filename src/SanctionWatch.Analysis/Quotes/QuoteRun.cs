using System.Runtime.CompilerServices;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>The state of one <see cref="QuoteExtractor.Extract"/> call: quoted spans, direct speech with its speaker, reported speech.</summary>
internal sealed class QuoteRun(QuoteText q)
{
    private const int MaxQuote = 2000;

    private readonly SpeakerFinder _speakers = new(q);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<QuoteMention> Run()
    {
        var quotes = new List<QuoteMention>();
        var spans = QuoteSpans();
        int next = 0;
        int tokenIndex = 0;
        for (int si = 0; si < q.Sentences.Count; si++)
        {
            var sentence = q.Sentences[si];
            while (tokenIndex < q.Tokens.Count && q.Tokens[tokenIndex].Start < sentence.Start)
            {
                tokenIndex++;
            }

            int first = tokenIndex;
            while (tokenIndex < q.Tokens.Count && q.Tokens[tokenIndex].Start < sentence.End)
            {
                tokenIndex++;
            }

            bool any = false;
            while (next < spans.Count && spans[next].Open < sentence.End)
            {
                var (open, close, width) = spans[next++];
                if (open < sentence.Start)
                {
                    continue;
                }

                var quote = Direct(open, close, width, si, first, tokenIndex);
                if (quote is not null)
                {
                    any = true;
                    quotes.Add(quote);
                }
            }

            if (!any && tokenIndex > first && q.HasSpeech(first, tokenIndex))
            {
                var r = Reported(new SentenceWords(q.Lex, q.Text, q.Tokens, first, tokenIndex));
                if (r is not null)
                {
                    quotes.Add(r);
                }
            }
        }

        return quotes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<(int Open, int Close, int Width)> QuoteSpans()
    {
        var spans = new List<(int, int, int)>();
        string t = q.Text;
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (DoubledApostrophes(t, i) is { } doubled)
            {
                spans.Add((i, doubled, 2));
                i = doubled + 1;
                continue;
            }

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
                spans.Add((i, j, 1));
                i = j;
            }
        }

        return spans;
    }

    // ''…'' as some wires and transcripts write quotation marks: the opening pair after a space or line start and
    // before a word, the closing pair after a word, in the same paragraph.
    private static int? DoubledApostrophes(string t, int i)
    {
        if (!(t[i] == '\'' && i + 2 < t.Length && t[i + 1] == '\'' && !char.IsWhiteSpace(t[i + 2]) && (i == 0 || !char.IsLetterOrDigit(t[i - 1]))))
        {
            return null;
        }

        int limit = Math.Min(t.Length - 1, i + MaxQuote);
        for (int j = i + 3; j < limit; j++)
        {
            if (t[j] == '\n' && t[j + 1] == '\n')
            {
                return null;
            }

            if (t[j] == '\'' && t[j + 1] == '\'' && !char.IsWhiteSpace(t[j - 1]))
            {
                return j;
            }
        }

        return null;
    }

    private QuoteMention? Direct(int open, int close, int width, int sentenceIndex, int sentenceFirst, int sentenceEnd)
    {
        int start = open + width, end = close;
        int words = 0;
        int k = q.FirstTokenAtOrAfter(start);
        for (; k < q.Tokens.Count && q.Tokens[k].Start < end; k++)
        {
            if (q.Tokens[k].Kind != TokenKind.Punctuation)
            {
                words++;
            }
        }

        // Speaker after the closing mark: „…“, sagt X / "…", X said / "…", said a spokesperson.
        int after = q.FirstTokenAtOrAfter(close + width);
        var speaker = _speakers.SpeakerAfter(after);

        // Speaker before the opening mark in the same sentence: X sagte: „…“
        if (speaker is null)
        {
            speaker = _speakers.SpeakerBefore(open, sentenceFirst);
        }

        // A quote inside a sentence of saying: "Cheong geht davon aus, dass … \"hinter verschlossenen Türen …\"".
        speaker ??= _speakers.SpeechSubject(sentenceFirst, sentenceEnd, open, close);
        bool reportedSentence = speaker is not null || q.HasKonjunktiv(sentenceFirst, sentenceEnd);
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
            bool continues = q.LastSpeaker is not null && sentenceIndex > 0 && q.LastQuoteEnd >= q.Sentences[sentenceIndex - 1].Start;
            speaker = continues ? q.LastSpeaker : _speakers.NamedInPreviousSentence(sentenceIndex) ?? (open - q.LastQuoteEnd < 400 ? q.LastSpeaker : null);
        }
        if (speaker is { } sp)
        {
            q.LastSpeaker = sp;
        }

        q.LastQuoteEnd = close + width - 1;
        return new QuoteMention(start, end, q.Text[start..end], true, speaker?.Mention, speaker?.Text, speaker?.Role);
    }

    private QuoteMention? Reported(SentenceWords s)
    {
        for (int k = 0; k < s.Count; k++)
        {
            var (length, kind) = q.Lex.Cues.Match(s.Words, k, s.Count);
            if (length == 0 || (kind & CueKind.Speech) == 0)
            {
                continue;
            }

            int c = k + length;
            if (q.Lex.German)
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
                    konjunktiv |= (q.Lex.Cues.Match(s.Words, j, s.Count).Value & CueKind.Konjunktiv) != 0;
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
            var speaker = _speakers.Subject(verb, s.First) ?? _speakers.Named(verb + length, backwards: false);
            if (speaker is null)
            {
                continue;
            }

            q.LastSpeaker = speaker;
            int start = s.Token(c).Start, end = s.Token(last).End;
            return new QuoteMention(start, end, q.Text[start..end], false, speaker.Value.Mention, speaker.Value.Text, speaker.Value.Role);
        }

        return null;
    }
}
