using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Application.Alerts;

/// <summary>
/// Finds what a watch cares about in a dossier. Keys use document ids and offsets, list references and measures,
/// never event or finding ids, so that merging a new source into an old event does not make old evidence look new.
/// </summary>
public static partial class WatchEvaluator
{
    /// <summary>The dossier entities a watch is about (none for a measure watch).</summary>
    public static IReadOnlyList<DossierEntity> Subjects(Watch watch, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(dossier);
        switch (watch.Kind)
        {
            case WatchKinds.Country:
                return dossier.Entities.Where(e => string.Equals(e.Country, watch.Value, StringComparison.OrdinalIgnoreCase)).ToList();
            case WatchKinds.Entity:
            case WatchKinds.Vessel:
                string key = NameKey.Of(watch.Value);
                var match = ImoNumber().Match(watch.Value);
                string? imo = !match.Success ? null : match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                return dossier.Entities
                    .Where(e => watch.Kind == WatchKinds.Entity || e.Schema == SchemaNames.Vessel)
                    .Where(e => e.Id == watch.Value
                        || (key.Length > 0 && (NameKey.Of(e.Name) == key || e.Aliases.Any(a => NameKey.Of(a) == key)))
                        || e.Listings.Any(l => string.Equals(l.Reference, watch.Value, StringComparison.OrdinalIgnoreCase))
                        || (imo is not null && (e.Name.Contains(imo, StringComparison.Ordinal) || e.Aliases.Any(a => a.Contains(imo, StringComparison.Ordinal))
                            || e.Mentions.Any(m => m.Text.Contains(imo, StringComparison.Ordinal)))))
                    .ToList();
            default:
                return [];
        }
    }

    /// <summary>Every hit of <paramref name="watch"/> in <paramref name="dossier"/>, in a stable order.</summary>
    public static IReadOnlyList<WatchHit> Evaluate(Watch watch, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(dossier);
        var hits = new List<WatchHit>();
        var eventsById = dossier.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (watch.Kind == WatchKinds.Measure)
        {
            foreach (var finding in dossier.Findings.Where(f => string.Equals(f.Measure, watch.Value, StringComparison.OrdinalIgnoreCase)))
            {
                hits.Add(FindingHit(finding, eventsById, []));
            }

            return hits;
        }

        var subjects = Subjects(watch, dossier);
        if (subjects.Count == 0)
        {
            return hits;
        }

        var ids = subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var names = subjects.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        bool Involves(DossierEvent e) =>
            (e.Actor is not null && ids.Contains(e.Actor)) || (e.Target is not null && ids.Contains(e.Target))
            || (e.Location is not null && ids.Contains(e.Location)) || (e.Claimant is not null && ids.Contains(e.Claimant));
        var involved = dossier.Events.Where(Involves).ToList();

        // Evidence: one hit per document, so that an article naming the subject twenty times raises one alert.
        var titles = dossier.Documents.ToDictionary(d => d.Id, d => d.Title ?? d.Source, StringComparer.Ordinal);
        var mentions = subjects.SelectMany(s => s.Mentions.Select(m => (Entity: s.Id, Span: m))).ToLookup(x => x.Span.Document, StringComparer.Ordinal);
        var eventSpans = involved.SelectMany(e => e.Evidence.Select(span => (Event: e, Span: span))).ToLookup(x => x.Span.Document, StringComparer.Ordinal);
        var quotes = dossier.Quotes.Where(q => q.Speaker is not null && ids.Contains(q.Speaker)).ToLookup(q => q.Document, StringComparer.Ordinal);
        var documents = mentions.Select(g => g.Key).Concat(eventSpans.Select(g => g.Key)).Concat(quotes.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (string document in documents)
        {
            var docMentions = mentions[document].ToList();
            var docEvents = eventSpans[document].ToList();
            var docQuotes = quotes[document].ToList();
            var keys = new List<string>();
            if (docMentions.Count > 0)
            {
                keys.Add("mention:" + document);
            }

            keys.AddRange(docEvents.Select(x => Key("event", document, x.Span.Start, x.Span.End)));
            keys.AddRange(docQuotes.Select(q => Key("quote", document, q.Start, q.End)));
            var present = docMentions.Select(x => x.Entity)
                .Concat(docEvents.SelectMany(x => new[] { x.Event.Actor, x.Event.Target, x.Event.Location, x.Event.Claimant }).OfType<string>().Where(ids.Contains))
                .Concat(docQuotes.Select(q => q.Speaker!))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var (start, end) = docEvents.Count > 0 ? (docEvents[0].Span.Start, docEvents[0].Span.End)
                : docQuotes.Count > 0 ? (docQuotes[0].Start, docQuotes[0].End)
                : (docMentions[0].Span.Start, docMentions[0].Span.End);
            string what = string.Join(", ", new[]
            {
                Count(docMentions.Count, "mention"), Count(docEvents.Select(x => x.Event.Id).Distinct().Count(), "event"), Count(docQuotes.Count, "quote"),
            }.Where(s => s.Length > 0));
            string message = $"{string.Join(", ", present.Select(p => names[p]))}: {what} in \u201c{titles.GetValueOrDefault(document, document)}\u201d ({document})";
            hits.Add(new WatchHit(keys, new NewAlert(AlertKinds.Evidence, message, present, document, start, end)));
        }

        foreach (var finding in dossier.Findings.Where(f => f.Events.Any(id => eventsById.TryGetValue(id, out var e) && Involves(e))))
        {
            var present = finding.Events.Select(id => eventsById.GetValueOrDefault(id)).OfType<DossierEvent>()
                .SelectMany(e => new[] { e.Actor, e.Target, e.Location, e.Claimant }).OfType<string>().Where(ids.Contains)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            hits.Add(FindingHit(finding, eventsById, present));
        }

        foreach (var entity in subjects)
        {
            foreach (var listing in entity.Listings)
            {
                var first = entity.Mentions.Count > 0 ? entity.Mentions[0] : null;
                string message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{entity.Name} matches {listing.Name} on {listing.List} ({listing.Reference}{(listing.Program is null ? "" : ", " + listing.Program)}), score {listing.Score:0.00}");
                hits.Add(new WatchHit(
                    ["listing:" + listing.List + ":" + listing.Reference],
                    new NewAlert(AlertKinds.Listing, message, [entity.Id, listing.List + ":" + listing.Reference], first?.Document, first?.Start, first?.End)));
            }
        }

        return hits;
    }

    private static WatchHit FindingHit(Finding finding, Dictionary<string, DossierEvent> eventsById, IReadOnlyList<string> entities)
    {
        var evidence = finding.Events.Select(id => eventsById.GetValueOrDefault(id)).OfType<DossierEvent>()
            .SelectMany(e => e.Evidence).FirstOrDefault();
        // Keyed by the evidence sentences, not the finding id: a new source merged into the finding's event changes
        // its id, and only the new sentences are news.
        var keys = finding.Events.Select(id => eventsById.GetValueOrDefault(id)).OfType<DossierEvent>()
            .SelectMany(e => e.Evidence)
            .Select(span => Key("finding:" + finding.Regime + ":" + finding.Measure, span.Document, span.Start, span.End))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            keys.Add("finding:" + finding.Id);
        }

        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"Finding ({finding.Measure}, {finding.Status}, {finding.Sources} source{(finding.Sources == 1 ? "" : "s")}): {finding.Summary}");
        return new WatchHit(keys, new NewAlert(AlertKinds.Finding, message, [finding.Id, .. entities], evidence?.Document, evidence?.Start, evidence?.End));
    }

    private static string Key(string kind, string document, int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}:{document}:{start}:{end}");

    private static string Count(int n, string noun) =>
        n == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    [GeneratedRegex(@"\bIMO[\s:-]*(\d{7})\b|^\s*(\d{7})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoNumber();
}
