using System.Globalization;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Assessment.Events;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Assessment.Sources;
using SanctionWatch.Assessment.Stories;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Model.Ids;

namespace SanctionWatch.Assessment.Dossiers;

/// <summary>
/// Builds the dossier from analysed documents — the cross-document pass: entities resolved across documents
/// and linked to the lists, events merged across reports, quotes, findings with independent sources, and
/// stories. A deterministic function of its input, whatever the order documents were analysed in; only
/// <c>generatedAt</c> depends on the clock.
/// </summary>
public sealed class DossierBuilder
{
    private static readonly Lazy<IReadOnlyDictionary<string, GazetteerEntry>> Countries = new(() =>
        PlaceGazetteer.All.Where(e => e.Schema == "Country").ToDictionary(e => e.Key, StringComparer.Ordinal));

    private readonly TimeProvider _clock;
    private readonly ListingLinker? _listings;
    private readonly FindingRules _rules = new();

    /// <summary>Creates the builder.</summary>
    /// <param name="clock">The clock for <c>generatedAt</c>.</param>
    /// <param name="lists">The loaded sanctions lists to link entities to, or null for none.</param>
    public DossierBuilder(TimeProvider? clock = null, ScreeningIndex? lists = null)
    {
        _clock = clock ?? TimeProvider.System;
        _listings = lists is null ? null : new ListingLinker(lists);
    }

    /// <summary>Builds the dossier of <paramref name="documents"/>.</summary>
    public Dossier Build(IEnumerable<(Document Document, DocumentAnalysis Analysis)> documents)
    {
        var ordered = documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal).ToList();
        var dossierDocuments = ordered
            .Select(d => new DossierDocument(
                d.Document.Id,
                d.Document.Source,
                d.Document.Title,
                d.Document.Language,
                d.Document.Published,
                d.Document.Text.Length,
                d.Analysis.Sentences.Count))
            .ToList();

        var resolution = new EntityResolver(EntityResolver.BuiltInPeople).Resolve(ordered);
        // Linking screens every entity against the lists, independently: on every core, in the same order (issue 10).
        var entities = resolution.Entities.AsParallel().AsOrdered().Select(ToDossierEntity).ToList().ToDictionary(e => e.Id, StringComparer.Ordinal);

        var candidates = new List<EventCandidate>();
        var quotes = new List<DossierQuote>();
        foreach (var (document, analysis) in ordered)
        {
            string? Resolve(ArgumentRef? argument)
            {
                if (argument is null || argument.Mention < 0 || argument.Mention >= analysis.Mentions.Count)
                {
                    return null;
                }

                var mention = analysis.Mentions[argument.Mention];
                return argument.AsGovernment && mention.Country is not null
                    ? CountryEntity(mention.Country, entities)
                    : resolution.EntityOf(document.Id, argument.Mention);
            }

            for (int i = 0; i < analysis.Events.Count; i++)
            {
                var e = analysis.Events[i];
                candidates.Add(new EventCandidate(
                    document.Id,
                    i,
                    e.Type,
                    e.Mode,
                    Resolve(e.Actor),
                    Resolve(e.Target),
                    e.Items.Select(item => new EventItem(item.Text, item.Category, item.Quantity)).ToList(),
                    e.Date,
                    e.Location is { } location ? Resolve(new ArgumentRef(location)) : null,
                    e.Modality,
                    Resolve(e.Claimant),
                    e.Evidence.Select(span => new EvidenceSpan(document.Id, span.Start, span.End, span.Of(document.Text))).ToList(),
                    e.Denies));
            }

            foreach (var q in analysis.Quotes)
            {
                quotes.Add(new DossierQuote(
                    ContentId.Of("quo", document.Id, q.Start.ToString(CultureInfo.InvariantCulture), q.End.ToString(CultureInfo.InvariantCulture)),
                    q.Speaker is { } speaker ? Resolve(new ArgumentRef(speaker)) : null,
                    q.SpeakerText,
                    q.Role,
                    q.Text,
                    q.Direct,
                    document.Id,
                    q.Start,
                    q.End));
            }
        }

        var events = EventMerger.Merge(candidates);
        var sourceOf = SourceGroups.Assign(ordered.Select(d => d.Document));
        var findings = _rules.Assess(events, entities, sourceOf);

        var entitiesOf = ordered.ToDictionary(
            d => d.Document.Id,
            d => (IReadOnlyList<(string Id, string Name)>)Enumerable.Range(0, d.Analysis.Mentions.Count)
                .Select(i => resolution.EntityOf(d.Document.Id, i))
                .Distinct(StringComparer.Ordinal)
                .Select(id => (id, entities[id].Name))
                .ToList(),
            StringComparer.Ordinal);
        var stories = StoryClusterer.Cluster(ordered.Select(d => d.Document).ToList(), entitiesOf);

        return new Dossier(
            Dossier.CurrentSchemaVersion,
            _clock.GetUtcNow(),
            dossierDocuments,
            entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
            events,
            quotes.OrderBy(q => q.Id, StringComparer.Ordinal).ToList(),
            findings,
            stories);
    }

    // A capital acting stands for its government: the country's entity, added if no article named the country.
    private static string CountryEntity(string country, Dictionary<string, DossierEntity> entities)
    {
        string key = "country:" + country;
        string id = EntityResolver.IdOf(key);
        if (!entities.ContainsKey(id))
        {
            string name = Countries.Value.TryGetValue(key, out var entry) ? entry.Name : country.ToUpperInvariant();
            entities[id] = new DossierEntity(id, "Country", name, [], country, [], []);
        }

        return id;
    }

    private DossierEntity ToDossierEntity(ResolvedEntity e) => new(
        e.Id,
        e.Schema,
        e.Name,
        e.Aliases,
        e.Country,
        e.Mentions
            .Select(m => new EvidenceSpan(m.Document, m.Mention.Start, m.Mention.End, m.Mention.Text))
            .OrderBy(s => s.Document, StringComparer.Ordinal)
            .ThenBy(s => s.Start)
            .ToList(),
        _listings?.Link(e) ?? []);
}
