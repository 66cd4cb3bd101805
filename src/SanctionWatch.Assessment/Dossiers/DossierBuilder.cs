using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Assessment.Events;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Assessment.Linking;
using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Assessment.Sources;
using SanctionWatch.Assessment.Stories;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Model.Dates;

namespace SanctionWatch.Assessment.Dossiers;

/// <summary>
/// Builds the dossier from analysed documents — the cross-document pass: entities resolved across documents
/// and linked to the lists, events merged across reports, quotes, findings with independent sources, and
/// stories. A deterministic function of its input, whatever the order documents were analysed in; only
/// <c>generatedAt</c> depends on the clock.
/// </summary>
public sealed partial class DossierBuilder
{
    private readonly Dictionary<string, GazetteerEntry> _countries;
    private readonly IReadOnlyDictionary<string, string> _knownPeople;
    private readonly TimeProvider _clock;
    private readonly ListingLinker? _listings;
    private readonly FindingRules _rules;

    /// <summary>Creates the builder.</summary>
    /// <param name="gazetteer">The gazetteer: country names, known people, the places that tell who a listed party is.</param>
    /// <param name="measures">The sanctions regime's measures, for findings.</param>
    /// <param name="clock">The clock for <c>generatedAt</c>.</param>
    /// <param name="lists">The loaded sanctions lists to link entities to, or null for none.</param>
    public DossierBuilder(Gazetteer gazetteer, MeasureTable measures, TimeProvider? clock = null, ScreeningIndex? lists = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _countries = gazetteer.Places.Where(e => e.Schema == SchemaNames.Country).ToDictionary(e => e.Key, StringComparer.Ordinal);
        _knownPeople = EntityResolver.KnownPeople(gazetteer);
        _rules = new FindingRules(measures);
        _clock = clock ?? TimeProvider.System;
        _listings = lists is null ? null : new ListingLinker(lists, gazetteer);
    }

    /// <summary>Builds the dossier of <paramref name="documents"/>.</summary>
    public Dossier Build(IEnumerable<(Document Document, DocumentAnalysis Analysis)> documents) => Build(documents, clusterStories: true);

    /// <summary>
    /// Builds the dossier of <paramref name="documents"/>; with <paramref name="clusterStories"/> false its
    /// <c>stories</c> are left empty, for views that do not show them (story clustering is quadratic or worse in
    /// the number of documents and dominates the build of a large store).
    /// </summary>
    public Dossier Build(IEnumerable<(Document Document, DocumentAnalysis Analysis)> documents, bool clusterStories)
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

        // Pages and numbered paragraphs of paged documents (PDF reports), so that evidence cites "para. 45, p. 23".
        var pagesOf = ordered.ToDictionary(d => d.Document.Id, d => DocumentPages.Of(d.Document.Text), StringComparer.Ordinal);
        var resolution = new EntityResolver(_knownPeople).Resolve(ordered);
        // Linking screens every entity against the lists, independently: on every core, in the same order (issue 10).
        var texts = ordered.GroupBy(d => d.Document.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Document.Text, StringComparer.Ordinal);
        var entities = resolution.Entities.AsParallel().AsOrdered().Select(e => ToDossierEntity(e, texts, pagesOf)).ToList().ToDictionary(e => e.Id, StringComparer.Ordinal);

        var candidates = new List<EventCandidate>();
        var quotes = new List<DossierQuote>();
        foreach (var (document, analysis) in ordered)
        {
            int? year = ReferenceYear(document);
            DateOnly? reported = PartialDate.TryParseStart(document.Published, out var published) && published.Precision == DatePrecision.Day ? published.Start : null;
            var pages = pagesOf[document.Id];
            string? host = null;
            bool hostKnown = false;
            string? Host(string? visitorCountry)
            {
                if (!hostKnown)
                {
                    host = HostCountry(document, analysis, resolution, entities, visitorCountry);
                    hostKnown = true;
                }

                return host;
            }

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
                string? actor = Resolve(e.Actor);
                string? location = e.Location is { } at ? Resolve(new ArgumentRef(at)) : null;
                var candidate = new EventCandidate(
                    document.Id,
                    i,
                    e.Type,
                    e.Mode,
                    actor,
                    Resolve(e.Target) ?? Destination(e.Type, actor, location, entities),
                    e.Items.Select(item => new EventItem(item.Text, item.Category, item.Quantity)).ToList(),
                    e.Date,
                    location,
                    e.Modality,
                    Resolve(e.Claimant),
                    e.Evidence.Select(span => new EvidenceSpan(document.Id, span.Start, span.End, span.Of(document.Text)) { Page = pages.PageOf(span.Start), Paragraph = pages.ParagraphOf(span.Start) }).ToList(),
                    e.Denies)
                {
                    Background = IsBackground(e.Date, year) || (e.Date is not null && e.Evidence.Any(span => LookBackPattern().IsMatch(span.Of(document.Text)))),
                    Reported = reported,
                    Another = e.Another,
                };
                if (EventType.Consult.Is(candidate.Type) && candidate.Mode == "visit")
                {
                    candidate = Visit(candidate, Host, entities);
                }

                candidates.Add(candidate);
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
                    q.End)
                {
                    Page = pages.PageOf(q.Start),
                    Paragraph = pages.ParagraphOf(q.Start),
                });
            }
        }

        var events = EventMerger.Merge(candidates, entities);
        var sourceOf = SourceGroups.Assign(ordered.Select(d => d.Document));
        var findings = _rules.Assess(events, entities, sourceOf);
        var (complete, partial) = PartialEvents.Split(events, findings);

        IReadOnlyList<Story> stories = clusterStories
            ? Stories(ordered, resolution, entities, SharedHappenings(events, candidates.Where(c => c.Background)), Signatures(events, candidates.Where(c => c.Background), entities))
            : [];
        return new Dossier(
            Dossier.CurrentSchemaVersion,
            _clock.GetUtcNow(),
            dossierDocuments,
            entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
            complete,
            quotes.OrderBy(q => q.Id, StringComparer.Ordinal).ToList(),
            findings,
            stories)
        {
            PartialEvents = partial,
        };
    }

    // The year an article reports on: its publication date, or else the latest year it mentions.
    private static int? ReferenceYear(Document document)
    {
        if (PartialDate.TryParseStart(document.Published, out var published))
        {
            return published.Year;
        }

        int? latest = null;
        foreach (System.Text.RegularExpressions.ValueMatch m in YearPattern().EnumerateMatches(document.Text))
        {
            int year = int.Parse(document.Text.AsSpan(m.Index, m.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            latest = latest is null || year > latest ? year : latest;
        }

        return latest;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d.,]\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    // Dated two or more years before the article's own year: a look back, not the news.
    // So is a date the text gives relative to an earlier year ("im September letzten Jahres", "two years ago").
    private static bool IsBackground(EventDate? date, int? year) =>
        (year is { } reference && PartialDate.TryParseStart(date?.Value, out var dated)
            && dated.Year <= reference - 2)
        || (date is not null && PastYearPattern().IsMatch(date.Text));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:letzten|vergangenen|vorigen|des\s+Vorjahres)\s+Jahr(?:es)?|Vorjahr\w*|vor\s+\w+\s+Jahren|last\s+year|previous\s+year|\w+\s+years?\s+ago)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PastYearPattern();

    // A dated event in a sentence that looks back ("Das vorherige Treffen … im September 2023", "last met in 2019").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:vorherige[nmrs]?|vorige[nmrs]?|letzte\s+Mal|zuletzt|damals|erste[nmrs]?\s+Besuch|previous|previously|last\s+(?:time|met|visited)|first\s+visit)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LookBackPattern();

    // A visit's target is where the visitor went: the place's country, the host's country, or — for an undated
    // "Putins Besuch" with no place — the country the article is about besides the visitor's own.
    private EventCandidate Visit(EventCandidate visit, Func<string?, string?> hostOf, Dictionary<string, DossierEntity> entities)
    {
        if (visit.Actor is null || !entities.TryGetValue(visit.Actor, out var visitor))
        {
            return visit;
        }

        string? home = visitor.Country;
        string? destination = null;
        if (visit.Location is { } at && entities.TryGetValue(at, out var place) && place.Country is { } placeCountry && placeCountry != home)
        {
            destination = placeCountry;
        }
        else if (visit.Target is { } to && entities.TryGetValue(to, out var host) && host.Country is { } hostCountry && hostCountry != home)
        {
            destination = hostCountry;
        }
        else if (visit is { Background: false, Target: null, Location: null } && visitor.Schema == SchemaNames.Person && home is not null)
        {
            destination = hostOf(home);
        }

        return destination is null || home is null ? visit : visit with { Target = CountryEntity(destination, entities) };
    }

    // The country an article names most often besides the visitor's own; null on a tie.
    private static string? HostCountry(Document document, DocumentAnalysis analysis, EntityResolution resolution, Dictionary<string, DossierEntity> entities, string? visitorCountry)
    {
        var counts = Enumerable.Range(0, analysis.Mentions.Count)
            .Select(i => entities.GetValueOrDefault(resolution.EntityOf(document.Id, i)))
            .Where(e => e is { Schema: SchemaNames.Country } && e.Country != visitorCountry)
            .GroupBy(e => e!.Country!, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, Count: g.Count()))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Country, StringComparer.Ordinal)
            .ToList();
        return counts.Count > 0 && (counts.Count == 1 || counts[0].Count > counts[1].Count) ? counts[0].Country : null;
    }

    // Goods brought "to the Russian port of Vostochny" went to Russia: a transfer with no named recipient goes to
    // the country where it ended, when that is another country than the supplier's.
    private string? Destination(string type, string? actor, string? location, Dictionary<string, DossierEntity> entities)
    {
        if (!EventType.Transfer.Is(type) || actor is null || location is null
            || !entities.TryGetValue(actor, out var supplier) || !entities.TryGetValue(location, out var place)
            || place.Country is not { } country || supplier.Country is null || supplier.Country == country)
        {
            return null;
        }

        return CountryEntity(country, entities);
    }

    // The documents of each current, specific happening several articles report — a visit or a transfer between
    // named parties, not a look-back — which must then have happened at one time.
    private static List<IReadOnlyList<string>> SharedHappenings(IReadOnlyList<DossierEvent> events, IEnumerable<EventCandidate> background)
    {
        var past = background.SelectMany(c => c.Evidence).Select(e => (e.Document, e.Start)).ToHashSet();
        return events
            .Where(e => (EventType.Consult.Is(e.Type) || EventType.Transfer.Is(e.Type)) && e.Actor is not null && e.Target is not null)
            .Where(e => !e.Evidence.All(x => past.Contains((x.Document, x.Start))))
            .Select(e => (IReadOnlyList<string>)e.Evidence.Select(x => x.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            .Where(d => d.Count > 1)
            .ToList();
    }

    // What each document reports happened now (not its look-backs), in terms that do not depend on its language.
    // An event between a state and its own people or bodies ("Kim Jong Un – North Korea") is no happening between parties.
    private static Dictionary<string, IReadOnlyList<HappeningSignature>> Signatures(
        IReadOnlyList<DossierEvent> events, IEnumerable<EventCandidate> background, Dictionary<string, DossierEntity> entities)
    {
        var past = background.SelectMany(c => c.Evidence).Select(e => (e.Document, e.Start)).ToHashSet();
        var result = new Dictionary<string, List<HappeningSignature>>(StringComparer.Ordinal);
        bool OneSide(string a, string b) =>
            entities.TryGetValue(a, out var x) && entities.TryGetValue(b, out var y) && x.Country is not null && x.Country == y.Country;
        foreach (var e in events.Where(e => e.Actor is not null && e.Target is not null && e.Actor != e.Target && !OneSide(e.Actor, e.Target)))
        {
            foreach (var x in e.Evidence.Where(x => !past.Contains((x.Document, x.Start))).DistinctBy(x => x.Document))
            {
                if (!result.TryGetValue(x.Document, out var list))
                {
                    list = [];
                    result[x.Document] = list;
                }

                list.AddRange(HappeningSignature.Of(e, x.Start));
                if (StateSides(e) is { } sides)
                {
                    list.AddRange(HappeningSignature.Of(sides, x.Start)); // "the tanker Severny Veter → Kumsong 7" also tells Russia → North Korea
                }
            }
        }

        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<HappeningSignature>)kv.Value, StringComparer.Ordinal);

        // The event between the states its ship, company or official parties belong to, or null when it names states already.
        DossierEvent? StateSides(DossierEvent e)
        {
            string State(string id) => entities.TryGetValue(id, out var x) && x.Schema != SchemaNames.Country && x.Country is { } c
                ? Resolution.EntityResolver.IdOf("country:" + c) : id;
            var (actor, target) = (State(e.Actor!), State(e.Target!));
            return (actor, target) == (e.Actor, e.Target) || actor == target ? null : e with { Actor = actor, Target = target };
        }
    }

    private static IReadOnlyList<Story> Stories(
        List<(Document Document, DocumentAnalysis Analysis)> ordered,
        EntityResolution resolution,
        Dictionary<string, DossierEntity> entities,
        List<IReadOnlyList<string>> happenings,
        Dictionary<string, IReadOnlyList<HappeningSignature>> signatures)
    {
        var entitiesOf = ordered.ToDictionary(
            d => d.Document.Id,
            d => (IReadOnlyList<(string Id, string Name)>)Enumerable.Range(0, d.Analysis.Mentions.Count)
                .Select(i => resolution.EntityOf(d.Document.Id, i))
                .Distinct(StringComparer.Ordinal)
                .Select(id => (id, entities[id].Name))
                .ToList(),
            StringComparer.Ordinal);
        return StoryClusterer.Cluster(ordered.Select(d => d.Document).ToList(), entitiesOf, happenings, signatures);
    }

    // A capital acting stands for its government: the country's entity, added if no article named the country.
    private string CountryEntity(string country, Dictionary<string, DossierEntity> entities)
    {
        string key = "country:" + country;
        string id = EntityResolver.IdOf(key);
        if (!entities.ContainsKey(id))
        {
            string name = _countries.TryGetValue(key, out var entry) ? entry.Name : country.ToUpperInvariant();
            entities[id] = new DossierEntity(id, SchemaNames.Country, name, [], country, [], []);
        }

        return id;
    }

    // Linking reads the text around a bounded number of mentions: enough to see what the articles call the party.
    private const int LinkWindows = 40;

    private DossierEntity ToDossierEntity(ResolvedEntity e, Dictionary<string, string> texts, Dictionary<string, DocumentPages> pagesOf) => new(
        e.Id,
        e.Schema,
        e.Name,
        e.Aliases,
        e.Country,
        e.Mentions
            .Select(m => new EvidenceSpan(m.Document, m.Mention.Start, m.Mention.End, m.Mention.Text) { Page = Page(pagesOf, m.Document, m.Mention.Start) })
            .OrderBy(s => s.Document, StringComparer.Ordinal)
            .ThenBy(s => s.Start)
            .ToList(),
        _listings?.Link(e, e.Mentions
            .Where(m => texts.ContainsKey(m.Document))
            .Take(LinkWindows)
            .Select(m => MentionWindow.Around(texts[m.Document], m.Mention.Start, m.Mention.End))
            .ToList()) ?? [])
    {
        ImoNumber = ImoNumber.FromKey(e.Key) is { } imo ? "IMO" + imo : null,
    };

    private static int? Page(Dictionary<string, DocumentPages> pagesOf, string document, int offset) =>
        pagesOf.TryGetValue(document, out var pages) ? pages.PageOf(offset) : null;
}
