namespace SanctionWatch.Assessment.Stories;

/// <summary>
/// What one event says happened, in terms no language changes: its type, its parties as resolved entity ids, the
/// item category and amount. Two reports in German and English of one shipment give the same signature.
/// </summary>
/// <param name="Type">The event type (<c>TRANSFER</c>, <c>CONSULT</c>, …).</param>
/// <param name="Actor">The supplier or actor's entity id.</param>
/// <param name="Target">The recipient or target's entity id.</param>
/// <param name="Category">The item category, or null for an event without items.</param>
/// <param name="Amount">The item's normalised amount, when the report gives one.</param>
public sealed record HappeningSignature(string Type, string Actor, string Target, string? Category, double? Amount)
{
    /// <summary>Where in its document the event is told (its first evidence's start): a report's lead tells its news.</summary>
    public int At { get; init; }

    /// <summary>The day the event happened when its report names one (ISO 8601 <c>yyyy-MM-dd</c>), else null.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>The feature key of what happened between whom, without the amount.</summary>
    public string Key => string.Join('|', Type, Actor, Target, Category ?? "-");

    /// <summary>The signatures of an event with both parties: one per item (one without items), told at <paramref name="at"/>.</summary>
    public static IEnumerable<HappeningSignature> Of(DossierEvent e, int at)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Actor is not { } actor || e.Target is not { } target)
        {
            return [];
        }

        DateOnly? day = e.Date?.Value is { Length: 10 } value
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
            ? parsed : null;
        return e.Items.Count == 0
            ? [new HappeningSignature(e.Type, actor, target, null, null) { At = at, Day = day }]
            : e.Items.Select(i => new HappeningSignature(e.Type, actor, target, i.Category, i.Quantity?.Amount) { At = at, Day = day });
    }
}
