using System.Globalization;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Model.Ids;

namespace SanctionWatch.Assessment.Findings;

/// <summary>
/// Turns events into findings: a transfer of items a measure covers, in the direction it prohibits, may breach
/// it; any event with a party on the UN 1718 list raises a designated-party finding. Humanitarian items are
/// exempt, a negated event supports nothing, and a finding's status is its events' strongest modality.
/// </summary>
public sealed class FindingRules
{
    private const string Dprk = "kp";
    private static readonly HashSet<string> TransferLike = ["TRANSFER", "AID", "SUPPORT", "COOPERATE"];

    private readonly MeasureTable _table;

    /// <summary>Creates the rules over a regime's measures.</summary>
    public FindingRules(MeasureTable? table = null) => _table = table ?? MeasureTable.UnDprk;

    /// <summary>The findings the events support, ordered by id.</summary>
    /// <param name="events">The merged events.</param>
    /// <param name="entities">Every entity by id.</param>
    /// <param name="sourceOf">Each document's independent-source key.</param>
    public IReadOnlyList<Finding> Assess(
        IReadOnlyList<DossierEvent> events,
        IReadOnlyDictionary<string, DossierEntity> entities,
        IReadOnlyDictionary<string, string> sourceOf)
    {
        var findings = new List<Finding>();
        foreach (var @event in events)
        {
            if (@event.Modality == "negated")
            {
                continue;
            }

            // The UN or another international body "transferring" goods is the text describing a ban, not a breach.
            if (@event.Actor is { } actor && entities.TryGetValue(actor, out var supplier)
                && supplier.Schema is "PublicBody" or "Organization" && supplier.Country is null)
            {
                continue;
            }

            string? actorCountry = CountryOf(@event.Actor, entities);
            string? targetCountry = CountryOf(@event.Target, entities);
            var categories = @event.Items
                .Select(i => i.Category)
                .Where(c => !_table.ExemptCategories.Contains(c))
                .ToHashSet(StringComparer.Ordinal);
            if (TransferLike.Contains(@event.Type) && categories.Count > 0)
            {
                foreach (var measure in _table.Measures)
                {
                    if (measure.Categories.Any(categories.Contains) && DirectionHolds(measure.Direction, actorCountry, targetCountry))
                    {
                        findings.Add(Make(measure, @event, entities, sourceOf));
                    }
                }
            }

            bool designated = new[] { @event.Actor, @event.Target }
                .Where(id => id is not null && entities.ContainsKey(id))
                .Any(id => entities[id!].Listings.Any(l => l.List == "un-sc" && l.Reference.StartsWith("KP", StringComparison.Ordinal)));
            if (designated)
            {
                findings.Add(Make(_table["designated-party"], @event, entities, sourceOf));
            }
        }

        return findings
            .DistinctBy(f => f.Id)
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static bool DirectionHolds(string direction, string? actor, string? target) => direction switch
    {
        "to-dprk" => target == Dprk && actor != Dprk,
        "from-dprk" => actor == Dprk && target != Dprk,
        _ => (actor == Dprk) != (target == Dprk),
    };

    private static string? CountryOf(string? id, IReadOnlyDictionary<string, DossierEntity> entities) =>
        id is not null && entities.TryGetValue(id, out var entity) ? entity.Country : null;

    private Finding Make(Measure measure, DossierEvent @event, IReadOnlyDictionary<string, DossierEntity> entities, IReadOnlyDictionary<string, string> sourceOf)
    {
        var documents = @event.Evidence.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        int sources = documents.Select(d => sourceOf.TryGetValue(d, out string? key) ? key : d).Distinct().Count();
        string status = @event.Modality;
        return new Finding(
            ContentId.Of("fnd", _table.Regime, measure.Id, @event.Id),
            _table.Regime,
            measure.Id,
            measure.Provisions,
            Summary(measure, @event, status, sources, entities),
            [@event.Id],
            status,
            sources,
            documents);
    }

    // One sentence built only from the event's parts, so a reader can check it against the evidence.
    private static string Summary(Measure measure, DossierEvent @event, string status, int sources, IReadOnlyDictionary<string, DossierEntity> entities)
    {
        string Name(string? id) => id is not null && entities.TryGetValue(id, out var e) ? e.Name : "an unnamed party";
        string items = @event.Items.Count == 0
            ? "unspecified items"
            : string.Join(", ", @event.Items.Select(i => i.Quantity is { } q
                ? $"{i.Category} ({q.Text})"
                : i.Category));
        string what = @event.Type == "TRANSFER"
            ? $"{Name(@event.Actor)} to {Name(@event.Target)}: transfer of {items}"
            : $"{@event.Type.ToLowerInvariant()} between {Name(@event.Actor)} and {Name(@event.Target)}";
        string when = @event.Date?.Value is { } date ? $" ({date})" : "";
        string source = sources == 1 ? "1 independent source" : $"{sources.ToString(CultureInfo.InvariantCulture)} independent sources";
        return $"{what}{when}, {status} ({source}); may breach the ban on {measure.Description} ({measure.Provisions[0]}).";
    }
}
