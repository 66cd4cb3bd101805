namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Verbs of receipt: "Syria took delivery of drones from Belarus", "accepted a shipment", "nahm die Lieferung entgegen",
/// "hat 40 Drohnen in Empfang genommen". The subject of such a verb receives the transfer its object names; the supply noun
/// alone would make it the supplier.
/// </summary>
internal sealed partial class SentenceRun
{
    private static readonly TriggerEntry ReceiptEntry = new("TRANSFER", null, Frame.Receive, Noun: false, Expected: false, Aid: false, Particle: null) { NeedsItem = true };

    /// <summary>
    /// The triggers with the supply nouns a verb of receipt governs read as received, and a verb of taking with a noun of receipt
    /// ("took possession of", "nahm … in Empfang") as a verb of receiving; the noun of receipt itself is no trigger ("Empfang" is no meeting there).
    /// </summary>
    private List<(int Token, TriggerEntry Entry)> WithReceipts(List<(int Token, TriggerEntry Entry)> found)
    {
        if (st.TrustedTree is not { } g)
        {
            return found;
        }

        List<(int Token, TriggerEntry Entry)>? result = null;
        for (int i = 0; i < found.Count; i++)
        {
            if (found[i].Entry is { Type: "TRANSFER", Noun: true, Frame: Frame.Active } entry && ReceivingVerb(g, found[i].Token, taking: false) >= 0)
            {
                result ??= [.. found];
                result[i] = (found[i].Token, entry with { Frame = Frame.Receive });
            }
        }

        for (int j = 0; j < st.S.Count; j++)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.ReceiptNoun) && ReceivingVerb(g, j, taking: true) is int verb and >= 0)
            {
                result ??= [.. found];
                result.RemoveAll(t => t.Token == verb || (t.Token == j && t.Entry.Type != "TRANSFER"));
                result.Add((verb, ReceiptEntry));
            }
        }

        return result is null ? found : [.. result.OrderBy(t => t.Token)];
    }

    // The verb over noun j that receives, or -1: a verb of receipt or of receiving goods with j as its object ("accepted a shipment", "received
    // a delivery"), or a verb of taking with a noun of receipt ("took delivery", "hat die Lieferung in Empfang genommen"; taking:
    // j is that noun, as object or oblique; the parser may hang "in Empfang" on a name before it, so a taking verb of j's stretch
    // does too). A verb with a particle other than one of receipt is another verb ("took over the delivery", "nahm … wieder auf").
    private int ReceivingVerb(Grammar g, int j, bool taking)
    {
        int verb = g.Tree.Heads[j];
        string rel = g.Tree.Deprels[j];
        // A noun of receipt is bare in its idiom ("took delivery", "in Empfang"): "took over the delivery" is another verb.
        if (taking && g.Children(j).Any(c => g.Tree.Deprels[c] == "det"))
        {
            return -1;
        }

        bool attached = verb >= 0 && g.Tree.Upos[verb] == "VERB"
            && (rel == "obj" || (taking && rel.StartsWith("obl", StringComparison.Ordinal) && rel != "obl:agent"));
        if (!attached && taking && j > 0 && g.Tree.Upos[j - 1] == "ADP")
        {
            verb = Enumerable.Range(0, st.S.Count).FirstOrDefault(v => st.Hard[v] == st.Hard[j] && g.Tree.Upos[v] == "VERB"
                && st.Lex.Words.Is(st.S.Lower(v), FunctionWord.TakingVerb), -1);
            attached = verb >= 0;
        }

        if (!attached || g.IsPassive(verb) || !OwnParticle(g, verb, out bool receiptParticle))
        {
            return -1;
        }

        string word = st.S.Lower(verb);
        bool taker = st.Lex.Words.Is(word, FunctionWord.TakingVerb);
        bool receives = taking ? taker
            : receiptParticle || st.Lex.Words.Is(word, FunctionWord.ReceiptVerb)
              || (taker && (g.Children(verb).Append(j).Any(c => st.Lex.Words.Is(st.S.Lower(c), FunctionWord.ReceiptNoun) && ReceivingVerb(g, c, taking: true) == verb)))
              || st.Lex.Triggers.Find(word).Value is { Type: "TRANSFER", Frame: Frame.Receive, Noun: false };
        return receives ? verb : -1;
    }

    // False when the verb has a particle that makes it another verb; receipt is true when its particle is one of receipt ("nahm … entgegen").
    private bool OwnParticle(Grammar g, int verb, out bool receipt)
    {
        receipt = false;
        foreach (int c in g.Children(verb))
        {
            if (g.Tree.Deprels[c] == "compound:prt")
            {
                if (!st.Lex.Words.Is(st.S.Lower(c), FunctionWord.ReceiptVerb))
                {
                    return false;
                }

                receipt = true;
            }
        }

        return true;
    }
}
