using SanctionWatch.Analysis.Events;

namespace SanctionWatch.Analysis.Quotes;

/// <summary>Reported speech without quotation marks: what follows a verb of saying ("sagt, Putin wolle …", "said that …") with the sayer as speaker.</summary>
internal sealed class ReportedSpeech(QuoteText q)
{
    private readonly SpeakerFinder _speakers = new(q);

    /// <summary>The speech reported in sentence <paramref name="s"/>, or null.</summary>
    public QuoteMention? In(SentenceWords s)
    {
        for (int k = 0; k < s.Count; k++)
        {
            var (length, kind) = q.Lex.Cues.Match(s.Words, k, s.Count);
            if (length == 0 || (kind & CueKind.Speech) == 0)
            {
                continue;
            }

            int c = k + length;
            if (q.Lex.Shapes.CommaComplement)
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

                if (!konjunktiv && !(c < s.Count && q.Lex.Words.Is(s.Lower(c), FunctionWord.Complementiser)))
                {
                    continue;
                }
            }
            else
            {
                if (c < s.Count && q.Lex.Words.Is(s.Lower(c), FunctionWord.Complementiser))
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
            var speaker = _speakers.SayerOf(verb, length, s.First);
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
