namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Completes a built event: its items (or, on an ellipsis, those of the event before), aid read as a transfer, its date and its modality.
/// An event right after an accusation becomes the accused's act on the accuser's word.
/// </summary>
internal sealed partial class EventBuilder
{
    /// <summary>Fills in the items, date and modality of <paramref name="e"/>, built for the trigger at <paramref name="k"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Complete(
        RawEvent e, TriggerEntry entry, int k, int lo, int hi, int clause, RawEvent? previous, RawEvent? accusation, List<RawEvent> built, List<DateFinder.Found> dates, ref Quantity? pendingQuantity)
    {
        if (entry.Type is "TRANSFER" || entry.Aid)
        {
            items.Items(e, k, lo, hi, ref pendingQuantity);
            if (e.Items.Count == 0 && entry.Type == "TRANSFER" && previous is { Type: "TRANSFER", Items.Count: > 0 })
            {
                // Ellipsis: "zusätzlich zu den bereits gelieferten fünf Millionen" takes the items of the event before.
                foreach (var item in previous.Items)
                {
                    // A shipment named by a noun is counted by its own words: "after a larger shipment in January" is not 90 wagons again.
                    e.Items.Add(pendingQuantity is not null || e.Noun ? item with { Quantity = pendingQuantity } : item);
                    pendingQuantity = null;
                }

                e.Actor ??= previous.Actor;
                e.Target ??= previous.Target is { } t && t.Mention != e.Actor?.Mention ? t : null;
            }
        }

        if (entry.Aid)
        {
            if (e.Items.Count > 0)
            {
                e.Type = "TRANSFER";
                e.Mode = e.Items.All(x => x.Category is "food" or "other" or "fertiliser") ? "humanitarian" : null;
            }
            else
            {
                e.Mode = null;
            }
        }

        e.Date = NearestDate(dates, k, lo, hi);
        modality.Modality(e, entry, k, clause, built);
        if (e.Modality is "asserted" or "expected" or "reported" && !entry.Dismissal && RequestedAct(k)) // "called the report a fabrication" names, it asks nothing
        {
            e.Modality = "hypothetical"; // "demanded that Uganda withdraw", "called on Britain to negotiate": asked for, not done
        }
        if (accusation is not null && e.Modality is not "denied")
        {
            // "Japan accused North Korea of selling shells": the accused did it, on the accuser's word.
            e.Actor ??= accusation.Target;
            e.Claimant = accusation.Actor;
            // "warf Moskau vor, … zu versorgen": the infinitive names the act accused, not a plan.
            bool accusedAct = e.Modality == "expected" && k > 0 && st.Lex.Words.Is(st.S.Lower(k - 1), FunctionWord.InfinitiveMark);
            e.Modality = e.Modality is "asserted" or "reported" || accusedAct ? "alleged" : e.Modality;
        }
    }

    // True when the trigger heads the clause a verb of asking governs ("urged X to …", "forderte, dass …").
    private bool RequestedAct(int k)
    {
        if (st.TrustedTree is not { } g || g.Tree.Heads[k] is not (int head and >= 0) || g.Tree.Deprels[k] is not ("ccomp" or "xcomp"))
        {
            return false;
        }

        return st.Lex.Triggers.Find(st.S.Lower(head)).Value is { Type: "REQUEST", Noun: false };
    }

    private static EventDate? NearestDate(List<DateFinder.Found> dates, int k, int lo, int hi)
    {
        DateFinder.Found? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            int distance = d.Start > k ? d.Start - k : k - d.End;
            if (d.Start >= lo && d.End <= hi)
            {
                distance -= 1000; // a date in the trigger's own region wins
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = d;
            }
        }

        return best?.Date;
    }
}
