using System.Runtime.CompilerServices;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Events;

/// <summary>Decides how firmly an event is stated (asserted, reported, alleged, expected, hypothetical, negated, denied) and by whom.</summary>
internal sealed class ModalityRules(SentenceState st)
{
    public void Modality(RawEvent e, TriggerEntry entry, int k, int clause, List<RawEvent> built)
    {
        bool negated = st.AnyInClause(clause, CueKind.Negation) && !e.Deny;
        bool conditional = (st.SentenceCues & CueKind.Conditional) != 0 || VerbFirstConditional();
        bool hypothetical = conditional || st.AnyInClause(clause, CueKind.Hypothetical);
        bool soll = st.AnyInClause(clause, CueKind.ModalSoll);
        bool perfect = st.AnyInClause(clause, CueKind.Perfect);
        bool past = st.AnyInClause(clause, CueKind.Past) || (st.Lex.German && IsParticiple(k) && st.S.Lower(k).StartsWith("ge", StringComparison.Ordinal) && !st.AnyInClause(clause, CueKind.Future | CueKind.ModalSoll));
        bool question = st.S.Lower(st.S.Count - 1) == "?";
        hypothetical |= question;
        bool expected = entry.Expected || st.AnyInClause(clause, CueKind.Expected) || (st.AnyBefore(k, -1, CueKind.ExpectedSentence) && !past)
            || (st.AnyInClause(clause, CueKind.Future) && IsInfinitive(k))
            || (soll && !perfect)
            || (st.AnyInClause(clause, CueKind.Would) && !conditional)
            || (k > 0 && st.S.Lower(k - 1) is "to" or "zu" && !(st.Lex.German && perfect));
        bool alleged = (st.SentenceCues & CueKind.Alleged) != 0 || (soll && perfect) || st.Claim;
        bool konjunktiv = st.Lex.German && ((st.SentenceCues & CueKind.Konjunktiv) != 0 || IsKonjunktiv(k));
        var claimant = st.Claimant ?? ((st.Cue[k] & (CueKind.Speech | CueKind.Claim)) != 0 ? null : st.Speaker);
        if (claimant is null && konjunktiv && st.Doc.LastSpeaker is { } last && st.Index - last.Sentence <= 3)
        {
            claimant = new Participant(last.Mention, -1, -1, Marker.None, false, false, true);
        }

        bool reported = claimant is not null || st.UnnamedSource || konjunktiv;
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

    /// <summary>"Sollte Nordkorea Waffen liefern, …", "Should Russia supply …": a conditional without "wenn"/"if".</summary>
    private bool VerbFirstConditional()
    {
        for (int j = 0; j < st.S.Count; j++)
        {
            if ((j == 0 || st.S.Lower(j - 1) is "," or ":" or "\"" or "„") && st.S.Lower(j) is "sollte" or "sollten" or "should" or "were" or "had"
                && j + 1 < st.S.Count && !st.S.IsPunct(j + 1) && (j == 0 || st.S.IsUpper(j) || st.S.Lower(j - 1) == ","))
            {
                return j == 0 || st.S.Lower(j - 1) != ",";
            }
        }

        return false;
    }

    public bool IsParticiple(int k)
    {
        string w = st.S.Lower(k);
        if (st.Lex.German)
        {
            int ge = w.IndexOf("ge", StringComparison.Ordinal);
            // Verbs with an inseparable prefix have no ge- ("beliefert", "verkauft"); with a passive auxiliary
            // in the clause a final -t reads as a participle.
            return ge == 0 || (ge > 0 && ge <= 6 && (w.EndsWith('t') || w.EndsWith("en", StringComparison.Ordinal))) || w.EndsWith('t');
        }

        return w.EndsWith("ed", StringComparison.Ordinal) || w is "sold" or "sent" or "given" or "bought" or "shipped" or "struck" or "withdrawn" or "seized" or "held" or "met" or "got";
    }

    public bool IsInfinitive(int k)
    {
        string w = st.S.Lower(k);
        if (!st.Lex.German)
        {
            return true; // English future is "will" + base form; the auxiliary alone decides
        }

        return !st.S.IsUpper(k) && w.EndsWith('n') && !IsParticiple(k);
    }

    public bool IsKonjunktiv(int k)
    {
        string w = st.S.Lower(k);
        return !st.S.IsUpper(k) && w.Length > 4 && w.EndsWith('e') && !w.EndsWith("te", StringComparison.Ordinal);
    }
}
