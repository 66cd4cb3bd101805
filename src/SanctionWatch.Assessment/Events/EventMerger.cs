using SanctionWatch.Model.Dates;

namespace SanctionWatch.Assessment.Events;

/// <summary>
/// Merges the events that several documents report into one event each, with evidence from every document
/// (and per-source modality and claimant where they differ). Reports of the same happening that disagree on
/// place, date or quantity stay separate and point at each other through <c>conflicts</c>.
/// The result does not depend on the order of its input.
/// </summary>
public static class EventMerger
{
    private const double QuantityTolerance = 0.1;
    private const int UndatedDays = 30;

    // Another report may date the same happening by its announcement a day or two after this article appeared.
    private const int LaterReportDays = 3;

    /// <summary>Merges <paramref name="candidates"/> into dossier events, ordered by id.</summary>
    /// <param name="candidates">The events of every document.</param>
    /// <param name="entities">Every entity by id, so that a place inside a country does not count as another place than the country; null to compare locations by id only.</param>
    public static IReadOnlyList<DossierEvent> Merge(IEnumerable<EventCandidate> candidates, IReadOnlyDictionary<string, DossierEntity>? entities = null)
    {
        var places = new Places(entities);
        var ordered = candidates
            .OrderBy(c => c.Document, StringComparer.Ordinal)
            .ThenBy(c => c.Index)
            .ToList();

        // Same happening = same type, same parties (either way round for meetings), same kinds of items.
        var clusters = new List<List<EventCandidate>>();
        foreach (var group in ordered.GroupBy(HappeningKey, StringComparer.Ordinal))
        {
            var local = new List<List<EventCandidate>>();
            foreach (var candidate in group)
            {
                var home = local.FirstOrDefault(cluster => cluster.All(member => Compatible(member, candidate, places)));
                if (home is null)
                {
                    home = [];
                    local.Add(home);
                }

                home.Add(candidate);
            }

            clusters.AddRange(local);
        }

        // Two reports that tell one happening in other detail ("Kozlov met North Korea" and "Russia met Yun Jong Ho"
        // in Pyongyang; "600 troops" and "600 troops and arms") join when a date, place or count anchors them.
        clusters = HappeningJoiner.Join(clusters, places, entities);
        var conflictsOf = new Dictionary<List<EventCandidate>, HashSet<List<EventCandidate>>>();
        foreach (var same in clusters.GroupBy(cluster => HappeningKey(cluster[0]), StringComparer.Ordinal))
        {
            foreach (var cluster in same)
            {
                conflictsOf[cluster] = same
                    .Where(other => other != cluster && cluster.Any(a => other.Any(b => SpecificEnough(a) && SpecificEnough(b) && Disagree(a, b, places))))
                    .ToHashSet();
            }
        }

        var idOf = clusters.ToDictionary(c => c, Id);
        var clusterOf = new Dictionary<(string Document, int Index), List<EventCandidate>>();
        foreach (var cluster in clusters)
        {
            foreach (var member in cluster)
            {
                clusterOf[(member.Document, member.Index)] = cluster;
            }
        }

        var events = new List<DossierEvent>(clusters.Count);
        foreach (var cluster in clusters)
        {
            string? denies = cluster
                .Where(c => c.Denies is not null && clusterOf.ContainsKey((c.Document, c.Denies.Value)))
                .Select(c => idOf[clusterOf[(c.Document, c.Denies!.Value)]])
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            var conflicts = conflictsOf[cluster].Select(c => idOf[c]).Order(StringComparer.Ordinal).ToList();
            events.Add(Build(idOf[cluster], cluster) with
            {
                Denies = denies,
                Conflicts = conflicts.Count > 0 ? conflicts : null,
            });
        }

        events.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return events;
    }

    internal static string HappeningKey(EventCandidate c)
    {
        var (a, b) = Sides(c.Type, c.Actor ?? "-", c.Target ?? "-");

        string categories = string.Join(',', c.Items.Select(i => i.Category).Distinct().Order(StringComparer.Ordinal));
        return string.Join('|', c.Type, a, b, categories, Standing(c));
    }

    /// <summary>The two sides of an event of <paramref name="type"/> in the order that compares: either way round for meetings and agreements.</summary>
    internal static (string A, string B) Sides(string type, string a, string b) =>
        EventType.TryParse(type, out var parsed) && parsed.IsMutual && string.CompareOrdinal(a, b) > 0 ? (b, a) : (a, b);

    /// <summary>The type and standing of an event: a denial, or what did not or might happen, is another kind of happening than a report.</summary>
    internal static string KindOf(EventCandidate c) => c.Type + "|" + Standing(c);

    private static string Standing(EventCandidate c)
    {
        // What did not happen, would happen only if, or is yet to be shipped is not the same happening as what did: "has
        // not delivered jets", "if Moscow gave jets" and "plans to ship guns" stay apart from each other and from a report
        // that it delivered them — an expected shipment is not a report of one. Other expected acts (an announced visit,
        // treaty, sanction or attack) merge with the act, as the stories that gather their reports need.
        string polarity = Modality.TryParse(c.Modality, out var modality)
            && (modality > Modality.Expected || (modality == Modality.Expected && c.Type == "TRANSFER")) ? c.Modality : "";
        return (c.Denies is null ? "" : "denial") + "|" + polarity;
    }

    private static bool Compatible(EventCandidate x, EventCandidate y, Places places)
    {
        // Across documents, "a visit by Putin" with no other party is too vague to be the same happening as
        // another article's: only events with both parties merge across documents.
        return x.Background == y.Background && !Disagree(x, y, places) && !AnotherOccasion(x, y)
            && (x.Document == y.Document || (SpecificEnough(x) && SpecificEnough(y) && !CountedOnceApart(x, y)));
    }

    // "about 120,000 barrels of diesel" told in one report and fuel "brought several times since last summer" in another
    // published weeks apart, neither dated: one occasion and a run of them, not the same happening. Reports of one
    // occasion, one counting it and one not, come out within days of each other.
    private static bool CountedOnceApart(EventCandidate x, EventCandidate y) =>
        x.Date?.Value is null && y.Date?.Value is null
        && x.Items.Any(i => i.Quantity is not null) != y.Items.Any(i => i.Quantity is not null)
        && !HappeningJoiner.ReportedTogether(x, y);

    /// <summary>
    /// True when one report calls its event another occasion ("ein weiterer Tanker", "the second shipment") and the other
    /// report came out before it (or either date is unknown): what it tells is not the happening the earlier report told.
    /// Reports of one day may both tell that other occasion.
    /// </summary>
    internal static bool AnotherOccasion(EventCandidate x, EventCandidate y)
    {
        if (x.Document == y.Document || !(x.Another || y.Another))
        {
            return false;
        }

        if (x.Reported is not { } rx || y.Reported is not { } ry)
        {
            return true;
        }

        return (x.Another && rx > ry) || (y.Another && ry > rx);
    }

    // Another place, date or quantity for what is otherwise the same happening.
    internal static bool Disagree(EventCandidate x, EventCandidate y, Places places)
    {
        if (x.Date?.Value is { } dx && y.Date?.Value is { } dy
            && !dx.StartsWith(dy, StringComparison.Ordinal) && !dy.StartsWith(dx, StringComparison.Ordinal))
        {
            return true;
        }

        if ((x.Date?.Value is null || y.Date?.Value is null) && (OneOccasion(x, places) || OneOccasion(y, places))
            && Window(x) is { } wx && Window(y) is { } wy && (wx.End < wy.Start || wy.End < wx.Start))
        {
            return true;
        }

        if (x.Location is not null && y.Location is not null && !places.Compatible(x.Location, y.Location))
        {
            return true;
        }

        return Counts(x, y).Any(agree => !agree);
    }

    /// <summary>For each category both events count in one unit: whether the two counts agree.</summary>
    internal static IEnumerable<bool> Counts(EventCandidate x, EventCandidate y, double atLeast = 0)
    {
        foreach (var item in x.Items)
        {
            if (item.Quantity is not { } qx)
            {
                continue;
            }

            foreach (var other in y.Items.Where(i => i.Category == item.Category && i.Quantity is not null))
            {
                var qy = other.Quantity!;
                if ((qx.Unit ?? "") == (qy.Unit ?? "") && (qx.Amount >= atLeast || qx.Unit is not (null or "persons")))
                {
                    yield return Math.Abs(qx.Amount - qy.Amount) <= QuantityTolerance * Math.Max(qx.Amount, qy.Amount);
                }
            }
        }
    }

    // A shipment of so many, on a day or at a place is one occasion, and so is a single act (a listing, a strike, a
    // meeting); "North Korea supplies Russia with shells" is a pattern that reports months apart can both tell.
    private static bool OneOccasion(EventCandidate c, Places places) =>
        (EventType.TryParse(c.Type, out var type) && type.IsSingleAct) || c.Date?.Value is not null || c.Items.Any(i => i.Quantity is not null) || (c.Location is { } at && places.IsBelowCountry(at));

    // When it happened: its own date, or for an undated event the month before its article appeared (and the days of
    // a later report's announcement) — the rail
    // shipment a report of 11 February tells without a date is not the one a report of 20 March tells.
    private static (DateOnly Start, DateOnly End)? Window(EventCandidate c)
    {
        if (PartialDate.TryParseStart(c.Date?.Value, out var dated))
        {
            return (dated.Start, dated.End);
        }

        return c.Reported is { } reported ? (reported.AddDays(-UndatedDays), reported.AddDays(LaterReportDays)) : null;
    }

    /// <summary>True when both events name two different parties.</summary>
    internal static bool SpecificEnough(EventCandidate c) =>
        c.Actor is not null && c.Target is not null && c.Actor != c.Target;

    private static string Id(List<EventCandidate> cluster)
    {
        var first = cluster[0];
        string evidence = string.Join(';', cluster
            .SelectMany(c => c.Evidence)
            .Select(e => e.Document + ":" + e.Start.ToString(CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal));
        // Two events of one sentence can share key and evidence (a look-back and the news); their positions in
        // their documents' analyses tell them apart.
        string members = string.Join(';', cluster
            .Select(c => c.Document + "#" + c.Index.ToString(CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal));
        return ContentId.Of("evt", HappeningKey(first), evidence, members);
    }

    private static DossierEvent Build(string id, List<EventCandidate> cluster)
    {
        var strongest = cluster.OrderBy(c => Modality.RankOf(c.Modality)).ThenBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Index).First();
        bool uniform = cluster.All(c => c.Modality == strongest.Modality && c.Claimant == strongest.Claimant);
        var evidence = cluster
            .SelectMany(c => c.Evidence.Select(e => uniform ? e : e with { Modality = c.Modality, Claimant = c.Claimant }))
            .DistinctBy(e => (e.Document, e.Start, e.End))
            .OrderBy(e => e.Document, StringComparer.Ordinal)
            .ThenBy(e => e.Start)
            .ToList();
        var items = cluster
            .SelectMany(c => c.Items)
            .GroupBy(i => i.Category, StringComparer.Ordinal)
            .SelectMany(ItemsOfCategory)
            .OrderBy(i => i.Category, StringComparer.Ordinal)
            .ToList();
        var date = cluster
            .Select(c => c.Date)
            .Where(d => d is not null)
            .OrderByDescending(d => d!.Value?.Length ?? 0)
            .FirstOrDefault();
        string? location = cluster.Select(c => c.Location).FirstOrDefault(l => l is not null);
        // The parties of the strongest report that names both: a report that leaves one unsaid adds its evidence, not a gap.
        var parties = (strongest.Actor is null || strongest.Target is null)
            && cluster.Where(SpecificEnough).OrderBy(c => Modality.RankOf(c.Modality)).FirstOrDefault() is { } full ? full : strongest;
        return new DossierEvent(id, strongest.Type, strongest.Mode, parties.Actor, parties.Target, items, date, location,
            strongest.Modality, strongest.Claimant, evidence);
    }

    // One item per category, but every measure the reports give: "1,000 containers" in one and "a million shells"
    // in another are both kept; quantities in the same unit agree here, or the events would not have merged.
    private static IEnumerable<EventItem> ItemsOfCategory(IGrouping<string, EventItem> items)
    {
        var measured = items.Where(i => i.Quantity is not null).DistinctBy(i => i.Quantity!.Unit ?? "").ToList();
        return measured.Count > 0 ? measured : [items.First()];
    }
}
