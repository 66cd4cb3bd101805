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
}
