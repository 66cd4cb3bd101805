namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Which event a date of the sentence times: the word that governs it — a verb of saying times the statement, another
/// event word its own happening — or, where the date stands free, the nearest trigger.
/// </summary>
internal sealed partial class SentenceRun
{
    // A date times the word that governs it: "a U.S. official said Thursday", "teilte der Generalstab am Mittwoch mit" time
    // the statement, "imposed an asset freeze on Tuesday on a firm that shipped shells" the listing and "a larger rail
    // shipment in January" that shipment — not another happening the sentence tells. Returns that verb of saying or
    // trigger, or null when the date stands free (it then goes to the nearest trigger).
    private int? Timed(DateFinder.Found d, List<(int Token, TriggerEntry Entry, bool Noun)> valid)
    {
        bool Speech(int j) => j >= 0 && j < st.S.Count && (st.Cue[j] & CueKind.Speech) != 0;
        if (Speech(d.Start - 1))
        {
            return d.Start - 1;
        }

        // "Am Dienstag teilte das Ministerium mit, Iran habe … geliefert": the day that opens the sentence (behind at most its
        // preposition) right before the verb of saying times the statement.
        if (Speech(d.End) && Enumerable.Range(0, d.Start).Count(j => !st.Doc.Furniture.Covers(st.S.Token(j).Start, st.S.Token(j).End)) <= 1)
        {
            return d.End;
        }

        if (st.Tree is not { } g)
        {
            return null;
        }

        for (int j = d.Start; j < d.End; j++)
        {
            int head = g.Tree.Heads[j];
            if (head >= d.Start && head < d.End)
            {
                continue;
            }

            if (head < 0 || g.Tree.Deprels[j] is "ccomp" or "conj" or "parataxis" or "acl:relcl")
            {
                return null;
            }

            // A verb of saying times only the date after it ("said on Thursday"): in "struck … on Sunday, police said" the
            // day before the attribution is the strike's, wherever the parser hangs it.
            if (Speech(head))
            {
                return head < d.Start ? head : null;
            }

            if (EventWord(g, head, valid) is int owner)
            {
                return owner;
            }

            // "sagte ein Sprecher am Freitag", "teilte das Militär am Dienstag mit": the parser hangs the day on the
            // speaker that follows the verb of saying.
            int verb = g.Tree.Heads[head];
            return g.Tree.Deprels[head] == "nsubj" && verb >= 0 && verb < head && Speech(verb) ? verb : null;
        }

        return null;
    }

    // The event a word of the lexicon stands for: a trigger itself, or the trigger it was folded into ("bekam … geliefert"
    // is told by "bekam"); an event word that made no event ("a larger shipment in January") still owns its date.
    private int? EventWord(Grammar g, int word, List<(int Token, TriggerEntry Entry, bool Noun)> valid)
    {
        if (valid.Exists(t => t.Token == word))
        {
            return word;
        }

        if (st.Lex.Triggers.Find(st.S.Lower(word)).Value is null)
        {
            return null;
        }

        return valid.Exists(t => t.Token == g.Tree.Heads[word]) ? g.Tree.Heads[word]
            : valid.FindIndex(t => g.Tree.Heads[t.Token] == word) is int child and >= 0 ? valid[child].Token : word;
    }
}
