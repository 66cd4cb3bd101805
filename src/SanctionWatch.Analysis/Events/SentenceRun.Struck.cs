namespace SanctionWatch.Analysis.Events;

/// <summary>
/// An attack whose own clause names no side attacked takes the place the sentence says it struck, outside that clause:
/// the subject of a passive it is the agent of ("Konotop was hit by a Russian strike"), or the place a relative "where"
/// right after it describes ("recovered in Konotop, where a Russian strike killed four people").
/// </summary>
internal sealed partial class SentenceRun
{
    private void StruckPlaces(List<RawEvent> built)
    {
        if (st.TrustedTree is not { } g)
        {
            return;
        }

        foreach (var e in built)
        {
            if (e.Type != "ASSAULT" || e.Target is not null || e.Actor is null)
            {
                continue;
            }

            int k = e.TriggerToken;
            var struck = st.Parts.FirstOrDefault(p => p.Place && p.End <= k && !st.SameThing(p.Mention, e.Actor.Mention)
                && (HitByTheAttack(g, k, p) || DescribedByWhere(g, k, p)));
            if (struck is not null)
            {
                e.Target = EventBuilder.Ref(struck);
            }
        }
    }

    // The attack noun is the agent of a passive whose subject is the place: "was hit by a Russian strike", "wurde von einem
    // russischen Angriff getroffen".
    private static bool HitByTheAttack(Grammar g, int k, Participant place)
    {
        int verb = g.Tree.Heads[k];
        return verb >= 0 && g.Tree.Deprels[k].StartsWith("obl", StringComparison.Ordinal) && g.IsPassive(verb)
            && g.RoleOf(verb, place.Start, place.End).Role == GrammaticalRole.PassiveSubject;
    }

    // A relative "where"/"wo" right after the place (past a comma, and a German clause's final verbs) opens the clause whose
    // verb or subject is the attack; the tree may hang that clause on the main verb instead of the place. An attack the
    // clause only speaks of ("in Geneva, where officials criticised a Ukrainian attack") did not strike there.
    private bool DescribedByWhere(Grammar g, int k, Participant place)
    {
        int comma = place.End;
        while (comma < k && g.Tree.Upos[comma] is "VERB" or "AUX")
        {
            comma++; // "in Sumy gefunden, wo …": the German verb closes the clause before the relative
        }

        int w = comma < k && st.S.Lower(comma) == "," ? comma + 1 : comma;
        if (w >= k || g.Tree.Upos[w] != "ADV" || !(g.Tree.Feature(w, "PronType") == "Rel" || g.Tree.Xpos[w] == "PWAV"))
        {
            return false;
        }

        int clause = g.Tree.Heads[w];
        return clause >= 0 && (clause == k || (g.Tree.Heads[k] == clause && (g.Tree.Deprels[k].StartsWith("nsubj", StringComparison.Ordinal) || NominativeObject(g, k, clause))))
            && !Enumerable.Range(w + 1, k - w - 1).Any(j => st.S.Lower(j) is "," or ";");
    }

    // "wo ein russischer Angriff vier Menschen tötete" parsed with the attack as object: before a final verb, with no
    // article of an object case ("wo Beamte einen Angriff kritisierten"), it is the subject.
    private bool NominativeObject(Grammar g, int k, int verb) =>
        g.Tree.Deprels[k] == "obj" && k < verb && g.Children(k).Where(c => g.Tree.Deprels[c] == "det").All(c => !st.Lex.Words.Is(st.S.Lower(c), FunctionWord.ObjectArticle))
        && st.Lex.Shapes.CapitalisedNouns;
}
