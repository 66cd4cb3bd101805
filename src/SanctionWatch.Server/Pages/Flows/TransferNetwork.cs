using System.Security.Cryptography;

namespace SanctionWatch.Server.Pages.Flows;

/// <summary>A party of the network: an entity of the dossier, or the unnamed other end of someone's transfers.</summary>
/// <param name="Id">The node's id: the entity's id, or <c>unnamed:…</c>.</param>
/// <param name="Label">The name shown.</param>
/// <param name="Schema">The entity's schema, or null for an unnamed party.</param>
/// <param name="Entity">The entity, or null for an unnamed party.</param>
public sealed record FlowNode(string Id, string Label, string? Schema, DossierEntity? Entity)
{
    /// <summary>The list entries the party is matched to.</summary>
    public IReadOnlyList<Listing> Listings => Entity?.Listings ?? [];
}

/// <summary>All TRANSFER events from one party to another, as one directed edge.</summary>
/// <param name="Id">A stable id made from the two parties (the list item's HTML id).</param>
/// <param name="From">The supplier.</param>
/// <param name="To">The recipient.</param>
/// <param name="Categories">The item categories that moved, in order.</param>
/// <param name="Events">The events, in date order (undated last).</param>
/// <param name="Sources">Independent sources over all the events.</param>
/// <param name="Modality">The firmest modality among the events.</param>
public sealed record Flow(string Id, FlowNode From, FlowNode To, IReadOnlyList<string> Categories, IReadOnlyList<DossierEvent> Events, int Sources, string Modality);

/// <summary>The transfer network of a dossier under a filter: parties as nodes, flows as edges.</summary>
/// <param name="Nodes">Every party of a flow.</param>
/// <param name="Flows">The flows, most independent sources first.</param>
/// <param name="UndatedLeftOut">Transfers left out because a date range is set and they carry no date.</param>
public sealed record TransferNetwork(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<Flow> Flows, int UndatedLeftOut)
{
    /// <summary>The event type the network draws.</summary>
    public const string Transfer = "TRANSFER";

    /// <summary>The network of the TRANSFER events of <paramref name="index"/> that pass <paramref name="filter"/>.</summary>
    public static TransferNetwork Of(DossierIndex index, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(filter);
        var transfers = index.Dossier.Events.Where(e => e.Type == Transfer && (e.Actor is not null || e.Target is not null)).ToList();
        int undated = filter.Dated ? transfers.Count(e => !EventFilter.IsDate(e.Date?.Value) && (filter with { From = null, To = null }).Keeps(e, index)) : 0;
        var nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        FlowNode Node(string? entityId, string unnamedId)
        {
            string id = entityId ?? unnamedId;
            if (!nodes.TryGetValue(id, out var node))
            {
                var entity = index.Entity(entityId);
                node = entityId is null ? new FlowNode(id, "unnamed party", null, null) : new FlowNode(id, entity?.Name ?? entityId, entity?.Schema, entity);
                nodes[id] = node;
            }

            return node;
        }

        var flows = new List<Flow>();
        foreach (var group in transfers.Where(e => filter.Keeps(e, index)).GroupBy(e => (e.Actor, e.Target)))
        {
            var events = group.OrderBy(e => EventFilter.IsDate(e.Date?.Value) ? e.Date!.Value : "~", StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            int sources = index.Sources(events);
            if (sources < filter.MinSources)
            {
                continue;
            }

            var (actor, target) = group.Key;
            // The unnamed end is one node per named party and direction, not one hub that would join unrelated flows.
            var from = Node(actor, "unnamed:to:" + target);
            var to = Node(target, "unnamed:from:" + actor);
            var categories = events.SelectMany(e => e.Items).Select(i => i.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            flows.Add(new Flow(FlowId(from.Id, to.Id), from, to, categories, events, sources, Modalities.Strongest(events.Select(e => e.Modality))));
        }

        var ordered = flows.OrderByDescending(f => f.Sources).ThenBy(f => f.From.Label, StringComparer.Ordinal).ThenBy(f => f.To.Label, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        var used = ordered.SelectMany(f => new[] { f.From.Id, f.To.Id }).ToHashSet(StringComparer.Ordinal);
        return new TransferNetwork(nodes.Values.Where(n => used.Contains(n.Id)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList(), ordered, undated);
    }

    private static string FlowId(string from, string to) =>
        "flow-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(from + "\n" + to)))[..12];
}
