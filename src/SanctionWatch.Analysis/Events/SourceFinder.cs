namespace SanctionWatch.Analysis.Events;

/// <summary>Finds who a sentence's claims come from: a named source ("laut", "according to"), the speaker of a verb of saying, or an unnamed source.</summary>
internal sealed class SourceFinder(SentenceState st)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Find()
    {
        for (int k = 0; k < st.S.Count; k++)
        {
            var kind = st.Cue[k];
            if (kind == CueKind.None || st.InParticipant(k))
            {
                continue; // "the United States": a word of a name says nothing
            }

            int length = Math.Max(1, st.Lex.Cues.Match(st.S.Words, k, st.S.Count).Length);
            if ((kind & CueKind.SourceBefore) != 0)
            {
                bool so = st.Lex.Words.Is(st.S.Lower(k), FunctionWord.Attribution);
                if (so && !(k > 0 && st.IsQuoteOrComma(k - 1)))
                {
                    continue;
                }

                var p = After(k + length, 3);
                if (p is not null)
                {
                    st.Claimant ??= p;
                    st.Excluded.Add(p.Mention);
                }
                else if (!so)
                {
                    st.UnnamedSource = true;
                }
            }

            if ((kind & CueKind.SourceAfter) != 0)
            {
                var p = st.Parts.LastOrDefault(x => x.End == k || x.End == k - 1);
                if (p is not null)
                {
                    st.Claimant ??= p;
                    st.Excluded.Add(p.Mention);
                }
                else
                {
                    st.UnnamedSource = true;
                }
            }

            if ((kind & (CueKind.Speech | CueKind.Claim)) != 0)
            {
                if ((kind & CueKind.Claim) != 0)
                {
                    st.ClaimWords.Add(k);
                }

                var p = Speaker(k, length, (kind & CueKind.Speech) == 0);
                if (p is not null && st.Speaker is null)
                {
                    st.Speaker = p;
                    st.SpeechAt = k;
                }
                else if (p is null && (kind & CueKind.Speech) != 0 && !((kind & CueKind.Claim) != 0 && st.DescribesANoun(k)))
                {
                    // (a claim that describes a noun, "a firm it accused of …", tells its own content only: no unnamed source of the sentence)
                    st.UnnamedSource = true; // "…, a Western intelligence official told reporters": said by someone not named
                }
            }
        }
    }

    private Participant? Speaker(int k, int length, bool claimOnly)
    {
        if (claimOnly && st.Tree is { } described && (described.Tree.Deprels[k] is "acl" or "amod"
            || (k + length < st.S.Count && st.Lex.Words.Is(st.S.Lower(k + length), FunctionWord.OfCase) && !described.Children(k).Any(c => described.Tree.Deprels[c] is "nsubj" or "obj"))))
        {
            // "a company accused of carrying drones", "its alleged role": the participle describes, nobody speaks (however the
            // parser hung "accused of": with no subject or object of its own it is no one's accusation)
            return null;
        }

        if (st.Tree is { } g && !g.Tree.HasRelation(k, "acl") && g.SubjectOf(k) is int subject and >= 0 && !g.IsPronoun(subject))
        {
            // The tree names the one who speaks: "Nebenzia rejected … and said", "sagte der Sprecher …, Mark Ellison";
            // a common noun with no name under it is a source not named ("a Western intelligence official told").
            var under = st.Parts.Where(p => !p.Place && g.Dominates(subject, p.Start, p.End)).ToList();
            return under.FirstOrDefault(p => p.Person) ?? under.FirstOrDefault();
        }

        if (st.Tree is { } rel && rel.Tree.Deprels[k].StartsWith("acl", StringComparison.Ordinal) && rel.SubjectOf(k) is int it and >= 0 && rel.IsPronoun(it))
        {
            return null; // "Vostok Line, a company it said had moved weapons": "it" is who spoke of the company, never the company
        }

        if (st.Tree is { } common && common.SubjectOf(k) is int noun and >= 0 && common.Tree.Upos[noun] == "NOUN"
            && !st.Parts.Any(p => common.Dominates(noun, p.Start, p.End)))
        {
            return null; // "a shipping company that the bloc says has ferried …": the speaker is a common noun, not the name before it
        }

        bool inverted = k > 0 && st.IsQuoteOrComma(k - 1);
        var after = claimOnly ? null : After(k + length, 3);
        if (after is not null && (inverted || after.Person))
        {
            return after;
        }

        if (!claimOnly && UnnamedSubject(k))
        {
            return null; // ", analysts say": the speakers are not named, whoever the sentence named before
        }

        bool pronoun = (k + length < st.S.Count && (st.Cue[k + length] & CueKind.Pronoun) != 0) || (k > 0 && (st.Cue[k - 1] & CueKind.Pronoun) != 0);
        if (pronoun && st.Doc.LastSpeaker is { } last && st.Index - last.Sentence <= 6)
        {
            return new Participant(last.Mention, -1, -1, Marker.None, false, false, true);
        }

        if (inverted && !claimOnly && k + length < st.S.Count && st.Lex.Determiners.Contains(st.S.Lower(k + length)))
        {
            return null; // "…, teilte das Finanzministerium mit", "…, said the ministry": the speaker follows, unnamed here
        }

        Participant? before = null;
        foreach (var p in st.Parts)
        {
            if (p.End > k)
            {
                break;
            }

            if (p.Person || p.End == k)
            {
                before = p.Person || before is null || !before.Person ? p : before;
            }
        }

        return before is not null && !before.Place ? before : null;
    }

    // A verb of saying whose subject, right after a comma or quote, is a common noun ("…, analysts say",
    // "…, the ministry said", "…, sagten Diplomaten" is handled by the inverted case).
    private bool UnnamedSubject(int k)
    {
        for (int j = k - 1, words = 0; j >= 0 && words <= 3; j--, words++)
        {
            if (st.IsQuoteOrComma(j))
            {
                return words > 0;
            }

            if (st.S.IsPunct(j) || st.S.IsUpper(j) || st.Parts.Any(p => p.Start <= j && j < p.End))
            {
                return false;
            }
        }

        return false;
    }

    private Participant? After(int from, int window)
    {
        foreach (var p in st.Parts)
        {
            if (p.Start < from)
            {
                continue;
            }

            if (p.Start > from + window)
            {
                return null;
            }

            for (int j = from; j < p.Start; j++)
            {
                if (!(st.Lex.Determiners.Contains(st.S.Lower(j)) || st.IsTitle(j) || st.IsAdjective(j)))
                {
                    return null;
                }
            }

            return p.Place ? null : p;
        }

        return null;
    }
}
