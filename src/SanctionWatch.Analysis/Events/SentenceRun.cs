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
            if (st.Doc.IsNewsMedium(p.Mention) || OwnerOfRelation(p))
            {
                st.Excluded.Add(p.Mention); // "a statement carried by KCNA": the agency reports, it takes no part; "France's allies" are not France
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

            if (entry.Dismissal && (!ReportNounIn(0, k, _ => true)
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

                // "The Russian delegation arrived in Pyongyang for a three-day visit": a meeting noun under an arrival or a
                // meeting verb before it has that verb's names as its own parties ("delivered a speech at a plenary meeting" not).
                if (cut < 0 && noun && entry.Type is "CONSULT" or "AGREE" or "COOPERATE" && !valid[i - 1].Noun && st.TrustedTree is { } governed
                    && governed.GoverningVerb(k) == previousToken && (valid[i - 1].Entry.Type == entry.Type || valid[i - 1].Entry.Arrival))
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
            if (e is not null)
            {
                MendSides(e, entry, k, valid.Take(i).LastOrDefault(v => v.Entry.Frame == Frame.Deny));
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
        StruckPlaces(built);
        ForeignWeapons(built);
        Subsumed(built);
        DoerInRelativeClause(built);
        ThreatTarget(built);
        JudgedDoer(built);
        AccusedAntecedent(built);
        Refusals(built);
        MutualPartners(built);
        foreach (var e in built.ToList())
        {
            // After the merge, so that no copy becomes the transfer a later one flows back along; two suppliers with
            // goods of their own are not two suppliers of the same goods.
            var gapped = GappedSources(e, built);
            built.AddRange(gapped.Count > 0 ? gapped : Coordinated(e));
        }

        built.AddRange(listed);
        DescribedTargets(built);

        foreach (var e in built)
        {
            if (Keep(e))
            {
                e.Another = st.AnyInHardClause(e.TriggerToken, FunctionWord.AnotherWord, _ => true);
                st.Doc.Events.Add(e);
            }
        }
    }

    // The possessor of a noun for those related to it: "France's allies", "die Partnerländer der Ukraine", "allies of Kyiv".
    private bool OwnerOfRelation(Participant p)
    {
        if (st.Tree is not { } g || g.HeadOf(p.Start, p.End) is not (>= 0 and var head) || g.Tree.Heads[head] is not (>= 0 and var noun))
        {
            return false;
        }

        return g.Tree.Deprels[head] is "nmod:poss" or "nmod" && st.Lex.Words.Is(st.S.Lower(noun), FunctionWord.RelationNoun);
    }

    // "the strike", "strikes of …", "a Russian strike", "Russia's strike": a form that is also a verb, used as a noun.
    private bool TaggedNominal(int k) =>
        st.Tree is { } g && g.Tree.Upos[k] == "NOUN"
        && ((k > 0 && g.Tree.Upos[k - 1] == "DET") || (k + 1 < st.S.Count && st.Lex.Words.Is(st.S.Lower(k + 1), FunctionWord.OfCase))
            || st.Parts.Exists(p => p.End == k && p.Adjective) || g.Children(k).Any(c => c < k && g.Tree.Deprels[c] is "det" or "nmod:poss"));

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
