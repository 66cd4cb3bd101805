namespace SanctionWatch.Analysis.Events;

/// <summary>
/// The event rules for one sentence: triggers, their regions, one event each, merged and kept when they have parties.
/// This part chooses the triggers, cuts each one's region and runs the steps in order.
/// </summary>
internal sealed partial class SentenceRun(SentenceState st, List<(int Token, TriggerEntry Entry)> triggers)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run()
    {
        st.Parts = new ParticipantFinder(st).Find();
        new SourceFinder(st).Find();
        foreach (var p in st.Parts)
        {
            if (st.Doc.IsNewsMedium(p.Mention))
            {
                st.Excluded.Add(p.Mention); // "a statement carried by KCNA": the agency reports, it takes no part
            }
        }

        if (st.Speaker is not null)
        {
            st.Doc.LastSpeaker = (st.Speaker.Mention, st.Index);
        }

        triggers = WithReceipts(triggers);
        if (triggers.Count == 0)
        {
            return;
        }

        var dates = DateFinder.Find(st.S, st.Doc.Date);
        dates.RemoveAll(d => st.Doc.Furniture.Covers(st.S.Token(d.Start).Start, st.S.Token(d.End - 1).End)); // "MOSCOW, April 16 (Reuters) -"
        var modality = new ModalityRules(st);
        var builder = new EventBuilder(st, modality, new ItemFinder(st));
        var built = new List<RawEvent>();
        var pendingQuantity = (Quantity?)null;
        var valid = new List<(int Token, TriggerEntry Entry, bool Noun)>();
        var listings = new List<int>();
        foreach (var (k, found) in triggers)
        {
            var entry = found;
            if (RecipientPassive(k, entry) is int receiver && receiver != k)
            {
                continue; // "bekam … geliefert", "geschenkt bekommen": the verb of receiving tells the event
            }

            if (valid.Count > 0 && valid[^1].Token == k - 1 && valid[^1].Entry.Type == entry.Type)
            {
                if (entry.Frame == Frame.Receive && valid[^1].Entry.Frame == Frame.Active && !entry.Noun && !valid[^1].Entry.Noun)
                {
                    valid[^1] = (k, entry, false); // "geschenkt bekommen": the subject received
                }

                continue; // "Waffen liefern" style doubles of one word family
            }

            if (entry.Particle is { } particle && !st.HasParticle(k, particle))
            {
                // "kaufte … ab" wants its particle; "kaufte" without it is still "kaufen".
                if (st.Lex.FreeTriggers.Find(st.S.Lower(k)).Value is not { } free)
                {
                    continue;
                }

                entry = free;
            }

            if (st.Lex.Shapes.CapitalisedNouns && entry.Noun && !st.S.IsUpper(k))
            {
                continue;
            }

            if (st.Lex.Shapes.CapitalisedNouns && !entry.Noun && k > 0 && st.S.IsUpper(k) && st.Lex.Triggers.Find(st.S.Lower(k)) is { Value: not null, Start: 0 } stem
                && !st.Lex.Shapes.IsVerbalNounRest(st.S.Lower(k).AsSpan(stem.End)))
            {
                continue; // "Treffsicherheit", "Lieferketten", "Verlegenheit": a noun built on another head, no happening
            }

            if (entry.Destination && !st.Parts.Any(p => p.Case is { } c && st.Lex.Words.Is(c, FunctionWord.DestinationCase) && st.Hard[p.Start] == st.Hard[k]))
            {
                continue; // "hat mit nordkoreanischen Raketen Angriffe ausgeführt": carried out, not exported
            }

            if (entry.Means && !st.MeansNamed(k))
            {
                continue; // "Satellitenbilder belegen die Lieferungen": proves, does not punish
            }

            if (entry.Joint && (!PairBefore(k) || (k + 1 < st.S.Count && st.Lex.Words.Is(st.S.Lower(k + 1), FunctionWord.OtherSense))))
            {
                continue; // "Hilfe beim Bau …", "Russia is building", "are building up fortifications": no joint undertaking
            }

            if (!entry.Noun && entry.Type == "TRANSFER" && k + 1 < st.S.Count && st.Lex.Words.Is(st.S.Lower(k + 1), FunctionWord.PhrasalOther))
            {
                continue; // "its forces had carried out a strike", "the tickets sold out": another sense, nothing moved
            }

            if (entry.Dismissal && (!Enumerable.Range(0, k).Any(j => st.Lex.Words.Is(st.S.Lower(j), FunctionWord.ReportNoun))
                || triggers.Exists(t => t.Token < k && t.Entry.Type == "REJECT" && !t.Entry.Dismissal && RejectsAReport(t.Token, k))))
            {
                continue; // "a baseless lie" with no report it calls one, "absurd prices"; "rejected the report as slander" denies once
            }

            if (entry.ObjectNext && !ObjectNext(k))
            {
                continue; // "to get around the cap", "gets worse": no goods received
            }

            if (entry.VerbOnly && (st.Tree?.Tree.Upos[k] != "VERB" || st.Tree.Tree.Deprels[k] == "amod"))
            {
                continue; // "the ship", not "to ship"; "300 used trucks", not "used shells"
            }

            if (entry.Listing)
            {
                listings.Add(k); // names the targets of a sanction; it cuts no other trigger's stretch
                continue;
            }

            if (st.Tree is { } g && g.Tree.Deprels[k] == "compound")
            {
                continue; // "attack drones", "supply chain": the word names a kind of thing, not a happening
            }

            // A verb form the tree reads as the object of a verb of judging is a noun ("criticised the transfer of …").
            // So is one the tagger calls a noun after an article or before "of" ("the dispatch of troops", "its transfer").
            valid.Add((k, entry, entry.Noun || (st.Lex.Shapes.CapitalisedNouns && st.S.IsUpper(k) && k > 0)
                || (st.TrustedTree?.Tree.Upos[k] == "NOUN" && st.JudgingVerb(k) >= 0) || TaggedNominal(k)));
        }

        var timing = dates.Select(d => Timed(d, valid)).ToList();
        int previousLo = 0;
        for (int i = 0; i < valid.Count; i++)
        {
            var (k, entry, noun) = valid[i];
            int lo = 0, hi = st.S.Count;
            if (i > 0)
            {
                int previousToken = valid[i - 1].Token;
                int cut = st.Cut(previousToken, k);
                lo = (cut >= 0 ? cut : previousToken) + 1;

                // "Die EU hat wegen der Lieferung … Sanktionen verhängt": a noun in the verb's own clause does not cut
                // the verb off from its subject.
                if (cut < 0 && valid[i - 1].Noun && !noun && st.Hard[previousToken] == st.Hard[k])
                {
                    lo = previousLo;
                }
            }

            previousLo = lo;

            if (i + 1 < valid.Count)
            {
                int nextToken = valid[i + 1].Token;
                int cut = st.Cut(k, nextToken);
                hi = cut >= 0 ? cut : nextToken;
            }

            // A trigger's arguments after it stay in its clause ("…, Öl zu liefern, um Arbeiter zu gewinnen").
            int clauseEnd = k + 1;
            while (clauseEnd < hi && (st.Hard[clauseEnd] == st.Hard[k] || st.Aside[clauseEnd] // past ", including …," back to the clause
                || (st.S.Lower(clauseEnd) == "," && clauseEnd + 1 < hi && st.IsItemWord(clauseEnd + 1))
                || (clauseEnd > 0 && st.S.Lower(clauseEnd - 1) == "," && st.IsItemWord(clauseEnd))))
            {
                clauseEnd++;
            }

            hi = clauseEnd;
            int clauseStart = k;
            while (clauseStart > lo && st.Hard[clauseStart - 1] == st.Hard[k])
            {
                clauseStart--;
            }

            if (clauseStart > 0 && ((st.Cue[clauseStart] & CueKind.Clause) != 0 || (clauseStart + 1 < st.S.Count && (st.Cue[clauseStart + 1] & CueKind.Clause) != 0)))
            {
                lo = clauseStart; // a subordinate clause has its own subject ("…, dass Kim Russland Granaten liefert")
            }
            var own = dates.Where((_, n) => timing[n] is not int word || word == k).ToList();
            var e = builder.Build(k, entry, noun, lo, hi, built, own, ref pendingQuantity);
            if (e is not null && entry.Dismissal)
            {
                // The one who calls the report false, not whose report it is ("Die Darstellung einer britischen Zeitung sei
                // erfunden") nor a party it tells of ("called US claims that Russia helps North Korea … a fabrication").
                e.Actor = Dismisser(k) is { } dismisser ? EventBuilder.Ref(dismisser) : e.Actor is { } found && !ToldTheReport(found.Mention, k) ? found : null;
                e.Target = null;
            }

            if (e is not null)
            {
                // "northwest of Japan's Oki Islands": the owner of a place names where, not who.
                e.Actor = OwnsAPlace(e.Actor) ? null : e.Actor;
                e.Target = OwnsAPlace(e.Target) ? null : e.Target;
            }

            if (e is not null && e.Type == "SANCTION" && e.Actor is null && ListOwner(k) is { } owner)
            {
                // "was added to Japan's sanctions list": whose list it is imposes the sanction; it is never the one listed.
                e.Target = e.Target?.Mention == owner.Mention ? null : e.Target;
                e.Actor = EventBuilder.Ref(owner);
            }

            if (e is not null && noun && e.Type == "TRANSFER" && valid.Take(i).LastOrDefault(v => v.Entry.Frame == Frame.Deny) is { Entry: not null } denial
                && st.Hard[denial.Token] == st.Hard[k])
            {
                // "Moscow and Pyongyang deny the transfers": two who deny them together do not say which way they went
                // ("Iran denied reports of drone deliveries to Russia" keeps its one denier as the supplier).
                if (Before(e.Actor, denial.Token) && Before(e.Target, denial.Token))
                {
                    (e.Actor, e.Target) = (null, null);
                }
            }

            if (e is not null)
            {
                // "Im Gegenzug erhält Nordkorea …" and "… erhält die Führung in Pjöngjang im Gegenzug …": before the
                // trigger anywhere, or after it in its own clause.
                if (!e.Noun && (st.AnyBefore(k, -1, CueKind.Reciprocal) || st.AnyBetween(k + 1, hi, st.Clause[k], CueKind.Reciprocal)))
                {
                    FlowBack(e, built);
                }

                built.Add(e);
            }
        }

        // A sanction's targets named after it: each is its own, no coordination to spread.
        var listed = new List<RawEvent>();
        foreach (int k in listings)
        {
            Listing(k, built, listed);
        }

        Merge(built);
        foreach (var e in built.ToList())
        {
            ExchangedFor(e, built);
            PaidGoods(e, built);
        }

        AskedFor(built);
        WeaponsUsed(built);
        ForeignWeapons(built);
        Subsumed(built);
        DoerInRelativeClause(built);
        ThreatTarget(built);
        JudgedDoer(built);
        AccusedAntecedent(built);
        Refusals(built);
        DescribedTargets(built);
        MutualPartners(built);
        foreach (var e in built.ToList())
        {
            // After the merge, so that no copy becomes the transfer a later one flows back along; two suppliers with
            // goods of their own are not two suppliers of the same goods.
            var gapped = GappedSources(e, built);
            built.AddRange(gapped.Count > 0 ? gapped : Coordinated(e));
        }

        built.AddRange(listed);

        foreach (var e in built)
        {
            if (Keep(e))
            {
                e.Another = st.AnyInHardClause(e.TriggerToken, FunctionWord.AnotherWord, _ => true);
                st.Doc.Events.Add(e);
            }
        }
    }

    // A date times the word that governs it: "a U.S. official said Thursday", "teilte der Generalstab am Mittwoch mit" time
    // the statement, "imposed an asset freeze on Tuesday on a firm that shipped shells" the listing and "a larger rail
    // shipment in January" that shipment — not another happening the sentence tells. Returns that verb of saying or
    // trigger, or null when the date stands free (it then goes to the nearest trigger).
    private int? Timed(DateFinder.Found d, List<(int Token, TriggerEntry Entry, bool Noun)> valid)
    {
        bool Speech(int j) => j >= 0 && j < st.S.Count && (st.Cue[j] & CueKind.Speech) != 0;
        if (Speech(d.Start - 1))
        {
            return d.Start - 1;
        }

        // "Am Dienstag teilte das Ministerium mit, Iran habe … geliefert": the day that opens the sentence (behind at most its
        // preposition) right before the verb of saying times the statement.
        if (Speech(d.End) && Enumerable.Range(0, d.Start).Count(j => !st.Doc.Furniture.Covers(st.S.Token(j).Start, st.S.Token(j).End)) <= 1)
        {
            return d.End;
        }

        if (st.Tree is not { } g)
        {
            return null;
        }

        for (int j = d.Start; j < d.End; j++)
        {
            int head = g.Tree.Heads[j];
            if (head >= d.Start && head < d.End)
            {
                continue;
            }

            if (head < 0 || g.Tree.Deprels[j] is "ccomp" or "conj" or "parataxis" or "acl:relcl")
            {
                return null;
            }

            // A verb of saying times only the date after it ("said on Thursday"): in "struck … on Sunday, police said" the
            // day before the attribution is the strike's, wherever the parser hangs it.
            if (Speech(head))
            {
                return head < d.Start ? head : null;
            }

            if (EventWord(g, head, valid) is int owner)
            {
                return owner;
            }

            // "sagte ein Sprecher am Freitag", "teilte das Militär am Dienstag mit": the parser hangs the day on the
            // speaker that follows the verb of saying.
            int verb = g.Tree.Heads[head];
            return g.Tree.Deprels[head] == "nsubj" && verb >= 0 && verb < head && Speech(verb) ? verb : null;
        }

        return null;
    }

    // The event a word of the lexicon stands for: a trigger itself, or the trigger it was folded into ("bekam … geliefert"
    // is told by "bekam"); an event word that made no event ("a larger shipment in January") still owns its date.
    private int? EventWord(Grammar g, int word, List<(int Token, TriggerEntry Entry, bool Noun)> valid)
    {
        if (valid.Exists(t => t.Token == word))
        {
            return word;
        }

        if (st.Lex.Triggers.Find(st.S.Lower(word)).Value is null)
        {
            return null;
        }

        return valid.Exists(t => t.Token == g.Tree.Heads[word]) ? g.Tree.Heads[word]
            : valid.FindIndex(t => g.Tree.Heads[t.Token] == word) is int child and >= 0 ? valid[child].Token : word;
    }

    // "rejected a report of fuel shipments as slander": the verb's own object is the report the word calls false.
    private bool RejectsAReport(int verb, int word) =>
        Enumerable.Range(verb + 1, Math.Max(0, word - verb - 1)).Any(j => st.Lex.Words.Is(st.S.Lower(j), FunctionWord.ReportNoun)
            && (st.TrustedTree is not { } g || g.Tree.Heads[j] == verb));

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
        st.Parts.Exists(p => p.Mention == mention && p.End <= k
            && Enumerable.Range(0, k).Any(j => st.Lex.Words.Is(st.S.Lower(j), FunctionWord.ReportNoun) && (j < p.Start || j - p.End <= 1)));

    private bool TaggedNominal(int k) =>
        st.Tree is { } g && g.Tree.Upos[k] == "NOUN"
        && ((k > 0 && g.Tree.Upos[k - 1] == "DET") || (k + 1 < st.S.Count && st.Lex.Words.Is(st.S.Lower(k + 1), FunctionWord.OfCase)));

    // Two names joined by a coordinator before the trigger in its stretch of the sentence ("Russland und Nordkorea haben … begonnen").
    private bool PairBefore(int k) =>
        st.Parts.Any(p => p.End < k && st.Hard[p.Start] == st.Hard[k] && !p.Adjective && st.Lex.Words.Is(st.S.Lower(p.End), FunctionWord.Coordinator)
            && st.Parts.Any(q => q.Start == p.End + 1 && !q.Adjective));

    // A noun phrase starts right after the verb: "gets drones", "gets new drones", not "get around", "gets worse".
    private bool ObjectNext(int k)
    {
        if (k + 1 >= st.S.Count)
        {
            return false;
        }

        if (st.Tree is not { } g)
        {
            // An unparsed sentence (no name in it): goods right after the verb, behind at most two describing words.
            for (int j = k + 1; j < st.S.Count && j <= k + 3 && !st.S.IsPunct(j); j++)
            {
                if (st.IsItemWord(j))
                {
                    return true;
                }
            }

            return false;
        }

        var upos = g.Tree.Upos;
        return upos[k + 1] is "NOUN" or "PROPN" or "NUM" or "DET" or "PRON"
            || (upos[k + 1] == "ADJ" && k + 2 < st.S.Count && upos[k + 2] is "NOUN" or "PROPN" or "ADJ")
            || (upos[k + 1] == "VERB" && k + 2 < st.S.Count && upos[k + 2] == "NOUN" && st.Lex.Shapes.IsParticiple(st.S.Lower(k + 1))); // "gets refined oil"
    }
}
