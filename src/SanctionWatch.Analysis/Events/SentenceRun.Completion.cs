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
            e.Target = condition?.Actor ?? act?.Target ?? (e.Type == "REJECT" && !e.Deny ? RefusedTarget(e, actor) : null);
        }

        // "Belarus has refused to send troops", "refused to meet the delegation": the refused act did not happen; the refusal tells it.
        // "rejected an offer for direct talks": nor did what the refused offer proposed.
        if (st.Tree is not { } tree)
        {
            return;
        }

        var refusals = built.Where(r => r.Type == "REJECT" && !r.Deny && !r.Noun).ToList();
        built.RemoveAll(x => x.Type != "REJECT" && !x.Deny && refusals.Any(r => Refused(tree, r.TriggerToken, x)));

        // "Moscow rejected a report of fuel shipments to Syria": what the rejected report tells is denied by the rejecter.
        // "Moscow rejects the accusations": the rejected noun itself is told by the refusal, with the rejecter as its target.
        built.RemoveAll(x => x.Type != "REJECT" && x.Noun && refusals.Any(r => tree.Tree.Heads[x.TriggerToken] == r.TriggerToken
            && tree.Tree.Deprels[x.TriggerToken] == "obj" && st.Lex.Words.Is(st.S.Lower(x.TriggerToken), FunctionWord.ReportNoun)));
        foreach (var x in built)
        {
            if (x.Type != "REJECT" && refusals.FirstOrDefault(r => ReportRejected(tree, r.TriggerToken, x)) is { } denial)
            {
                x.Modality = "denied";
                x.Claimant ??= denial.Actor;
            }
        }
    }

    private bool ReportRejected(Grammar g, int refusal, RawEvent x) =>
        g.Children(refusal).Any(o => g.Tree.Deprels[o] == "obj" && st.Lex.Words.Is(st.S.Lower(o), FunctionWord.ReportNoun)
            && Below(g, o, new Participant(-1, x.TriggerToken, x.TriggerToken + 1, Marker.None, false, false, false)));

    // The act of an infinitive the refusal governs, or one named below its object when that object is itself a proposal
    // ("an offer … for direct talks"), not a report ("rejects report of fuel shipments" leaves the shipments to the denial).
    private bool Refused(Grammar g, int refusal, RawEvent x)
    {
        int head = g.Tree.Heads[x.TriggerToken];
        if (head == refusal && g.Tree.Deprels[x.TriggerToken] == "xcomp")
        {
            return true;
        }

        return g.Children(refusal).Any(o => g.Tree.Deprels[o] == "obj" && o != x.TriggerToken && st.Lex.Triggers.Find(st.S.Lower(o)).Value is not null
            && Below(g, o, new Participant(-1, x.TriggerToken, x.TriggerToken + 1, Marker.None, false, false, false)));
    }

    // True when the phrase of `p` hangs below `word` within three steps, prepositional phrases included.
    private static bool Below(Grammar g, int word, Participant p)
    {
        int node = g.HeadOf(p.Start, p.End);
        for (int steps = 0; node >= 0 && steps < 4; steps++, node = g.Tree.Heads[node])
        {
            if (node == word)
            {
                return true;
            }
        }

        return false;
    }

    // "refused to deploy peacekeepers in Iraq", "refused to meet Jordan's King Abdullah", "rejected an offer from Kabul",
    // "dismissed a demand from the Group of Seven": by the tree, whom the refused act would reach (a name the infinitive
    // governs), or who made the offer or demand refused (a "from" name on the object).
    private ArgumentRef? RefusedTarget(RawEvent e, ArgumentRef actor)
    {
        if (st.Tree is not { } g)
        {
            return null;
        }

        int k = e.TriggerToken;
        foreach (int c in g.Children(k))
        {
            string rel = g.Tree.Deprels[c];
            if (rel is not ("xcomp" or "obj" or "obl"))
            {
                continue;
            }

            foreach (var p in st.Parts)
            {
                if (p.Start <= k || (p.Adjective && rel != "xcomp") || st.SameThing(p.Mention, actor.Mention) || st.InAttribution(p.Start) || !Below(g, c, p))
                {
                    continue;
                }

                // The xcomp's own objects; the "from" name on the object, or hung on the verb beside an object ("rejected an offer from X").
                bool reached = rel == "xcomp" ? g.RoleOf(c, p.Start, p.End).Role is not GrammaticalRole.Subject
                    : p.Marker == Marker.Source && (rel == "obj" || g.Children(k).Any(o => g.Tree.Deprels[o] == "obj"));
                if (reached)
                {
                    return EventBuilder.Ref(p);
                }
            }
        }

        return null;
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
