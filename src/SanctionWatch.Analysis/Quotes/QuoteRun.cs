using SanctionWatch.Analysis.Events;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>The state of one <see cref="QuoteExtractor.Extract"/> call: it walks the sentences, takes direct speech with its speaker, and reported speech where a sentence has no quote.</summary>
internal sealed class QuoteRun(QuoteText q)
{
    private readonly SpeakerFinder _speakers = new(q);
    private readonly ReportedSpeech _reported = new(q);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<QuoteMention> Run()
    {
        var quotes = new List<QuoteMention>();
        var spans = QuoteMarks.Spans(q.Text);
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
                var r = _reported.In(new SentenceWords(q.Lex, q.Text, q.Tokens, first, tokenIndex));
                if (r is not null)
                {
                    quotes.Add(r);
                }
            }
        }

        return quotes;
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
}
