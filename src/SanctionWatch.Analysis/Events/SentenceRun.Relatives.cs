namespace SanctionWatch.Analysis.Events;

/// <summary>
/// An accusation told in a relative clause on a name ("Falcon Gulf, a trading firm it accused of …", "Amur Trans Line, which it
/// accuses of …"): the name is whom it accuses, and a pronoun subject ("it") is the main clause's subject.
/// </summary>
internal sealed partial class SentenceRun
{
    private void AccusedAntecedent(List<RawEvent> built)
    {
        if (st.Tree is not { } g)
        {
            return;
        }

        foreach (var e in built)
        {
            int k = e.TriggerToken;
            if (e.Type != "ACCUSE" || e.Noun || g.Tree.Deprels[k] is not ("acl:relcl" or "acl"))
            {
                continue;
            }

            // The noun the clause describes, or the name that noun stands in apposition to.
            int described = g.Tree.Heads[k];
            int named = described >= 0 && g.Tree.Deprels[described] == "appos" ? g.Tree.Heads[described] : described;
            var accused = st.Parts.FirstOrDefault(p => !p.Adjective && !p.Place && g.HeadOf(p.Start, p.End) is int h && (h == named || h == described));
            if (accused is null)
            {
                continue;
            }

            e.Target = EventBuilder.Ref(accused);
            if (e.Actor is { } a && st.SameThing(a.Mention, accused.Mention))
            {
                e.Actor = null;
            }

            int subject = g.SubjectOf(k);
            if (subject >= 0 && g.IsPronoun(subject) && !st.Lex.Words.Is(st.S.Lower(subject), FunctionWord.Relative)
                && MainSubject(g, named) is { } accuser && !st.SameThing(accuser.Mention, accused.Mention))
            {
                e.Actor = EventBuilder.Ref(accuser); // "it accused": the one the main clause tells of
            }
        }
    }

    // The subject of the verb the phrase headed by `word` depends on.
    private Participant? MainSubject(Grammar g, int word)
    {
        int verb = g.Tree.Heads[word];
        for (int steps = 0; verb >= 0 && g.Tree.Upos[verb] is not ("VERB" or "AUX") && steps < 4; steps++)
        {
            verb = g.Tree.Heads[verb];
        }

        int subject = verb < 0 ? -1 : g.SubjectOf(verb);
        return subject < 0 ? null : st.Parts.FirstOrDefault(p => !p.Adjective && g.Dominates(subject, p.Start, p.End));
    }
}
