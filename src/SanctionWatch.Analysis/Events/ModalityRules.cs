namespace SanctionWatch.Analysis.Events;

/// <summary>Decides how firmly an event is stated (asserted, reported, alleged, expected, hypothetical, negated, denied) and by whom.</summary>
internal sealed class ModalityRules(SentenceState st)
{
    public void Modality(RawEvent e, TriggerEntry entry, int k, int clause, List<RawEvent> built)
    {
        // The tree adds what the predicate's own words say when the clause stretch misses them ("will" before a
        // quoted name, "keine" far from "nicht"-less verbs); it never takes away what the stretch found.
        var mood = st.Tree is { } g && !e.Noun ? new ClauseMood(g, st.Cue) : null;
        bool negated = (st.AnyInClause(clause, CueKind.Negation) || mood?.Negated(k) == true) && !e.Deny;
        bool conditional = ((st.SentenceCues & CueKind.Conditional) != 0 && !SaysWhatIfAfter(e, k)) || VerbFirstConditional();
        bool hypothetical = conditional || st.AnyInClause(clause, CueKind.Hypothetical) || mood?.Hypothetical(k) == true;
        bool soll = st.AnyInClause(clause, CueKind.ModalSoll);
        bool perfect = st.AnyInClause(clause, CueKind.Perfect) || PastInfinitive(k);
        bool past = st.AnyInClause(clause, CueKind.Past) || (st.Lex.Shapes.ParticiplePrefix is { } ge && IsParticiple(k) && st.S.Lower(k).StartsWith(ge, StringComparison.Ordinal) && !st.AnyInClause(clause, CueKind.Future | CueKind.ModalSoll));
        bool question = st.S.Lower(st.S.Count - 1) == "?";
        hypothetical |= question;
        bool expected = entry.Expected || st.AnyInClause(clause, CueKind.Expected) || (st.AnyBefore(k, -1, CueKind.ExpectedSentence) && !past)
            || (st.AnyInClause(clause, CueKind.Future) && IsInfinitive(k))
            || (soll && !perfect)
            || (st.AnyInClause(clause, CueKind.Would) && !conditional)
            || (k > 0 && st.Lex.Words.Is(st.S.Lower(k - 1), FunctionWord.InfinitiveMark) && !(st.Lex.Shapes.PerfectNotPlan && perfect) && !(mood?.Aspectual(k) ?? AspectBefore(k - 1)))
            || mood?.Expected(k) == true;
        // The claim a denial answers ("called the claim a baseless lie") does not make the denial a claim.
        bool alleged = AllegedReaches(k) || (soll && perfect) || (st.ClaimReaches(k) && entry.Frame != Frame.Deny);
        bool konjunktiv = st.Lex.Shapes.SubjunctiveReports && ((st.SentenceCues & CueKind.Konjunktiv) != 0 || IsKonjunktiv(k));
        bool beside = SpokenBeside(k);
        // A speaker found at a claim that describes a noun ("a firm it accused of …") speaks only within that claim.
        bool speakerReaches = st.SpeechAt < 0 || !st.ClaimWords.Contains(st.SpeechAt) || st.ClaimReaches(st.SpeechAt, k);
        var claimant = st.Claimant ?? ((st.Cue[k] & (CueKind.Speech | CueKind.Claim)) != 0 || beside || !speakerReaches ? null : st.Speaker);
        if (claimant is null && konjunktiv && st.Doc.LastSpeaker is { } last && st.Index - last.Sentence <= 3)
        {
            claimant = new Participant(last.Mention, -1, -1, Marker.None, false, false, true);
        }

        // "Techniker hätten Teile gebracht, teilte das Ministerium mit": with a source and no condition, Konjunktiv II
        // stands in for Konjunktiv I — reported speech, not a possibility.
        if (hypothetical && !conditional && !question && (claimant is not null || st.UnnamedSource || (st.SentenceCues & CueKind.Speech) != 0) && StandsForKonjunktivI(clause, k))
        {
            hypothetical = false;
            konjunktiv = true;
        }

        bool reported = claimant is not null || (st.UnnamedSource && !beside) || konjunktiv;
        e.Modality = negated ? "negated" : hypothetical ? "hypothetical" : expected ? "expected" : alleged ? "alleged" : reported ? "reported" : "asserted";
        e.Claimant = claimant is not null && claimant.Mention != e.Actor?.Mention ? EventBuilder.Ref(claimant) : (claimant is not null && e.Modality != "asserted" ? EventBuilder.Ref(claimant) : null);

        // A named happening that is the content of an accusation, warning or request is not asserted.
        if (e.Noun && built.Count > 0 && built[^1] is { Noun: false } governing && e.Modality is "asserted" or "reported")
        {
            e.Modality = governing.Type switch
            {
                "ACCUSE" => "alleged",
                "THREATEN" => "hypothetical",
                "REQUEST" => "expected",
                _ => e.Modality,
            };
        }

        // An event embedded after a denial ("bestreitet, Waffen geliefert zu haben") is what the denial denies.
        for (int i = built.Count - 1; i >= 0; i--)
        {
            var d = built[i];
            if (!d.Deny || e.Deny || d.TriggerToken >= k)
            {
                continue;
            }

            e.Modality = "denied";
            e.Claimant = d.Actor;
            e.Actor ??= d.Actor is { } a && a.Mention != e.Target?.Mention ? a : null;
            e.DeniedBy = d;
            break;
        }
    }

    /// <summary>
    /// "North Korea warned that it would act if Seoul supplied weapons": the warning, demand or accusation said in the main
    /// clause happened; only what its "if" clause names is hypothetical.
    /// </summary>
    private bool SaysWhatIfAfter(RawEvent e, int k)
    {
        if (e.Type is "TRANSFER" or "ASSAULT" || e.Noun)
        {
            return false;
        }

        for (int j = 0; j < st.S.Count; j++)
        {
            if ((st.Cue[j] & CueKind.Conditional) != 0 && (j <= k || st.Clause[j] == st.Clause[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"… stationiert sein soll", "… geliefert worden sein soll": the participle's auxiliary infinitive puts it in the past. A participle
    /// no ending tells ("überwiesen worden sein") is one by its tag.</summary>
    private bool PastInfinitive(int k) =>
        (IsParticiple(k) || st.Tree?.Tree is { } t && (t.Feature(k, "VerbForm") == "Part" || t.Xpos[k] is "VVPP" or "VAPP" or "VMPP")) && Enumerable.Range(k + 1, 2).Any(j => j < st.S.Count && st.Lex.Words.Is(st.S.Lower(j), FunctionWord.PastInfinitive));

    /// <summary>"Nebenzia rejected the accusations and said …": the trigger is coordinated with the verb of saying, not what is said.</summary>
    private bool SpokenBeside(int k)
    {
        if (st.Tree is not { } g)
        {
            return false;
        }

        // Only with a conjunction: "…, Peskov told reporters" hung on as a conjunct is still the source of what it follows.
        var tree = g.Tree;
        bool Joined(int conjunct) => g.Children(conjunct).Any(c => tree.Deprels[c] == "cc");
        bool Speech(int word) => (st.Cue[word] & CueKind.Speech) != 0;
        return g.Children(k).Any(c => tree.Deprels[c] == "conj" && Speech(c) && Joined(c))
            || (tree.Heads[k] is int head and >= 0 && tree.Deprels[k] == "conj" && Speech(head) && Joined(k));
    }

    /// <summary>A verb of phase or success just before the "to"/"zu" at <paramref name="to"/> ("continued to send"): the infinitive happens.</summary>
    private bool AspectBefore(int to)
    {
        for (int j = to - 1; j >= 0 && j >= to - 3; j--)
        {
            if ((st.Cue[j] & CueKind.Aspect) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Sollte Nordkorea Waffen liefern, …", "Should Russia supply …": a conditional without "wenn"/"if".</summary>
    private bool VerbFirstConditional()
    {
        for (int j = 0; j < st.S.Count; j++)
        {
            if ((j == 0 || st.S.Lower(j - 1) is "," or ":" or "\"" or "„") && st.Lex.Words.Is(st.S.Lower(j), FunctionWord.ConditionalInversion)
                && j + 1 < st.S.Count && !st.S.IsPunct(j + 1) && (j == 0 || st.S.IsUpper(j) || st.S.Lower(j - 1) == ","))
            {
                return j == 0 || st.S.Lower(j - 1) != ",";
            }
        }

        return false;
    }

    // Every word of possibility in the clause is a Konjunktiv II auxiliary of the participle at k.
    private bool StandsForKonjunktivI(int clause, int k)
    {
        if (!IsParticiple(k))
        {
            return false;
        }

        bool any = false;
        for (int j = 0; j < st.S.Count; j++)
        {
            if (st.Clause[j] == clause && (st.Cue[j] & CueKind.Hypothetical) != 0)
            {
                if ((st.Cue[j] & CueKind.ReportedPast) == 0)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    public bool IsParticiple(int k) => st.Lex.Shapes.IsParticiple(st.S.Lower(k));

    public bool IsInfinitive(int k) => st.Lex.Shapes.IsInfinitive(st.S.Lower(k), st.S.IsUpper(k));

    public bool IsKonjunktiv(int k) => st.Lex.Shapes.IsSubjunctive(st.S.Lower(k), st.S.IsUpper(k));

    // "reportedly", "suspected" hedge the clause they stand in; one inside a clause that describes a noun ("vetoed a
    // resolution that would have allowed countries to search ships suspected of carrying weapons") hedges only what that
    // clause tells, not the verb the noun hangs on.
    private bool AllegedReaches(int k)
    {
        if ((st.SentenceCues & CueKind.Alleged) == 0)
        {
            return false;
        }

        if (st.TrustedTree is not { } g)
        {
            return true;
        }

        for (int c = 0; c < st.S.Count; c++)
        {
            if ((st.Cue[c] & CueKind.Alleged) != 0 && !InNounClauseWithout(g, c, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InNounClauseWithout(Grammar g, int word, int k)
    {
        for (int node = word, steps = 0; node >= 0 && steps < g.Tree.Count; node = g.Tree.Heads[node], steps++)
        {
            if (g.Tree.Deprels[node].StartsWith("acl", StringComparison.Ordinal))
            {
                return !g.InSubtree(node, k, k + 1);
            }
        }

        return false;
    }
}
