namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Recipient passives: "Nordkorea bekam von Russland Lastwagen geliefert" is told by the verb of receiving, not the participle.
/// Trigger selection asks here which transfer participles hang on such a verb and so are left out.
/// </summary>
internal sealed partial class SentenceRun
{
    /// <summary>
    /// The token of the verb of receiving that makes the transfer participle <paramref name="k"/> a recipient passive
    /// ("Nordkorea bekam von Russland Lastwagen geliefert": the participle hangs on "bekam" or "bekam" on it), or null.
    /// </summary>
    private int? RecipientPassive(int k, TriggerEntry entry)
    {
        if (st.Tree is not { } g || entry.Frame != Frame.Active || entry.Noun)
        {
            return null;
        }

        var tree = g.Tree;
        if (!(tree.Xpos[k] is "VVPP" or "VBN" || tree.Feature(k, "VerbForm") == "Part"))
        {
            return null; // only a participle is received ("bekam … geliefert"), not "bekam Öl, um es zu liefern"
        }

        foreach (var (other, otherEntry) in triggers)
        {
            if (other == k || otherEntry.Frame != Frame.Receive || otherEntry.Noun || otherEntry.Type != entry.Type
                || g.Children(other).Any(c => tree.Deprels[c] == "mark" && st.Lex.Words.Is(tree.Words[c].ToLowerInvariant(), FunctionWord.InfinitiveMark)))
            {
                continue;
            }

            if ((tree.Heads[k] == other && tree.Deprels[k] is "xcomp" or "ccomp") || (tree.Heads[other] == k && tree.Deprels[other] is "xcomp" or "aux" or "aux:pass"))
            {
                return other;
            }
        }

        return null;
    }
}
