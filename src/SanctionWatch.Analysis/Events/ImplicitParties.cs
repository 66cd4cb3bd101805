namespace SanctionWatch.Analysis.Events;

/// <summary>
/// A transfer told with one party ("Beobachter erwarten, dass Pjöngjang auch Soldaten schicken wird") takes the other from
/// the document's transfers told with both: when every one of them from that supplier went to one recipient (or every
/// one to that recipient came from one supplier), that is the party left unsaid. With two counterparts it stays open;
/// only transfers told within a few sentences and not dated to another year count ("sent troops to Russia in 2024 …
/// In 2017 it sold coal abroad" does not send the coal to Russia).
/// </summary>
internal static class ImplicitParties
{
    private const int Reach = 3;

    public static void Complete(List<RawEvent> events, Func<int, int, bool> sameThing)
    {
        Attackers(events, sameThing);
        Refused(events, sameThing);
        // A flow the report says did not happen still names whom the supplier deals with ("has not delivered jets to North
        // Korea … has, however, handed over radar components").
        var full = events.Where(e => e.Type == "TRANSFER" && e.Actor is not null && e.Target is not null && !e.Deny).ToList();
        if (full.Count == 0)
        {
            return;
        }

        foreach (var e in events)
        {
            if (e.Type != "TRANSFER" || e.Deny || (e.Actor is null) == (e.Target is null))
            {
                continue;
            }

            if (e.Actor is { } supplier)
            {
                var counterpart = Single(full.Where(f => Near(f, e) && sameThing(f.Actor!.Mention, supplier.Mention)).Select(f => f.Target!), sameThing);
                if (counterpart is not null && !sameThing(counterpart.Mention, supplier.Mention))
                {
                    e.Target = counterpart;
                }
            }
            else if (e.Target is { } recipient && !e.UnnamedDoer)
            {
                var counterpart = Single(full.Where(f => Near(f, e) && sameThing(f.Target!.Mention, recipient.Mention)).Select(f => f.Actor!), sameThing);
                if (counterpart is not null && !sameThing(counterpart.Mention, recipient.Mention))
                {
                    e.Actor = counterpart;
                }
            }
        }
    }

    // "Two North Korean-made missiles slammed into blocks in Kharkiv … the Russian strike": an attack told with its target
    // only takes the one attacker the document names for an attack nearby, never one of the target's own side.
    private static void Attackers(List<RawEvent> events, Func<int, int, bool> sameSide)
    {
        // Only attackers the text names: one filled in here is never the source of another.
        var named = events.Where(f => f.Type == "ASSAULT" && f.Actor is not null && !f.Deny && f.Modality is not ("negated" or "denied")).ToList();
        if (named.Count == 0)
        {
            return;
        }

        foreach (var e in events)
        {
            if (e.Type != "ASSAULT" || e.Deny || e.Actor is not null || e.Target is not { } target)
            {
                continue;
            }

            var attacker = Single(named.Where(f => Near(f, e)).Select(f => f.Actor!), sameSide);
            if (attacker is not null && !sameSide(attacker.Mention, target.Mention))
            {
                e.Actor = attacker;
            }
        }
    }

    // "Seoul forderte Moskau auf, … zu beenden. Die russische Botschaft lehnte die Forderung ab": a refusal with no target
    // by the side a request just addressed (in this sentence or the two before) refuses that request: its requester is the target.
    private static void Refused(List<RawEvent> events, Func<int, int, bool> sameSide)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type != "REJECT" || e.Target is not null || e.Actor is not { } refuser)
            {
                continue;
            }

            RawEvent? request = null;
            for (int j = i - 1; j >= 0 && request is null && e.SentenceIndex - events[j].SentenceIndex <= RequestReach; j--)
            {
                var r = events[j];
                if (r.Type == "REQUEST" && r.Actor is not null && r.Target is { } asked && r.SentenceIndex <= e.SentenceIndex && sameSide(asked.Mention, refuser.Mention))
                {
                    request = r;
                }
            }

            if (request is not null && !sameSide(request.Actor!.Mention, refuser.Mention))
            {
                e.Target = request.Actor;
            }
        }
    }

    private const int RequestReach = 2;

    private static bool Near(RawEvent full, RawEvent e) =>
        Math.Abs(full.SentenceIndex - e.SentenceIndex) <= Reach
        && !(full.Date?.Value is { Length: >= 4 } a && e.Date?.Value is { Length: >= 4 } b && string.CompareOrdinal(a, 0, b, 0, 4) != 0);

    // The one party all these name, or null when they name none or several.
    private static ArgumentRef? Single(IEnumerable<ArgumentRef> parties, Func<int, int, bool> sameThing)
    {
        ArgumentRef? found = null;
        foreach (var p in parties)
        {
            if (found is null)
            {
                found = p;
            }
            else if (!sameThing(found.Mention, p.Mention))
            {
                return null;
            }
        }

        return found;
    }
}
