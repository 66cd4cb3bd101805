namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Transfers in return ("im Gegenzug", "in return"): a transfer with a party left unsaid flows back along the last full one.
/// Its recipient becomes the supplier and its supplier the recipient, within the sentence or from the document's events.
/// </summary>
internal sealed partial class SentenceRun
{
    /// <summary>
    /// "Im Gegenzug erhält Nordkorea …", "In return, Pyongyang gets …": a transfer with a party left unsaid flows back
    /// along the last transfer told with both parties — its recipient now supplies, its supplier now receives.
    /// </summary>
    private void FlowBack(RawEvent e, List<RawEvent> built)
    {
        if (e.Type != "TRANSFER" || (e.Actor is not null && e.Target is not null))
        {
            return;
        }

        var before = built.LastOrDefault(IsFlow) ?? st.Doc.Events.LastOrDefault(IsFlow);
        if (before is null)
        {
            return;
        }

        // "Pjöngjang schickt … Im Gegenzug erhält Nordkorea": the names may differ; a recipient other than the last one received is the last supplier.
        bool backToSupplier = e.Target is { } t && !st.SameThing(t.Mention, before.Target!.Mention);
        bool sameSupplier = e.Actor is { } a && st.SameThing(a.Mention, before.Target!.Mention);
        if (e.Actor is null && (e.Target is null || backToSupplier))
        {
            e.Actor = before.Target;
            e.Target ??= before.Actor;
        }
        else if (e.Target is null && sameSupplier)
        {
            e.Target = before.Actor;
        }

        static bool IsFlow(RawEvent x) => x.Type == "TRANSFER" && x.Actor is not null && x.Target is not null && x.Modality is not ("negated" or "denied" or "hypothetical");
    }

    // "Iran paid Syria $10 million for combat drones", "soll Nordkorea für Kurzstreckenraketen mit Gold bezahlt haben": the
    // goods a payment pays for came from the payee to the payer.
    private static void PaidGoods(RawEvent e, List<RawEvent> built)
    {
        if (e.Type != "TRANSFER" || e.Actor is null || e.Target is null || e.PaidFor.Count == 0 || e.Deny)
        {
            return;
        }

        var goods = e.Copy();
        (goods.Actor, goods.Target) = (e.Target, e.Actor);
        // The money's sum is no count of the goods ("für Kampfdrohnen … im Wert von 10 Millionen Dollar").
        var sums = e.Items.Where(i => i.Category == "finance" && i.Quantity is not null).Select(i => i.Quantity!.Amount).ToHashSet();
        goods.Items = [.. e.PaidFor.Select(i => i.Quantity is { } q && sums.Contains(q.Amount) ? i with { Quantity = null } : i)];
        goods.PaidFor = [];
        goods.NeedsMoney = false;
        built.Add(goods);
    }

    /// <summary>
    /// "North Korea obtained Russian machine tools in exchange for ammunition", "erhielt … im Gegenzug für Granaten": the goods
    /// named after the cue went the other way; they become a transfer of their own, back from the recipient to the supplier.
    /// </summary>
    private void ExchangedFor(RawEvent e, List<RawEvent> built)
    {
        if (e.Type != "TRANSFER" || e.Actor is null || e.Target is null || e.Items.Count < 2)
        {
            return;
        }

        int cue = -1;
        for (int j = e.TriggerToken + 1; j < st.S.Count && cue < 0; j++)
        {
            cue = (st.Cue[j] & CueKind.Reciprocal) != 0 && st.Clause[j] == st.Clause[e.TriggerToken] ? j : -1;
        }

        // "in exchange for ammunition", "im Austausch für Öl": the preposition after the cue names the goods given back; an
        // adverbial "im Gegenzug erhält Nordkorea Hilfe" names what is received in the clause itself.
        if (cue < 0 || !Enumerable.Range(cue + 1, 3).Any(j => j < st.S.Count && st.Lex.Words.Is(st.S.Lower(j), FunctionWord.BeneficiaryCase)))
        {
            return;
        }

        int at = st.S.Token(cue).Start;
        var back = e.Items.Where(i => i.Start > at).ToList();
        if (back.Count == 0 || back.Count == e.Items.Count)
        {
            return;
        }

        e.Items = [.. e.Items.Where(i => i.Start <= at)];
        var returned = e.Copy();
        returned.Actor = e.Target;
        returned.Target = e.Actor;
        returned.Items = back;
        built.Add(returned);
    }
}
