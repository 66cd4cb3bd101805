namespace SanctionWatch.Assessment.Events;

/// <summary>
/// Joins events of different documents that tell one happening in other detail: the same kind of event between the
/// same sides (a minister stands for his state), overlapping items, and an anchor both reports share — the same day,
/// the same place below a country, the same count of ten or more, the same named company, person or ship on one
/// side, or the very same parties in reports published a day apart at most — and, unless both date it, reports
/// published within a week of each other. Clusters are blocked by kind and
/// sides, so only events of one block are compared.
/// </summary>
internal static class HappeningJoiner
{
    private const int ReportDays = 7;
    private const double CountAnchor = 10;
    private const int SameNewsDays = 1;
    private const string VetoMode = "veto";

    /// <summary>Joins <paramref name="clusters"/> (each one document's or several documents' reports of one happening) where they tell the same happening.</summary>
    public static List<List<EventCandidate>> Join(List<List<EventCandidate>> clusters, Places places, IReadOnlyDictionary<string, DossierEntity>? entities)
    {
        if (entities is null)
        {
            return clusters;
        }

        var joined = new List<List<EventCandidate>>(clusters.Count);
        foreach (var block in clusters.GroupBy(cluster => BlockKey(cluster[0], entities), StringComparer.Ordinal))
        {
            if (block.Key.Length == 0)
            {
                joined.AddRange(block);
                continue;
            }

            var local = new List<List<EventCandidate>>();
            foreach (var cluster in block)
            {
                var home = local.FirstOrDefault(other => Joinable(other, cluster, places));
                if (home is null)
                {
                    local.Add([.. cluster]);
                }
                else
                {
                    home.AddRange(cluster);
                }
            }

            joined.AddRange(local);
        }

        return Completed(joined, places, entities);
    }

    // "Nordkorea hat rund 3000 Soldaten entsandt" and "North Korea has sent about 3,000 troops to Russia": a report that
    // leaves one party unsaid joins the one happening of both parties it fits, its known side the same, its goods among
    // theirs, and the same count of ten or more or the same named party to anchor it; where two fit, it joins neither.
    // One with no goods ("Der russische Vertreter habe die Listung … blockiert" and "Russia blocked a proposal by the
    // United States") joins only one of its kind told for the very same day.
    private static List<List<EventCandidate>> Completed(List<List<EventCandidate>> clusters, Places places, IReadOnlyDictionary<string, DossierEntity> entities)
    {
        var complete = clusters.Where(c => c.All(EventMerger.SpecificEnough)).ToHashSet();
        // Blocked by kind and the side in each role, so a partial report is compared only with happenings of its kind and side.
        var byActorSide = complete.ToLookup(c => EventMerger.KindOf(c[0]) + "|a|" + SideOf(c[0].Actor!, entities), StringComparer.Ordinal);
        var byTargetSide = complete.ToLookup(c => EventMerger.KindOf(c[0]) + "|t|" + SideOf(c[0].Target!, entities), StringComparer.Ordinal);
        var result = new List<List<EventCandidate>>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var one = cluster[0];
            bool itemless = one.Items.Count == 0; // a refusal, protest or sanction: the very day must anchor it
            if (complete.Contains(cluster) || one.Mode == VetoMode || (itemless && !DayDated(one)) || (one.Actor is null) == (one.Target is null)
                || cluster.Any(c => c.Document != one.Document || c.Actor != one.Actor || c.Target != one.Target))
            {
                result.Add(cluster);
                continue;
            }

            var block = one.Actor is { } known
                ? byActorSide[EventMerger.KindOf(one) + "|a|" + SideOf(known, entities)]
                : byTargetSide[EventMerger.KindOf(one) + "|t|" + SideOf(one.Target!, entities)];
            // A partial report joined before is no measure of side or goods: only the reports that name both parties are.
            var homes = block.Where(home => home.All(h => h.Document != one.Document && cluster.All(c => !EventMerger.Disagree(c, h, places) && !EventMerger.AnotherOccasion(c, h)))
                    && home.Where(EventMerger.SpecificEnough).All(h => EventMerger.KindOf(h) == EventMerger.KindOf(one) && SameSide(one, h, entities)
                        && cluster.All(c => ReportedTogether(c, h) && (itemless ? h.Items.Count == 0 && SameDay(c, h) : ItemKinds.Within(Categories(c), Categories(h)))))
                    && home.Any(h => EventMerger.SpecificEnough(h) && cluster.Any(c => EventMerger.Counts(c, h, CountAnchor).Any(agree => agree) || SameNamed(c, h, places) || (itemless && SameDay(c, h)))))
                .Take(2)
                .ToList();
            if (homes.Count == 1)
            {
                homes[0].AddRange(cluster);
            }
            else
            {
                result.Add(cluster);
            }
        }

        return result;
    }

    private static bool DayDated(EventCandidate c) => c.Date?.Value is { Length: >= 10 };

    private static bool SameDay(EventCandidate x, EventCandidate y) => DayDated(x) && x.Date!.Value == y.Date?.Value;

    // The one party the partial report names stands on the side the full one names in that role.
    private static bool SameSide(EventCandidate partial, EventCandidate full, IReadOnlyDictionary<string, DossierEntity> entities) =>
        partial.Actor is { } actor
            ? SideOf(actor, entities) == SideOf(full.Actor!, entities)
            : SideOf(partial.Target!, entities) == SideOf(full.Target!, entities);

    private static bool SameNamed(EventCandidate partial, EventCandidate full, Places places) =>
        (partial.Actor ?? partial.Target) is { } party && places.IsNamedParty(party) && (party == full.Actor || party == full.Target);

    // Kind, standing and the two sides; empty for an event that names fewer than two parties.
    private static string BlockKey(EventCandidate c, IReadOnlyDictionary<string, DossierEntity> entities)
    {
        if (c.Mode == VetoMode && c.Actor is { } vetoer)
        {
            // A veto needs no second party to be one happening: a draft is put to the vote once, and the state that blocks
            // it, told by its name or its envoy's, is the block, whether a report names the draft's author or not.
            return string.Join('|', EventMerger.KindOf(c), VetoMode, SideOf(vetoer, entities), c.Background ? "background" : "");
        }

        if (!EventMerger.SpecificEnough(c))
        {
            return "";
        }

        var (a, b) = (SideOf(c.Actor!, entities), SideOf(c.Target!, entities));
        if (a == b)
        {
            return "";
        }

        (a, b) = EventMerger.Sides(c.Type, a, b);
        return string.Join('|', EventMerger.KindOf(c), a, b, c.Background ? "background" : "");
    }

    // The state a party stands for: a person, company or vessel its country, a state itself.
    private static string SideOf(string id, IReadOnlyDictionary<string, DossierEntity> entities) =>
        entities.TryGetValue(id, out var entity) && entity.Country is { } country ? country : id;

    // No two reports disagree or tell other goods, and at least one pair is anchored as one happening: a headline that
    // tells the shipment without its count joins through the body sentence that gives it.
    private static bool Joinable(List<EventCandidate> home, List<EventCandidate> cluster, Places places) =>
        !home.Any(a => cluster.Any(b => a.Document == b.Document))
        && home.All(a => cluster.All(b => !EventMerger.Disagree(a, b, places) && !EventMerger.AnotherOccasion(a, b) && ReportedTogether(a, b)
            && ItemKinds.Overlap(Categories(a), Categories(b)) == (a.Items.Count > 0 && b.Items.Count > 0)))
        && home.Any(a => cluster.Any(b => Anchored(a, b, places)));

    // Reports that tell one happening in other detail come out within days of each other unless both date it: two
    // undated meetings in Pyongyang or sanctions on one firm reported weeks apart are two happenings.
    internal static bool ReportedTogether(EventCandidate x, EventCandidate y) =>
        (x.Date?.Value is not null && y.Date?.Value is not null) || x.Reported is not { } rx || y.Reported is not { } ry
        || Math.Abs(rx.DayNumber - ry.DayNumber) <= ReportDays;

    private static bool Anchored(EventCandidate x, EventCandidate y, Places places)
    {
        if (x.Mode == VetoMode && y.Mode == VetoMode)
        {
            // Two reports of a veto by one state in the same news (published a day apart at most) tell that veto.
            return x.Reported is { } vx && y.Reported is { } vy && Math.Abs(vx.DayNumber - vy.DayNumber) <= SameNewsDays;
        }

        bool sameParties = (x.Actor == y.Actor && x.Target == y.Target) || (x.Actor == y.Target && x.Target == y.Actor);
        if (sameParties && Categories(x).SetEquals(Categories(y)))
        {
            return true;
        }

        // Told in other detail: an anchor both reports share must say it is the same happening.
        bool sameDay = x.Date?.Value is { Length: >= 10 } dx && dx == y.Date?.Value;
        bool samePlace = x.Location is { } lx && y.Location is { } ly && places.IsBelowCountry(lx) && places.IsBelowCountry(ly)
            && places.Compatible(lx, ly);
        // "two tankers" or "one ship" counts many incidents alike; "9,500 tonnes" or "600 troops" tells one.
        bool sameCount = EventMerger.Counts(x, y, CountAnchor).Any(agree => agree);
        // "US Treasury lists Jade Anchor Trading" and "the United States sanctions Jade Anchor Trading Ltd": one named
        // company, person or ship on one side, the other side the same state told in other words. A body that acts
        // often (the EU, the Treasury) anchors nothing.
        // The other side must not be another named party: Kim meeting Shoigu and Kim meeting Lavrov are two meetings.
        bool Same(string? a, string? b) => a == b && places.IsNamedParty(a!);
        bool Agree(string? a, string? b) => a == b || !places.IsNamedParty(a!) || !places.IsNamedParty(b!);
        bool sameNamed = (Same(x.Target, y.Target) && Agree(x.Actor, y.Actor)) || (Same(x.Actor, y.Actor) && Agree(x.Target, y.Target))
            || (Mutual(x.Type) && ((Same(x.Actor, y.Target) && Agree(x.Target, y.Actor)) || (Same(x.Target, y.Actor) && Agree(x.Actor, y.Target)))); // a meeting told from either side
        // "Russland soll Nordkorea Ersatzteile geliefert haben" and "Russian planes carried 40 tonnes of engine parts to North
        // Korea", published the same day or the next: the same two parties and goods of one kind in the same news.
        bool sameNews = sameParties && x.Reported is { } rx && y.Reported is { } ry && Math.Abs(rx.DayNumber - ry.DayNumber) <= SameNewsDays;
        // "Russland und Nordkorea haben ein Abkommen … unterzeichnet" and "Kozlov and Yun Jong Ho signed an agreement", a day
        // apart: a meeting or agreement of the same two sides in the same news, no named party on one side against another.
        bool sameTalks = Mutual(x.Type) && ((Agree(x.Actor, y.Actor) && Agree(x.Target, y.Target)) || (Agree(x.Actor, y.Target) && Agree(x.Target, y.Actor)))
            && x.Reported is { } tx && y.Reported is { } ty && Math.Abs(tx.DayNumber - ty.DayNumber) <= SameNewsDays;
        return sameDay || samePlace || sameCount || sameNamed || sameNews || sameTalks;
    }

    private static bool Mutual(string type) => EventType.TryParse(type, out var parsed) && parsed.IsMutual;

    private static HashSet<string> Categories(EventCandidate c) => c.Items.Select(i => i.Category).ToHashSet(StringComparer.Ordinal);
}
