namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Refusals and rejected reports, by the tree: a refusal is aimed at whom the refused act would reach or who made the refused
/// offer or demand; the refused act itself did not happen; what a rejected report tells is denied by the rejecter.
/// </summary>
internal sealed partial class SentenceRun
{
    private void Refusals(List<RawEvent> built)
    {
        foreach (var e in built)
        {
            if (e.Type == "REJECT" && !e.Deny && !e.Noun && e.Target is null && e.Actor is { } actor)
            {
                e.Target = RefusedTarget(e, actor);
            }

            if (e.Type == "REJECT" && !e.Deny && e.Target is { } target && DescribesDocument(target))
            {
                e.Target = null;
            }
        }

        // "Belarus has refused to send troops", "refused to meet the delegation": the refused act did not happen; the refusal tells it.
        // "rejected an offer for direct talks": nor did what the refused offer proposed.
        if (st.Tree is not { } tree)
        {
            return;
        }

        // "vetoed a resolution that would have condemned North Korea's transfer": what a text put to the vote would have done is
        // its content, no act of anyone; the transfer it names is still told.
        built.RemoveAll(x => x.Type != "TRANSFER" && !x.Noun && tree.Tree.Deprels[x.TriggerToken].StartsWith("acl", StringComparison.Ordinal)
            && tree.Tree.Heads[x.TriggerToken] is int text and >= 0 && st.Lex.Words.Is(st.S.Lower(text), FunctionWord.DocumentNoun));

        var refusals = built.Where(r => r.Type == "REJECT" && !r.Deny && !r.Noun).ToList();
        built.RemoveAll(x => x.Type != "REJECT" && !x.Deny && refusals.Any(r => Refused(tree, r.TriggerToken, x)));

        // "Moscow rejected a report of fuel shipments to Syria": what the rejected report tells is denied by the rejecter.
        // "Moscow rejects the accusations": the rejected noun itself is told by the refusal, with the rejecter as its target.
        // "Zinoviev rejected the protest", "dismissed the accusations": whoever rejects or denies a protest, a demand or a
        // charge did not make it, and such a noun whose author the sentence does not name would take the rejecter as
        // its author later; the refusal or denial tells it.
        var rejections = built.Where(r => r.Type == "REJECT" && !r.Noun).ToList();
        // The rejected thing is the object, or the passive subject ("Die Vorwürfe wurden zurückgewiesen"), or a subject the
        // parser made of it ("Belarus hat polnische Vorwürfe zurückgewiesen": a protest rejects nothing itself).
        built.RemoveAll(x => x.Type != "REJECT" && (x.Noun || tree.Tree.Upos[x.TriggerToken] == "NOUN") && rejections.Any(r => tree.Tree.Heads[x.TriggerToken] == r.TriggerToken
            && tree.Tree.Deprels[x.TriggerToken] is "obj" or "nsubj:pass" or "nsubj"
            && (st.Lex.Words.Is(st.S.Lower(x.TriggerToken), FunctionWord.ReportNoun)
                || (x.Type is "ACCUSE" or "PROTEST" or "REQUEST" or "THREATEN" && (x.Actor is not { } a || (r.Actor is { } b && st.SameThing(a.Mention, b.Mention)))))));
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
            && Below(g, o, x.TriggerToken, x.TriggerToken + 1));

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
            && Below(g, o, x.TriggerToken, x.TriggerToken + 1));
    }

    // True when the phrase [start, end) hangs below `word` within three steps, prepositional phrases included.
    private static bool Below(Grammar g, int word, int start, int end)
    {
        int node = g.HeadOf(start, end);
        for (int steps = 0; node >= 0 && steps < 4; steps++, node = g.Tree.Heads[node])
        {
            if (node == word)
            {
                return true;
            }
        }

        return false;
    }

    // "vetoed a resolution on ships trading with North Korea", "eine Resolution zur Kontrolle von Schiffen im Verkehr mit
    // Nordkorea … zu Fall gebracht", "a Security Council resolution": a name in the noun phrase of a text put to a vote is
    // what the text is about; the refusal is not aimed at it. Its author stays: "Japan's draft", "der Vorschlag der USA",
    // "a proposal from Seoul", "an Afghan proposal".
    private bool DescribesDocument(ArgumentRef target)
    {
        if (st.Tree is not { } g || st.Parts.FirstOrDefault(p => p.Mention == target.Mention) is not { } part || part.Marker == Marker.Source)
        {
            return false;
        }

        int head = g.HeadOf(part.Start, part.End);
        bool possessive = g.Tree.Deprels[head] == "nmod:poss" || g.Tree.Feature(head, "Case") == "Gen"
            || (part.End < st.S.Count && st.Lex.Words.Is(st.S.Lower(part.End), FunctionWord.PossessiveClitic));
        if ((possessive || part.Adjective || (g.Tree.Deprels[head] == "compound" && head < g.Tree.Heads[head])) && g.Tree.Heads[head] is int owned and >= 0
            && st.Lex.Words.Is(st.S.Lower(owned), FunctionWord.DocumentNoun))
        {
            return false; // "Japan's draft", "der Entwurf der USA", "an Indian proposal", "a U.S. proposal": its author
        }

        // Before the name: prepositions, articles and nouns of one noun phrase back to the document noun.
        for (int k = part.Start - 1; k >= 0 && (g.Tree.Upos[k] is "ADP" or "DET" or "NOUN" or "PROPN" or "ADJ" or "NUM" || g.Tree.Deprels[k] == "case"); k--)
        {
            if (st.Lex.Words.Is(st.S.Lower(k), FunctionWord.DocumentNoun))
            {
                return true;
            }
        }

        // After it: the nouns of a compound up to the document noun ("a Security Council resolution").
        for (int k = part.End; k < st.S.Count && g.Tree.Upos[k] is "NOUN" or "PROPN" or "ADJ"; k++)
        {
            if (st.Lex.Words.Is(st.S.Lower(k), FunctionWord.DocumentNoun))
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
                if (p.Start <= k || (p.Adjective && rel != "xcomp") || st.SameThing(p.Mention, actor.Mention) || st.InAttribution(p.Start) || !Below(g, c, p.Start, p.End))
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
}
