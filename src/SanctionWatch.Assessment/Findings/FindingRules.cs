namespace SanctionWatch.Assessment.Findings;

/// <summary>
/// Turns events into findings: a transfer of items a measure covers, in the direction it prohibits, may breach
/// it; any event with a party on the UN 1718 list raises a designated-party finding. Humanitarian items are
/// exempt, a negated event supports nothing, and a finding's status is its events' strongest modality.
/// </summary>
public sealed class FindingRules
{
    private const string Dprk = "kp";
    private static readonly HashSet<string> TransferLike = [EventType.Transfer.Name, EventType.Aid.Name, EventType.Support.Name, EventType.Cooperate.Name];

    private readonly MeasureTable _table;

    /// <summary>Creates the rules over a regime's measures.</summary>
    public FindingRules(MeasureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

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
            if (Modality.Negated.Is(@event.Modality))
            {
                continue;
            }

            // The UN or another international body "transferring" goods is the text describing a ban, not a breach.
            if (@event.Actor is { } actor && entities.TryGetValue(actor, out var supplier)
                && supplier.Schema is SchemaNames.PublicBody or SchemaNames.Organization && supplier.Country is null)
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

        return FoldDenials(findings.DistinctBy(f => f.Id).ToList(), events, entities, sourceOf, id => _table[id])
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    // A denial of a reported transfer is the other side of the same finding, not a finding of its own: its event
    // and document join the finding of the claim it denies (same measure and parties' countries); the status stays the
    // claim's. A denial with no claim beside it keeps its own finding, with status "denied".
    private static IEnumerable<Finding> FoldDenials(
        List<Finding> findings,
        IReadOnlyList<DossierEvent> events,
        IReadOnlyDictionary<string, DossierEntity> entities,
        IReadOnlyDictionary<string, string> sourceOf,
        Func<string, Measure> measureOf)
    {
        // Parties compare by country: "a Russian tanker" delivers, "the Russian foreign ministry" denies.
        var eventOf = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        string Party(string? id) => CountryOf(id, entities) ?? id ?? "-";
        string Parties(Finding f) => string.Join('|', f.Measure, f.Events.Select(id => eventOf[id]).Select(e => Party(e.Actor) + ">" + Party(e.Target)).First());
        foreach (var group in findings.GroupBy(Parties, StringComparer.Ordinal))
        {
            var claims = group.Where(IsClaim).ToList();
            var denials = group.Where(f => Modality.Denied.Is(f.Status)).ToList();
            if (claims.Count == 0 || denials.Count == 0)
            {
                foreach (var f in group)
                {
                    yield return f;
                }

                continue;
            }

            foreach (var other in group.Where(f => !IsClaim(f) && !Modality.Denied.Is(f.Status)))
            {
                yield return other;
            }

            // Every claim gets the denials beside it (they deny the happening, whichever report of it).
            foreach (var claim in claims)
            {
                var documents = claim.Documents.Concat(denials.SelectMany(d => d.Documents)).Distinct().Order(StringComparer.Ordinal).ToList();
                int sources = documents.Select(d => sourceOf.TryGetValue(d, out string? key) ? key : d).Distinct().Count();
                yield return claim with
                {
                    Events = claim.Events.Concat(denials.SelectMany(d => d.Events)).Distinct().Order(StringComparer.Ordinal).ToList(),
                    Documents = documents,
                    Sources = sources,
                    Summary = Summary(measureOf(claim.Measure), eventOf[claim.Events[0]], claim.Status, sources, entities) + " Denied by " + (denials.Count == 1 ? "one report" : $"{denials.Count.ToString(CultureInfo.InvariantCulture)} reports") + ".",
                };
            }
        }
    }

    private static bool DirectionHolds(string direction, string? actor, string? target) => direction switch
    {
        "to-dprk" => target == Dprk && actor != Dprk,
        "from-dprk" => actor == Dprk && target != Dprk,
        _ => (actor == Dprk) != (target == Dprk),
    };

    private static string? CountryOf(string? id, IReadOnlyDictionary<string, DossierEntity> entities) =>
        id is not null && entities.TryGetValue(id, out var entity) ? entity.Country : null;

    // A finding whose status says the event happened: asserted, reported or alleged.
    private static bool IsClaim(Finding f) => Modality.TryParse(f.Status, out var modality) && modality <= Modality.Alleged;

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
        string what = EventType.Transfer.Is(@event.Type)
            ? $"{Name(@event.Actor)} to {Name(@event.Target)}: transfer of {items}"
            : $"{@event.Type.ToLowerInvariant()} between {Name(@event.Actor)} and {Name(@event.Target)}";
        string when = @event.Date?.Value is { } date ? $" ({date})" : "";
        string source = sources == 1 ? "1 independent source" : $"{sources.ToString(CultureInfo.InvariantCulture)} independent sources";
        return $"{what}{when}, {status} ({source}); may breach the ban on {measure.Description} ({measure.Provisions[0]}).";
    }
}
