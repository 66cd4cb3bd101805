namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Coordinated parties: "Russia supplies both Iran and North Korea" is one event for each name joined by "and".
/// The copies are made from the merged events, and meetings and agreements keep the second name as their partner.
/// </summary>
internal sealed partial class SentenceRun
{
    /// <summary>
    /// "Russia supplies both Iran and North Korea", "Iran and North Korea have supplied Russia": one event for each
    /// coordinated party, the others copies of <paramref name="e"/> with that party in its place. Meetings and
    /// agreements are left alone: there the second name is the partner.
    /// </summary>
    private List<RawEvent> Coordinated(RawEvent e)
    {
        var copies = new List<RawEvent>();
        if (e.Type is "CONSULT" or "COOPERATE" or "AGREE" || st.TrustedTree is not { } g)
        {
            return copies;
        }

        if (e.Type is "SANCTION" or "COERCE")
        {
            CoordinatedDescriptions(e, g, copies);
        }

        if (e.Type is "SANCTION" or "COERCE" && !e.Noun && e.Target is { } listed && st.Parts.FirstOrDefault(p => p.Mention == listed.Mention) is { } first)
        {
            if (NamedNext(first, g) is { } next && !st.SameThing(next.Mention, first.Mention))
            {
                // "sanctions on the company Falcon Gulf and its tanker Sea Breeze", even where the tree joins the second name elsewhere.
                var copy = e.Copy();
                copy.Target = EventBuilder.Ref(next);
                copies.Add(copy);
            }

            // "sanctions on two Iranian generals and a Syrian shipping company": each side named by the same preposition.
            // The side the builder took may be the second ("a Syrian shipping company" is a body, a party; "Iranian generals" only describes).
            foreach (var more in st.Parts.Where(p => (p.Start > first.End || (p.End < first.Start && CoordinatorBetween(p.End, first.Start))) && p.Marker == Marker.Target && p.Case == first.Case && first.Case is not null
                && st.Hard[p.Start] == st.Hard[first.Start] && !st.Doc.SameSide(p.Mention, first.Mention)
                && !copies.Any(c => c.Target?.Mention == p.Mention) && (e.Actor is null || !st.Doc.SameSide(p.Mention, e.Actor.Mention))))
            {
                var copy = e.Copy();
                copy.Target = EventBuilder.Ref(more);
                copies.Add(copy);
            }
        }

        foreach (bool actor in (bool[])[true, false])
        {
            var role = actor ? e.Actor : e.Target;
            var other = actor ? e.Target : e.Actor;
            var part = role is null ? null : st.Parts.FirstOrDefault(p => p.Mention == role.Mention);
            if (part is null || e.Noun || !g.StandsForItself(part.Start, part.End) || (!actor && IsSubject(part, g)))
            {
                continue; // a name that only qualifies another noun ("the ministers of the US, Japan and South Korea") is not the party
            }

            foreach (int word in g.Conjuncts(part.Start, part.End))
            {
                // "Arktika Tankers and its tanker Volna": the conjunct is a kind of party whose name follows it.
                var partner = st.Parts.FirstOrDefault(p => p.Start <= word && word < p.End)
                    ?? st.Parts.FirstOrDefault(p => p.Start > word && p.Start <= word + 2 && !p.Place && !p.Adjective && g.InSubtree(word, p.Start, p.End));
                if (partner is null || st.SameThing(partner.Mention, part.Mention) || (other is not null && st.SameThing(partner.Mention, other.Mention))
                    || copies.Any(c => (actor ? c.Actor : c.Target)?.Mention == partner.Mention))
                {
                    continue;
                }

                var copy = e.Copy();
                copy.Items = [.. e.Items];
                if (actor)
                {
                    copy.Actor = EventBuilder.Ref(partner);
                }
                else
                {
                    copy.Target = EventBuilder.Ref(partner);
                }

                copies.Add(copy);
            }
        }

        return copies;
    }

    /// <summary>
    /// "The central banks of Russia and North Korea have agreed …", "Russian, North Korean fisheries chiefs sign a deal": a
    /// meeting or agreement that names one side, with another party joined to it by "and" or a comma, has its two sides.
    /// </summary>
    private void MutualPartners(List<RawEvent> built)
    {
        foreach (var e in built)
        {
            if (e.Type is not ("CONSULT" or "AGREE" or "COOPERATE") || (e.Actor is null) == (e.Target is null))
            {
                continue;
            }

            // Two states: "Putin and Lavrov met" is no meeting of Russia with itself, and a comma joins only adjectives
            // ("Sergei Lavrov, Russia's foreign minister, met …" is an apposition).
            var side = e.Actor ?? e.Target!;
            if (st.Parts.Find(p => p.Mention == side.Mention) is not { } one || st.Doc.Mentions[one.Mention].Country is not { } home
                || st.Parts.Find(q => q.Start == one.End + 1 && q.Adjective == one.Adjective && st.Doc.Mentions[q.Mention].Country is { } away && away != home
                    && (CoordinatorBetween(one.End, q.Start) || (one.Adjective && st.S.Lower(one.End) == ","))) is not { } other)
            {
                continue;
            }

            (e.Actor, e.Target) = (EventBuilder.Ref(one), EventBuilder.Ref(other));
        }
    }

    private bool CoordinatorBetween(int from, int to) => LastCoordinator(from, to) >= 0;

    // The last coordinator among the words [from, to), or -1.
    private int LastCoordinator(int from, int to)
    {
        for (int j = to - 1; j >= from; j--)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Coordinator))
            {
                return j;
            }
        }

        return -1;
    }

    // True when the tree makes the name a subject: "seized the Eventin and Germany protested" reads the pair as who protested,
    // and the object taken by word order has no conjunct to share.
    private static bool IsSubject(Participant p, Grammar g) =>
        g.HeadOf(p.Start, p.End) is int h and >= 0 && g.Tree.Deprels[h].StartsWith("nsubj", StringComparison.Ordinal);

    // The name joined to <paramref name="part"/> by a coordinator with at most three lower-case words between that are
    // no verbs ("and its tanker", "und deren Frachter"), or null.
    private Participant? NamedNext(Participant part, Grammar g)
    {
        int j = part.End;
        if (j >= st.S.Count || !st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Coordinator))
        {
            return null;
        }

        for (int words = 0; ++j < st.S.Count && words <= 3; words++)
        {
            if (st.Parts.FirstOrDefault(p => p.Start == j) is { } next)
            {
                // "seized the Eventin and Germany protested": a name that is a subject starts a clause of its own.
                return next.Place || next.Adjective || IsSubject(next, g) || IsSubject(part, g) ? null : next;
            }

            if (st.S.IsPunct(j) || g.Tree.Upos[j] is "VERB" or "AUX" or "PROPN" or "NUM")
            {
                return null;
            }
        }

        return null;
    }

    // "sanctions on a Chinese machinery maker and a Russian trading company": the listed party told by its adjective, and the
    // adjective of each noun coordinated with its noun, are listed alike (the document names each later).
    private void CoordinatedDescriptions(RawEvent e, Grammar g, List<RawEvent> copies)
    {
        if (e.Target is not { } listed || st.Parts.FirstOrDefault(p => p.Mention == listed.Mention) is not { Adjective: true } first
            || DescribedNoun(g, first) is not int described)
        {
            return;
        }

        foreach (int noun in g.Conjuncts(described, described + 1))
        {
            if (st.Parts.FirstOrDefault(p => (p.Adjective || (g.HeadOf(p.Start, p.End) is >= 0 and var h && g.Tree.Deprels[h] == "amod")) && p.Start > first.End && DescribedNoun(g, p) == noun && !st.Doc.SameSide(p.Mention, first.Mention)) is { } more)
            {
                var copy = e.Copy();
                copy.Target = EventBuilder.Ref(more);
                copies.Add(copy);
            }
        }
    }

    // The head of the noun phrase an adjective describes, past the nouns of a compound ("a Chinese machinery maker").
    private static int? DescribedNoun(Grammar g, Participant adjective)
    {
        int head = g.HeadOf(adjective.Start, adjective.End);
        int noun = head >= 0 ? g.Tree.Heads[head] : -1;
        while (noun >= 0 && g.Tree.Deprels[noun] == "compound" && g.Tree.Heads[noun] > noun)
        {
            noun = g.Tree.Heads[noun];
        }

        return noun > head ? noun : null;
    }
}
