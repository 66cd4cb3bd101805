namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Sides read wrongly by the builder and mended from what the sentence says about them: who calls a report false, the owner
/// of a place or of a sanctions list, and two named together before a shipment noun.
/// </summary>
internal sealed partial class SentenceRun
{
    private void MendSides(RawEvent e, TriggerEntry entry, int k, (int Token, TriggerEntry Entry, bool Noun) denial)
    {
        if (entry.Dismissal)
        {
            // The one who calls the report false, not whose report it is ("Die Darstellung einer britischen Zeitung sei
            // erfunden") nor a party it tells of ("called US claims that Russia helps North Korea … a fabrication").
            e.Actor = Dismisser(k) is { } dismisser ? EventBuilder.Ref(dismisser) : e.Actor is { } found && !ToldTheReport(found.Mention, k) ? found : null;
            e.Target = null;
        }

        UnderAMeasure(e, k);

        // "northwest of Japan's Oki Islands": the owner of a place names where, not who.
        e.Actor = OwnsAPlace(e.Actor) ? null : e.Actor;
        e.Target = OwnsAPlace(e.Target) ? null : e.Target;

        if (e.Type == "SANCTION" && e.Actor is null && ListOwner(k) is { } owner)
        {
            // "was added to Japan's sanctions list": whose list it is imposes the sanction; it is never the one listed.
            e.Target = e.Target?.Mention == owner.Mention ? null : e.Target;
            e.Actor = EventBuilder.Ref(owner);
        }

        // "Moscow and Pyongyang deny the transfers", "Weder Moskau noch Pjöngjang haben die Lieferungen bestätigt": two named
        // together before the noun do not say which way the goods went ("Iran denied reports of drone deliveries to Russia"
        // keeps its one denier as the supplier); the document's other reports may.
        if (e.Noun && e.Type == "TRANSFER")
        {
            (ArgumentRef, ArgumentRef)? pair = denial.Entry is not null && st.Hard[denial.Token] == st.Hard[k] && Before(e.Actor, denial.Token) && Before(e.Target, denial.Token)
                ? (e.Actor!, e.Target!)
                : NamedTogetherBefore(e.Actor, e.Target, k);
            if (pair is { } two)
            {
                e.Undirected = two;
                (e.Actor, e.Target) = (null, null);
            }
        }
    }

    // "North Korea has been under a U.N. arms embargo since 2006", "Eritrea stand unter Sanktionen": the clause's subject is
    // the one sanctioned; the measure's own owner ("U.N.", "der EU") imposed it, and no one else named in the clause.
    private void UnderAMeasure(RawEvent e, int k)
    {
        if (!e.Noun || e.Type != "SANCTION" || st.Tree is not { } g
            || !g.Children(k).Any(c => g.Tree.Deprels[c] == "case" && st.Lex.SubjectionMarks.Contains(st.S.Lower(c))))
        {
            return;
        }

        // The subject of the measure's own copular clause only: "Russia shipped oil to North Korea under a UN embargo" puts
        // no one under it.
        int subject = g.Children(k).FirstOrDefault(c => g.Tree.Deprels[c].StartsWith("nsubj", StringComparison.Ordinal), -1);
        var sanctioned = subject < 0 ? null : st.Parts.FirstOrDefault(p => !p.Place && g.Dominates(subject, p.Start, p.End));
        if (sanctioned is null)
        {
            return;
        }

        var owner = st.Parts.FirstOrDefault(p => p.End <= k && p.Mention != sanctioned.Mention && g.Dominates(k, p.Start, p.End));
        e.Target = EventBuilder.Ref(sanctioned);
        e.Actor = owner is not null ? EventBuilder.Ref(owner) : e.Actor?.Mention == sanctioned.Mention ? null : e.Actor;
    }

    // The side or sides of the transfer among two names before the word at <paramref name="k"/> in its stretch of the clause,
    // joined only by coordinators and commas ("Kuba und Venezuela", "weder Havanna noch Caracas"): the two, in text order.
    private (ArgumentRef First, ArgumentRef Second)? NamedTogetherBefore(ArgumentRef? actor, ArgumentRef? target, int k)
    {
        Participant? Named(ArgumentRef? side) =>
            side is null ? null : st.Parts.FirstOrDefault(p => p.Mention == side.Mention && p.End <= k && st.Hard[p.Start] == st.Hard[k] && !p.Adjective);
        var (a, t) = (Named(actor), Named(target));
        if ((actor is not null && a is null) || (target is not null && t is null) || (a ?? t) is not { } one)
        {
            return null; // a side named elsewhere, or none
        }

        // Both sides named: they must be the two joined; one side named: the other is the name joined to it.
        var other = a is not null && t is not null ? t
            : st.Parts.FirstOrDefault(p => p != one && !p.Adjective && p.End <= k && st.Hard[p.Start] == st.Hard[k] && Joined(p, one));
        if (other is null || !Joined(one, other))
        {
            return null;
        }

        var (first, second) = one.Start < other.Start ? (one, other) : (other, one);
        return (EventBuilder.Ref(first)!, EventBuilder.Ref(second)!);
    }

    // Two names with only coordinators and commas, and at least one coordinator, between them ("Kuba und Venezuela"), or
    // the second word of a paired coordinator after its first ("weder Havanna noch Caracas", "neither Havana nor Caracas").
    private bool Joined(Participant x, Participant y)
    {
        var (first, second) = x.Start < y.Start ? (x, y) : (y, x);
        var between = Enumerable.Range(first.End, Math.Max(0, second.Start - first.End));
        bool Coordinator(int j) => st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Coordinator)
            || (st.Lex.PairedCoordinators.TryGetValue(st.S.Lower(j), out string? opener) && first.Start > 0 && st.S.Lower(first.Start - 1) == opener);
        return second.Start > first.End && between.All(j => st.S.Lower(j) == "," || Coordinator(j)) && between.Any(Coordinator);
    }

    // True when a report noun ("report", "Vorwürfe") stands among the words [from, to) and passes <paramref name="also"/>.
    private bool ReportNounIn(int from, int to, Func<int, bool> also)
    {
        for (int j = Math.Max(0, from); j < to && j < st.S.Count; j++)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.ReportNoun) && also(j))
            {
                return true;
            }
        }

        return false;
    }

    // "rejected a report of fuel shipments as slander": the verb's own object is the report the word calls false.
    private bool RejectsAReport(int verb, int word) =>
        ReportNounIn(verb + 1, word, j => st.TrustedTree is not { } g || g.Tree.Heads[j] == verb);

    // The subject of the verb that calls the report false ("Beijing called the report a fabrication", "a spokesman for
    // Vietnam's ministry said the allegations were groundless"): the party it names, or the sentence's speaker.
    private Participant? Dismisser(int k)
    {
        if (st.Tree is { } g)
        {
            int verb = k;
            for (int steps = 0; steps < 4 && verb >= 0 && g.Tree.Upos[verb] is not ("VERB" or "AUX"); steps++)
            {
                verb = g.Tree.Heads[verb];
            }

            if (verb >= 0 && g.SubjectOf(verb) is int subject and >= 0 && !st.Lex.Words.Is(st.S.Lower(subject), FunctionWord.ReportNoun)
                && st.Parts.Find(p => !p.Place && g.Dominates(subject, p.Start, p.End) && !ToldTheReport(p.Mention, k)) is { } named)
            {
                return named;
            }
        }

        return st.Speaker is { } speaker && !ToldTheReport(speaker.Mention, k) ? speaker : null;
    }

    // A state named only as the owner of a place where something happened, "near Japan's Oki Islands" (not "from North
    // Korea's Rajin port", "to Russia's Kursk region": there the owner supplies or receives).
    private bool OwnsAPlace(ArgumentRef? side) =>
        side is not null && st.Parts.Exists(p => p.Mention == side.Mention && p.Marker is Marker.None or Marker.Location && p.End + 1 < st.S.Count
            && st.Lex.Words.Is(st.S.Lower(p.End), FunctionWord.PossessiveClitic)
            && (st.Parts.Exists(place => place.Start == p.End + 1 && place.Place && st.Doc.Mentions[place.Mention].Country == st.Doc.Mentions[p.Mention].Country)
                || (st.S.IsUpper(p.End + 1) && Enumerable.Range(p.End + 2, Math.Max(0, Math.Min(2, st.S.Count - p.End - 2)))
                    .Any(j => st.S.IsUpper(j) && st.Lex.Words.Is(st.S.Lower(j), FunctionWord.PlaceNoun)))));

    // The party whose list or measures the trigger's clause names, "Japan's sanctions list" (the owner before the clitic).
    private Participant? ListOwner(int k) =>
        st.Parts.Find(p => st.Hard[p.Start] == st.Hard[k] && p.End + 1 < st.S.Count && st.Lex.Words.Is(st.S.Lower(p.End), FunctionWord.PossessiveClitic)
            && Enumerable.Range(p.End + 1, Math.Min(2, st.S.Count - p.End - 1)).Any(j => st.Lex.Words.Is(st.S.Lower(j), FunctionWord.MeasureNoun)));

    // True when the side is named before the word at <paramref name="at"/>.
    private bool Before(ArgumentRef? side, int at) => side is not null && st.Parts.Exists(p => p.Mention == side.Mention && p.End <= at);

    // A party that tells the report rather than dismisses it: named after the report noun and before the word that calls
    // it false ("Die Darstellung einer britischen Zeitung sei erfunden", "claims that Russia helps …"), or right before the
    // noun as its owner ("US claims", "Japan's report").
    private bool ToldTheReport(int mention, int k) =>
        st.Parts.Exists(p => p.Mention == mention && p.End <= k && ReportNounIn(0, k, j => j < p.Start || j - p.End <= 1));
}
