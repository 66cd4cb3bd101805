namespace SanctionWatch.Server.Pages;

/// <summary>
/// The network as a list, one disclosure per flow ("North Korea → Russia: ammunition, 3 sources, reported") with its
/// events and cited sentences: what a screen reader, a keyboard or a text browser uses, and what a click on an edge opens.
/// </summary>
public static class FlowListHtml
{
    /// <summary>At most this many events per flow in the list, the earliest first; the timeline has the rest.</summary>
    public const int MaxEvents = 25;

    /// <summary>The sentence that names a flow.</summary>
    public static string Summary(Flow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        string what = flow.Categories.Count == 0 ? "unspecified items" : string.Join(", ", flow.Categories);
        return $"{flow.From.Label} → {flow.To.Label}: {what}, {flow.Sources} {(flow.Sources == 1 ? "source" : "sources")}, {flow.Modality}";
    }

    /// <summary>The list of <paramref name="network"/>'s flows.</summary>
    public static string Render(TransferNetwork network, DossierIndex index)
    {
        ArgumentNullException.ThrowIfNull(network);
        var sb = new StringBuilder();
        if (network.Flows.Count == 0)
        {
            return "<p class=\"empty\">No transfers match.</p>";
        }

        sb.Append("<ol class=\"flows\">");
        foreach (var flow in network.Flows)
        {
            sb.Append($"<li><details class=\"flow modality-{E(flow.Modality)}\" id=\"{E(flow.Id)}\"><summary>{E(Summary(flow))}</summary>")
                .Append($"<p class=\"parties\">{Party(flow.From)} → {Party(flow.To)}</p><ol class=\"events\">");
            foreach (var ev in flow.Events.Take(MaxEvents))
            {
                EventHtml.Append(sb, ev, index);
            }

            sb.Append("</ol>");
            if (flow.Events.Count > MaxEvents)
            {
                // Keeps a large dossier's page bounded; the supplier's timeline lists every one of them.
                string timeline = "/timeline?entity=" + Uri.EscapeDataString(flow.From.Entity?.Id ?? flow.To.Id);
                sb.Append($"<p class=\"more\">{flow.Events.Count - MaxEvents} more events of this flow: see <a href=\"{E(timeline)}\">the timeline</a>.</p>");
            }

            sb.Append("</details></li>");
        }

        return sb.Append("</ol>").ToString();
    }

    private static string Party(FlowNode node)
    {
        string listed = node.Listings.Count == 0 ? ""
            : $" <span class=\"listed\" title=\"{E(string.Join("; ", node.Listings.Select(l => $"{l.List} {l.Reference}: {l.Name}")))}\">listed: {E(string.Join(", ", node.Listings.Select(l => l.List).Distinct(StringComparer.Ordinal)))}</span>";
        return node.Entity is null ? $"<i>{E(node.Label)}</i>" : $"<a href=\"{EventHtml.EntityHref(node.Id)}\">{E(node.Label)}</a>{listed}";
    }
}
