namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Parties a sentence's events take from words outside their own clause: the doer a relative clause names for a noun,
/// and the party a threat is aimed at, named in its "if" clause.
/// </summary>
internal sealed partial class SentenceRun
{
    // "Die Verschiffung von Raketen nach Russland, die Nordkorea … abgewickelt haben soll", "the transfer of technology to
    // North Korea, which they say Moscow began": a relative clause right after the noun's phrase names its doer. The
    // parser often hangs such a clause elsewhere, so the commas and the relative pronoun tell.
    private void DoerInRelativeClause(List<RawEvent> built)
    {
        foreach (var e in built)
        {
            if (!e.Noun || e.Type != "TRANSFER" || e.Actor is not null)
            {
                continue;
            }

            int k = e.TriggerToken;
            int comma = -1;
            for (int j = k + 1; j < st.S.Count && j <= k + 8; j++)
            {
                if (st.S.IsPunct(j))
                {
                    comma = st.S.Lower(j) == "," ? j : -1;
                    break;
                }

                if (st.Tree is { } t && t.Tree.Upos[j] is "VERB" or "AUX")
                {
                    break;
                }
            }

            if (comma < 0 || comma + 2 >= st.S.Count || !st.Lex.Words.Is(st.S.Lower(comma + 1), FunctionWord.Relative) || !RelativeWithItsOwnSubject(comma + 1))
            {
                continue;
            }

            foreach (var p in st.Parts)
            {
                if (p.Start > comma + 1 && st.Hard[p.Start] == st.Hard[comma + 1] && !p.Adjective && (p.Seat || st.Doc.Mentions[p.Mention].Schema != "Address")
                    && (e.Target is null || !st.SameThing(p.Mention, e.Target.Mention)))
                {
                    e.Actor = EventBuilder.Ref(p);
                    break;
                }
            }
        }
    }

    private const int InfinitiveReach = 12;

    // "warned that Pyongyang would act if South Korea supplied weapons": a threat is aimed at whoever would do what its
    // "if" clause names; a threat or refusal told with an infinitive, at whom that act would hit.
    private void ThreatTarget(List<RawEvent> built)
    {
        foreach (var e in built)
        {
            if (e.Type is not ("THREATEN" or "REJECT") || e.Target is not null || e.Actor is not { } actor || e.Noun)
            {
                continue;
            }

            var condition = e.Type != "THREATEN" ? null : built.FirstOrDefault(x => x != e && x.TriggerToken > e.TriggerToken && x.Actor is { } doer && !st.SameThing(doer.Mention, actor.Mention)
                && Enumerable.Range(e.TriggerToken + 1, x.TriggerToken - e.TriggerToken - 1).Any(j => (st.Cue[j] & CueKind.Conditional) != 0));
            // "threatened to impose tariffs on German cars", "refused to meet the Iraqi delegation", "drohte, Zölle auf
            // deutsche Autos zu erheben": whom the act in the infinitive would hit is whom the threat or refusal is about.
            var act = built.FirstOrDefault(x => x != e && !x.Deny && x.TriggerToken > e.TriggerToken && x.TriggerToken - e.TriggerToken <= InfinitiveReach
                && x.Target is { } hit && !st.SameThing(hit.Mention, actor.Mention) && (x.Actor is null || st.SameThing(x.Actor.Mention, actor.Mention))
                && st.Lex.Words.Is(st.S.Lower(x.TriggerToken - 1), FunctionWord.InfinitiveMark)
                && !built.Any(y => y.TriggerToken > e.TriggerToken && y.TriggerToken < x.TriggerToken));
            e.Target = condition?.Actor ?? act?.Target;
        }
    }

    // "Poland condemned the shipment of drones from Iran to Russia", "protestierte gegen die Lieferung … durch Iran": a
    // condemnation or protest of an act is aimed at whoever did it, when the act's noun below the verb names its doer.
    private void JudgedDoer(List<RawEvent> built)
    {
        if (st.Tree is not { } g)
        {
            return;
        }

        foreach (var e in built)
        {
            if (e.Type is not ("ACCUSE" or "PROTEST") || e.Target is not null || e.Actor is not { } judge || e.Noun)
            {
                continue;
            }

            var act = built.FirstOrDefault(x => x != e && x.Noun && x.Actor is { } doer && !st.SameSide(doer, judge)
                && Below(g, e.TriggerToken, x.TriggerToken, x.TriggerToken + 1));
            e.Target = act?.Actor;
        }
    }

    // A relative clause whose pronoun is not its subject and that judges nothing: ", die Nordkorea … abgewickelt haben
    // soll", ", which they say Moscow began" — not ", which has used them" (the pronoun is the subject), not ", which
    // Russia condemned" (a judge, no doer), not ", die Lage in der Ukraine" (an article).
    private bool RelativeWithItsOwnSubject(int pronoun)
    {
        int next = pronoun + 1;
        if (st.Tree is { } g && (g.Tree.Upos[next] is "VERB" or "AUX" || (g.Tree.Upos[next] == "NOUN" && !st.InParticipant(next))))
        {
            return false;
        }

        for (int j = next; j < st.S.Count && st.Hard[j] == st.Hard[pronoun]; j++)
        {
            if (st.Lex.Triggers.Find(st.S.Lower(j)).Value is { } other && other.Type != "TRANSFER")
            {
                return false;
            }
        }

        return true;
    }
}
