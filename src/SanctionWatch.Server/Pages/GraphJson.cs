namespace SanctionWatch.Server.Pages;

/// <summary>The network in the shape Cytoscape.js reads (<c>elements.nodes</c>, <c>elements.edges</c>), served as JSON, never inlined in a page.</summary>
public static class GraphJson
{
    /// <summary>The elements of <paramref name="network"/>.</summary>
    public static object Of(TransferNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var nodes = network.Nodes.Select(n => new
        {
            data = new
            {
                id = n.Id,
                label = n.Label,
                schema = n.Schema ?? "unnamed",
                listed = n.Listings.Count > 0,
                listings = string.Join("; ", n.Listings.Select(l => $"{l.List} {l.Reference}: {l.Name}")),
                href = n.Entity is null ? null : "/entities/" + Uri.EscapeDataString(n.Id) + "/page",
            },
        });
        var edges = network.Flows.Select(f => new
        {
            data = new
            {
                id = f.Id,
                source = f.From.Id,
                target = f.To.Id,
                label = f.Categories.Count == 0 ? "unspecified" : string.Join(", ", f.Categories),
                sources = f.Sources,
                events = f.Events.Count,
                modality = f.Modality,
                summary = FlowListHtml.Summary(f),
            },
        });
        return new { elements = new { nodes, edges }, maxSources = network.Flows.Count == 0 ? 1 : network.Flows.Max(f => f.Sources) };
    }
}
