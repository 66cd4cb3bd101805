using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Builds one event from a trigger: its actor, target and location from the participants of its region, its items, date and modality.
/// This part gathers the region's names, finds the subject (by the tree where it tells, by cues where it does not) and makes the event.
/// </summary>
internal sealed partial class EventBuilder(SentenceState st, ModalityRules modality, ItemFinder items)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RawEvent? Build(int k, TriggerEntry entry, bool noun, int lo, int hi, List<RawEvent> built, List<DateFinder.Found> dates, ref Quantity? pendingQuantity)
    {
        int clause = st.Clause[k];
        var region = new List<Participant>();
        foreach (var p in st.Parts)
        {
            // Makes and firms in a list of examples after the trigger ("27 cars, including Lexus SUVs, to …") describe the goods;
            // countries and places the gazetteer knows there ("several cities, including Kharkiv and Dnipro") are still parties.
            if (p.Start >= lo && p.Start < hi && !(p.Start <= k && k < p.End) && !st.Excluded.Contains(p.Mention)
                && !(p.Start > k && st.Aside[p.Start] && !(st.Doc.Mentions[p.Mention] is { Schema: SchemaNames.Country or SchemaNames.Address, Key: not null }))
                && !(p.Mention == st.Speaker?.Mention && st.SpeechAt != k))
            {
                region.Add(p);
            }
        }

        bool passive = modality.IsParticiple(k) && st.PassiveNear(k, clause) && entry.Frame != Frame.Deny;
        var unmarked = new List<Participant>();
        foreach (var p in region)
        {
            if (p.Marker == Marker.None && !p.Place && !p.Adjective && !unmarked.Any(u => st.SameThing(u.Mention, p.Mention)) && !st.InAttribution(p.Start))
            {
                unmarked.Add(p); // not "nach Angaben des Geheimdienstes NIS": who says so is no party
            }
        }

        int clauseStart = k;
        while (clauseStart > 0 && st.Hard[clauseStart - 1] == st.Hard[k])
        {
            clauseStart--;
        }

        // "Moscow's \"decisive\" assistance": a possessor before the noun, past adjectives and quotes, is its doer.
        var possessor = noun ? Possessor(k) : null;
        // "Wegen der Lieferung ballistischer Raketen an Russland hat das Auswärtige Amt … einbestellt": a noun after a
        // preposition of cause is what the clause acts on account of; the clause's names take no part in it.
        bool caused = noun && CauseWord(Math.Max(0, k - 3), k) >= 0;
        if (caused && st.Tree is { } causeTree)
        {
            // The clause's own verb ends the noun's phrase: "… an Russland hat das Auswärtige Amt": the office is the clause's.
            unmarked.RemoveAll(u => u.Start > k && Enumerable.Range(k + 1, u.Start - k - 1).Any(j => causeTree.Tree.Upos[j] is "AUX" or "VERB"));
        }

        if (unmarked.Count == 0 && noun && possessor is null && !caused)
        {
            // "dass Kim und Putin bei dessen Besuch einen Vertrag … schließen": a noun takes the clause's names.
            foreach (var p in st.Parts)
            {
                if (p.Start >= clauseStart && p.Start < k && p.Marker == Marker.None && !p.Place && !p.Adjective && !st.Excluded.Contains(p.Mention)
                    && p.Mention != st.Speaker?.Mention && !unmarked.Any(u => st.SameThing(u.Mention, p.Mention)))
                {
                    unmarked.Add(p);
                }
            }
        }

        var witnesses = new List<Participant>(); // who observed the happening the noun names
        bool judged = false; // the noun stands in the phrase of a noun of judging ("a protest with Iran over the delivery")
        if (noun && st.JudgingVerb(k) is int verb and >= 0 && st.TrustedTree is { } g)
        {
            // "The EU condemned the delivery …", "Die USA verurteilten die Lieferung …": the subject of a verb of judging,
            // asking or punishing that governs the noun speaks of the happening, it is no party to it. Other governing
            // verbs ("plans deliveries", "schließt Lieferungen nicht aus", "continued its deliveries", "bestätigte ein
            // Treffen": who confirms may well have taken part) leave their subject to the noun.
            unmarked.RemoveAll(u => u.End <= k && g.RoleOf(verb, u.Start, u.End).Role is GrammaticalRole.Subject);
        }
        else if (noun && entry.Type == "TRANSFER" && Witness(k) is int witness and >= 0 && st.Tree is { } seen)
        {
            // "South Korea's military detected a shipment of shells to Russia": whoever observed the happening its object
            // names took no part in it.
            witnesses.AddRange(region.Where(u => u.End <= k && seen.InSubtree(witness, u.Start, u.End)));
            unmarked.RemoveAll(witnesses.Contains);
        }
        else if (noun && st.JudgingNoun(k) >= 0)
        {
            judged = true;
            // "Japan hat bei Russland Protest gegen die Lieferung … eingelegt", "Seoul's protest over the shipment of …": the
            // names before the noun of judging protest, or are protested to; they take no part in the happening it is about.
            unmarked.RemoveAll(u => u.End <= k);
        }

        // "Die EU hat wegen der Lieferung nordkoreanischer Raketen … Sanktionen verhängt": the names before a preposition of
        // cause act on account of the happening; they do not take part in it.
        int causeAt = -1;
        Participant? blamed = null;
        if (noun)
        {
            for (int j = k - 1; j >= Math.Max(lo, k - 8); j--)
            {
                if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.CauseCase))
                {
                    causeAt = j;
                    // "Japan hat Russland wegen der Lieferung … kritisiert": whom the judging verb blames did it.
                    blamed = st.JudgingVerb(k) is int judge and >= 0 && st.TrustedTree is { } tree
                        ? unmarked.FirstOrDefault(u => u.End <= j && tree.RoleOf(judge, u.Start, u.End).Role is GrammaticalRole.Object or GrammaticalRole.Indirect)
                        : Blamed(unmarked, region, j, lo);
                    if (blamed is not null && !st.Parts.Any(p => p.End <= blamed.Start && !p.Place && !st.SameThing(p.Mention, blamed.Mention)))
                    {
                        blamed = null; // the first name of the clause is its subject, whatever the parser says
                    }

                    unmarked.RemoveAll(u => u.End <= j && u != blamed);
                    break;
                }
            }
        }

        // A meeting's parties may well be named in the main clause ("Beim Gipfel sprachen Kim und Putin …"); a transfer's or an attack's not.
        bool ownPhrase = noun && entry.Type is not ("CONSULT" or "COOPERATE" or "AGREE");
        if (noun && !ownPhrase && PairAfter(k, unmarked) is { } pair)
        {
            // "besorgt über die Zusammenarbeit zwischen Moskau und Pjöngjang": the noun names its own two sides.
            unmarked.Remove(pair.First);
            unmarked.Remove(pair.Second);
            unmarked.InsertRange(0, [pair.First, pair.Second]);
        }

        if (ownPhrase && st.TrustedTree is { } phrase)
        {
            // A noun's parties after it stand in its own phrase: "the deployment of North Korean troops to Kursk has alarmed
            // Kyiv" says nothing of Kyiv's part, unless the name is the subject of the verb governing the noun.
            int governing = phrase.GoverningVerb(k);
            unmarked.RemoveAll(u => u.Start > k && !phrase.InSubtree(k, u.Start, u.End)
                && !(governing >= 0 && phrase.RoleOf(governing, u.Start, u.End).Role is GrammaticalRole.Subject));
            if (entry.Type == "TRANSFER")
            {
                // "South Korea summoned the ambassador … to protest what it called the transfer of workers": names before the
                // noun take part only as the subject of the verb governing it, or as whom a judging verb blames.
                bool judging = governing >= 0 && st.JudgingVerb(k) == governing;
                // With no verb between ("Sollten Nordkorea und Russland Waffenlieferungen in Gang setzen") the names stay.
                // "China hat einen Entwurf zur Überwachung von Öllieferungen an Syrien … gestoppt": a noun in the description of a
                // text put to a vote is what the text is about; the names before the text take no part in it.
                unmarked.RemoveAll(u => u.End <= k && Enumerable.Range(u.End, k - u.End).Any(j => st.Lex.Words.Is(st.S.Lower(j), FunctionWord.DocumentNoun)));
                unmarked.RemoveAll(u => u.End <= k && u != blamed && !phrase.InSubtree(k, u.Start, u.End) && FullVerbBetween(phrase, u.End, k)
                    && !(governing >= 0 && phrase.RoleOf(governing, u.Start, u.End).Role is var role
                    && (role is GrammaticalRole.Subject || (judging && role is GrammaticalRole.Object or GrammaticalRole.Indirect))));
            }
        }
        else if (ownPhrase && st.Tree is { } tags)
        {
            // With a tree too odd to trust, its tags still tell where the noun's phrase ends: at a verb.
            unmarked.RemoveAll(u => u.Start > k && Enumerable.Range(k + 1, u.Start - k - 1).Any(j => tags.Tree.Upos[j] is "VERB" or "AUX"));
        }

        // A relative clause right after a name has that name as its subject ("dem iranischen Regime, das … Russland … versorgt").
        Participant? antecedent = null;
        if (!noun && clauseStart > 0 && clauseStart + 1 < k && st.S.Lower(clauseStart) == "," && st.Lex.Words.Is(st.S.Lower(clauseStart + 1), FunctionWord.SubjectRelative))
        {
            antecedent = st.Parts.LastOrDefault(p => p.End <= clauseStart && p.End >= clauseStart - 2 && !p.Place);
        }

        // "Nordkorea, dem Moskau … Flugabwehrsysteme überlassen hat": a dative relative's antecedent is who receives.
        Participant? recipientAntecedent = null;
        if (!noun && entry.Type == "TRANSFER" && entry.Frame == Frame.Active && clauseStart > 0 && clauseStart + 1 < k && st.S.Lower(clauseStart) == ","
            && st.Lex.Words.Is(st.S.Lower(clauseStart + 1), FunctionWord.DativeRelative))
        {
            recipientAntecedent = st.Parts.LastOrDefault(p => p.End <= clauseStart && p.End >= clauseStart - 2 && !p.Adjective && (!p.Place || p.Seat));
            if (recipientAntecedent is not null)
            {
                unmarked.RemoveAll(u => st.SameThing(u.Mention, recipientAntecedent.Mention));
            }
        }

        if (antecedent is not null)
        {
            unmarked.RemoveAll(u => st.SameThing(u.Mention, antecedent.Mention));
            unmarked.Insert(0, antecedent);
        }
        var targets = region.Where(p => p.Marker == Marker.Target && !p.Place && !st.SameThing(p.Mention, antecedent?.Mention ?? -1)).ToList();
        var sources = region.Where(p => p.Marker == Marker.Source && !p.Place && !st.SameThing(p.Mention, antecedent?.Mention ?? -1)).ToList();
        if (judged)
        {
            targets.RemoveAll(p => p.End <= k); // "lodged a protest with Iran over the delivery": whom the protest is lodged with
            sources.RemoveAll(p => p.End <= k);
        }

        // "Trümmer einer in Nordkorea gebauten Rakete": where goods were made is their origin, no place of the event.
        var places = region.Where(p => (p.Place || p.Marker == Marker.Location) && !MadeThere(p)).ToList();
        // A noun's own origin stands next to it ("Pyongyang's oil imports", "nordkoreanische Lieferungen"); a verb's may open the clause.
        // "funneled the earnings of North Korean laborers": whose money it is does not send it.
        var adjectives = region.Where(p => p.Adjective && p.Marker == Marker.None && !st.InAttribution(p.Start) && p.End > causeAt && !st.OwnerOfMoney(p.Start) && !witnesses.Contains(p)).ToList();
        var origin = noun ? adjectives.MinBy(p => p.End <= k ? k - p.End : p.Start - k) : adjectives.FirstOrDefault();
        if (noun && (region.FirstOrDefault(p => p.Adjective && p.End == k) ?? possessor) is { } own)
        {
            // "Bei einem russischen Raketenangriff auf Charkiw": the noun's own adjective is its doer, whatever preposition governs the phrase.
            origin = own;
            targets.Remove(own);
            sources.Remove(own);
        }

        if (entry.Type == "TRANSFER" && origin is null && region.FirstOrDefault(MadeThere) is { } madeIn)
        {
            origin = madeIn; // "Eine in Russland gebaute Motoryacht ist nach Nordkorea gelangt": the maker's country sent it
        }

        var laterOrigin = adjectives.FirstOrDefault(p => p.Start > k && p != origin);
        var previous = built.Count > 0 ? built[^1] : null;

        if (!noun && st.TrustedTree is { } described && described.Tree.Deprels[k] == "acl" && described.Tree.Heads[k] is int goods and >= 0 && goods < k
            && described.Tree.Upos[goods] == "NOUN" && (described.Tree.Feature(k, "VerbForm") == "Part" || described.Tree.Xpos[k] is "VBN" or "VVPP"))
        {
            // "to pay for artillery shells sent to Russia", "Granaten, geliefert an Russland": a participle describing goods
            // names its own parties; the names of the clause around it did not send them.
            unmarked.RemoveAll(u => !described.InSubtree(k, u.Start, u.End));
        }

        if (!noun && entry.Type == "TRANSFER" && st.Tree is { } attributive && (attributive.Tree.Xpos[k] == "ADJA" || (attributive.Tree.Deprels[k] == "amod" && attributive.Tree.Xpos[k] is "VBN" or "VVPP"))
            && region.Any(p => p.Marker == Marker.Source && p.End <= k && p.Start >= k - 4))
        {
            // "mit von Nordkorea gelieferten Haubitzen": a participle before its noun with its own agent in front of it names
            // only that agent; the names of the clause around it ("hat Präsident Selensky Deutschland … gebeten") did not
            // deliver them. Without an agent ("zusätzlich zu den bereits gelieferten Granaten") the clause's names stay.
            unmarked.Clear();
            passive = true;
        }

        Participant? subject = unmarked.FirstOrDefault();
        Participant? other = unmarked.Skip(1).FirstOrDefault();
        var frame = noun ? null : GrammaticalFrame.Read(st, k, region);
        bool told = false; // the tree settles the subject: no guessing below
        bool unnamedDoer = false; // the clause names its doer by a common noun ("a shipping firm that ferried shells")
        if (frame is not null)
        {
            targets = frame.Targets;
            sources = frame.Sources;
            passive = frame.Passive && (entry.Frame != Frame.Deny || frame.Sources.Count > 0); // "wurden von Minsk zurückgewiesen": the agent denies
            if (frame.Subject is not null || frame.SharedSubject is not null || frame.SubjectIsOther)
            {
                // A second name in the clause the parser gave no object relation ("Russland hat Nordkorea … geliefert") is still one.
                var second = unmarked.FirstOrDefault(u => frame.InClause.Contains(u) && u != frame.Subject && u != frame.SharedSubject
                    && !(st.Tree is { } g && g.UnderPreposition(k, u.Start, u.End, FunctionWord.CauseCase | FunctionWord.BetweenCase)) // "wegen der Kooperation zwischen Minsk und Teheran" names no object
                    && !(entry.Type is not ("CONSULT" or "AGREE" or "COOPERATE") && CoordinatedFirms(u, frame.Subject ?? frame.SharedSubject, k))); // "The firms X and Y shipped oil": Y is a second supplier; "Iran und Syrien bestreiten": both deny
                // "North Korea, which has deployed thousands of troops …": the name right before a subject relative is its subject,
                // wherever the parser hung the clause.
                subject = frame.Subject ?? frame.SharedSubject ?? antecedent;
                other = frame.Object ?? second;
                told = true;
            }
            else
            {
                other = frame.Object ?? other;
            }

            if ((entry.About || entry.Type == "REQUEST") && other is null && targets.Count == 0 && frame.ComplementSubject is { } asked && asked != subject)
            {
                other = asked; // "demanded that Uganda withdraw": whom the demand is about
            }

            unnamedDoer = subject is null && UnnamedSubject(k);
        }

        if (noun && possessor is not null && subject is not null && subject.Start > k && !st.SameThing(subject.Mention, possessor.Mention))
        {
            // "Russia's invasion of Ukraine", "Moscow's supply of jets to Minsk": with a possessor as the doer, a name after
            // the noun is what it acts on.
            other ??= subject;
            subject = null;
        }

        if (frame is null && !noun && st.Lex.Shapes.CapitalisedNouns && subject is not null && st.Tree is { } tagged
            && FiniteBefore(tagged, lo, subject.Start) is int finite and >= 0
            && region.FirstOrDefault(p => p.Adjective && p.Marker == Marker.None && p.End <= finite) is { } side)
        {
            // "Der Generalstab der nordkoreanischen Volksarmee hat Japan … gedroht": with no tree to trust, the phrase before
            // the finite verb of a German main clause is its subject, and a name after that verb its object.
            other = subject;
            subject = side;
        }

        if (!noun && SpeechRelative(k) is int relativeAntecedent and >= 0)
        {
            // "sanctioned a Hong Kong firm that it said had shipped drone parts to Russia": the noun before a relative that
            // holds a report is the subject of the reported verb, wherever the parser hung it; the speaker did not ship.
            int from = NounPhraseStart(relativeAntecedent);
            subject = st.Parts.FirstOrDefault(p => p.Start >= from && p.End <= relativeAntecedent + 1 && !p.Place);
            unnamedDoer = subject is null;
            told = true;
            other = other is not null && other.Start > k ? other : null;
        }

        sources.RemoveAll(p => st.InAttribution(p.Start)); // "nach Angaben aus Washington": who says so supplies nothing
        targets = NamedOverAdjective(targets, region);
        sources = NamedOverAdjective(sources, region);
        if (entry.Type == "TRANSFER" && !noun && subject is { Place: false, Adjective: false } via && ChannelBefore(via.Start))
        {
            // "Eine nordkoreanische Handelsgesellschaft soll über die Moskauer Kryptobörse Kupol … erhalten haben": a name after
            // über/through is the way the goods came, never the subject, whatever the parser made of it; it supplied them.
            subject = null;
            sources.Add(via);
        }

        bool moneyFlow = entry.Arrival && entry.Money;
        if (entry.Type == "TRANSFER" && !noun && (passive || moneyFlow || entry.Frame == Frame.Receive) && sources.Count == 0 && Channel(region, k, before: moneyFlow) is { } channel)
        {
            // (and "Chongsan General Trading received about $19 million … through Samarga Bank": what a receiver got through a bank or firm)
            // "At least $38 million was routed to North Korea through Zabaikalsky Bank": a passive that names no agent, the
            // bank or firm the money passed through stands as its supplier, as a ship does for its cargo. So it does where the
            // money itself is the subject, wherever the bank stands: "Über die Ostrow-Bank sollen … an X geflossen sein".
            sources.Add(channel);
        }

        if (noun && st.Tree is { } passiveOf)
        {
            // "Wegen der Lieferung iranischer Drohnen ist X von der kanadischen Regierung … belegt worden": the agent of a
            // passive verb outside the noun's phrase is that verb's, no supplier of the noun's goods.
            sources.RemoveAll(p => AgentOfAnotherVerb(passiveOf, k, p));
        }
        if (entry.About && !noun && CauseWord(lo, hi) is int cause and >= 0)
        {
            // "hat Russland wegen der Lieferung … an Nordkorea kritisiert", "sanctioned X over shipments to Y": the parties
            // of the happening named after the preposition of cause are not whom the verb acts on.
            // With a tree, the phrase the preposition of cause heads ("Wegen seiner Rolle bei …, ist X von der kanadischen
            // Regierung … belegt worden": the agent after it is the verb's); without one, the words up to the verb.
            bool Inside(Participant p) => st.Tree is { } g
                ? g.UnderPreposition(k, p.Start, p.End, FunctionWord.CauseCase)
                : p.Start > cause && (cause > k || p.Start < k);
            targets.RemoveAll(Inside);
            sources.RemoveAll(Inside);
            if (other is not null && Inside(other))
            {
                other = null;
            }

            if (origin is not null && Inside(origin))
            {
                origin = null; // "wegen der Lieferung iranischer Drohnen … belegt": the drones' maker does not sanction
            }

            if (laterOrigin is not null && Inside(laterOrigin))
            {
                laterOrigin = null;
            }
        }

        if (entry.About && !noun && st.Tree is { } about)
        {
            // "gegen die mutmaßliche Lieferung von Flugabwehrsystemen an Nordkorea protestiert", "accused of helping Iran ship
            // drones to Russia": the parties of the act judged are that act's, not whom the verb is aimed at.
            bool OfAnotherEvent(Participant p) => InsideAnotherEvent(about, k, p, entry.Type);
            targets.RemoveAll(OfAnotherEvent);
            sources.RemoveAll(OfAnotherEvent);
            if (other is not null && OfAnotherEvent(other))
            {
                other = null;
            }
        }

        if (!noun)
        {
            // "Bei einem russischen Raketenangriff … getötet worden": an adjective on an event noun is that noun's doer, no party of the verb.
            targets.RemoveAll(OnEventNoun);
            sources.RemoveAll(OnEventNoun);
        }

        if (entry.Type == "TRANSFER" && other is not null && other.Start < k && subject?.Start < k && CoordinatedFirms(other, subject, k))
        {
            other = null; // "The firms X and Y arranged shipments": two suppliers, not one supplying the other
        }
        else if (entry.Type is not ("TRANSFER" or "CONSULT" or "AGREE" or "COOPERATE") && other is not null && subject is not null && subject.End < other.Start
            && other.Start < k && other.Start == subject.End + 1 && st.Lex.Words.Is(st.S.Lower(subject.End), FunctionWord.Coordinator))
        {
            other = null; // "Russland und Nordkorea bestreiten …", even where the tree is too odd to trust: both deny, neither is denied
        }

        bool pronounSubject = !told && subject is not null && !noun && st.AnyBetween(lo, subject.Start, clause, CueKind.Pronoun);
        if (pronounSubject)
        {
            // "weil es Nordkorea … versorgt habe": the pronoun is the subject, the name an object.
            other = subject;
            subject = null;
        }

        bool elided = !told && !noun && previous is not null && k > 0 && st.Lex.Words.Is(st.S.Lower(k - 1), FunctionWord.Coordinator);
        if (elided && subject is not null)
        {
            // "verhängten Sanktionen … und warnten Nordkorea": the subject is the first verb's, the name an object.
            other = subject;
            subject = null;
        }

        if (subject is null && !told && !noun && !pronounSubject && !elided && k > 0 && st.Lex.Words.Is(st.S.Lower(k - 1), FunctionWord.InfinitiveMark))
        {
            // "Die USA verdächtigen Moskau, Waffen kaufen zu wollen" / "plant, Öl zu liefern": the nearest name before the clause.
            for (int j = st.Parts.Count - 1; j >= 0; j--)
            {
                var p = st.Parts[j];
                if (p.Start < k && st.Hard[p.Start] < st.Hard[k] && p.Marker == Marker.None && !p.Place && !p.Adjective && !st.Excluded.Contains(p.Mention))
                {
                    subject = p;
                    break;
                }
            }
        }

        // The act an accusation names: with no subject of its own, or with the accused as its subject by the tree
        // ("Japan hat China vorgeworfen, Öl … geliefert zu haben").
        RawEvent? accusation = previous is { Type: "ACCUSE", Target: { } accused } && !noun
            && (subject is null || (told && st.SameThing(subject.Mention, accused.Mention))) ? previous : null;
        if (subject is null && !told && !noun && !pronounSubject && accusation is null && previous?.Subject is { } inherited && previous.Clause <= clause
            && !RelativeClauseBetween(previous.TriggerToken, k)) // "… on Bering Flot, a company that the bloc says has ferried …": the relative's own subject
        {
            subject = inherited;
        }

        if (subject is null && !told && !noun && st.AnyBefore(k, clause, CueKind.Pronoun) && st.Speaker is not null)
        {
            subject = st.Speaker;
        }

        bool goodsPhrase = false;
        if (entry.Type == "TRANSFER" && GoodsOrigin(region, k) is { } goodsOrigin)
        {
            targets = [.. targets.Where(t => t != goodsOrigin)];
            laterOrigin = goodsOrigin;
            goodsPhrase = true;
        }

        var (actor, target, location) = AssignRoles(entry, k, noun, passive, subject, other, targets, sources, places, origin, laterOrigin, goodsPhrase);
        if (noun && entry.Type is "COOPERATE" or "CONSULT" or "AGREE" && Between(k) is var (one, two))
        {
            (actor, target) = (one, two); // "die Militärkooperation zwischen Moskau und Pjöngjang": the two sides, not the clause's subject
        }
        else if ((noun || st.Tree?.Tree.Upos[k] == "NOUN") && entry.Type == "TRANSFER" && Between(k) is var (giver, taker) && IsVessel(giver) && IsVessel(taker))
        {
            // "a ship-to-ship transfer between the Russian-flagged tanker X and the North Korean tanker Y": the two ships are
            // the parties, never the clause's subject; reports name the ship that gives first.
            (actor, target) = (giver, taker);
        }

        if (entry.Used && actor is not null && !actor.Adjective && actor.Marker != Marker.Source)
        {
            actor = null; // "Russland setzte bei dem Angriff auf Charkiw … ein": a name the goods do not come from supplied nothing
        }
        if (recipientAntecedent is not null)
        {
            if (actor is not null && st.SameThing(actor.Mention, recipientAntecedent.Mention))
            {
                actor = target is not null && !st.SameThing(target.Mention, recipientAntecedent.Mention) ? target
                    : region.FirstOrDefault(p => p.Start > clauseStart && p.Marker == Marker.None && !p.Place && !p.Adjective && !st.SameThing(p.Mention, recipientAntecedent.Mention));
            }

            target = recipientAntecedent;
        }

        var e = new RawEvent
        {
            Type = entry.Type,
            Mode = entry.Mode,
            Actor = Ref(actor),
            Target = Ref(target),
            Sentence = st.Span,
            SentenceIndex = st.Index,
            Trigger = new TextSpan(st.S.Token(k).Start, st.S.Token(k).End),
            TriggerToken = k,
            Clause = clause,
            Noun = noun,
            Deny = entry.Frame == Frame.Deny,
            Subject = subject,
            NeedsItem = entry.NeedsItem,
            NeedsMoney = entry.Money,
            GoodsOnly = entry.GoodsOnly,
            Joint = entry.Joint,
            Hit = entry.Hit,
            Used = entry.Used,
            UnnamedDoer = unnamedDoer && actor is null,
            // "missiles launched from Russia's Kursk region": where an attack came from is not where it happened.
            Location = location is not null && ((location.Place && (location.Marker != Marker.Source || entry.Type == "TRANSFER")) || location.Marker == Marker.Location)
                && location.Mention != actor?.Mention && location.Mention != target?.Mention
                ? location.Mention : null,
        };

        Complete(e, entry, k, lo, hi, clause, previous, accusation, built, dates, ref pendingQuantity);
        if (e.Actor is { } doer && e.Target is { } done && (st.SameSide(doer, done) || DescribesTheDoer(done.Mention, doer.Mention) || OwnState(entry.Type, doer, done)))
        {
            // No one supplies, attacks or sanctions itself: one of the two readings is wrong, the doer's is the likelier. Nor is
            // the doer's own adjective another party ("der südkoreanische Stürmer Han", "Belarusian President Lukashenko").
            e.Target = null;
            if (entry.Type is "CONSULT" or "AGREE" or "COOPERATE" && !entry.Hit
                && region.FirstOrDefault(p => p.Seat && p.Marker == Marker.Location && st.Doc.Mentions[p.Mention].Country is { } host
                    && host != st.Doc.Mentions[doer.Mention].Country) is { } seat)
            {
                e.Target = Ref(seat); // "Der iranische Außenminister ist in Damaskus mit seinem Amtskollegen zusammengetroffen": the host
            }
        }

        if (e.Type == "TRANSFER" && entry.Frame == Frame.Receive && !noun && !entry.NeedsItem && e.Items.Count == 0 && subject is not null
            && region.FirstOrDefault(p => p.Start > k && p.Marker == Marker.None && st.Doc.Mentions[p.Mention].Schema == SchemaNames.Person
                && !st.SameThing(p.Mention, subject.Mention)) is { } guest)
        {
            // "Kim Jong Un received Shoigu in Pyongyang": a person received, with no goods, is a guest.
            e.Type = "CONSULT";
            e.Actor = Ref(subject);
            e.Target = Ref(guest);
        }

        return e;
    }

    // A relative clause opening between two words: its verb has a subject of its own.
    private bool RelativeClauseBetween(int from, int to)
    {
        for (int j = from + 1; j < to; j++)
        {
            // ", die …", ", which …", "a company that …": after a comma, or (where articles are no relatives) after a noun.
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Relative | FunctionWord.SubjectRelative) && !st.InParticipant(j) && j > 0
                && (st.S.Lower(j - 1) == "," || (!st.Lex.Shapes.CapitalisedNouns && st.Tree?.Tree.Upos[j - 1] is "NOUN" or "PROPN"
                    && !st.Lex.Words.Is(st.S.Lower(j - 1), FunctionWord.ReportNoun)))) // "reports that it had sent …" tells, it relates nothing
            {
                return true;
            }
        }

        return false;
    }

    private const int BetweenReach = 5;

    // "Zusammenarbeit zwischen Moskau und Pjöngjang", "a transfer between the tanker X and the North Korean tanker Y": the two
    // coordinated names (no adjectives) right after the preposition of the sides of the noun at k, or null.
    private (Participant, Participant)? Between(int k)
    {
        int j = k + 1;
        if (j >= st.S.Count || !st.Lex.Words.Is(st.S.Lower(j), FunctionWord.BetweenCase))
        {
            return null;
        }

        // Each side may stand behind an article, an adjective and a kind of party ("the North Korean tanker Kumsong 7").
        var one = st.Parts.FirstOrDefault(p => p.Start > j && p.Start <= j + BetweenReach && !p.Adjective && !PunctuationBetween(j, p.Start));
        if (one is null || one.End + 1 >= st.S.Count || !st.Lex.Words.Is(st.S.Lower(one.End), FunctionWord.Coordinator))
        {
            return null;
        }

        var two = st.Parts.FirstOrDefault(p => p.Start > one.End && p.Start <= one.End + BetweenReach && !p.Adjective && !st.SameThing(p.Mention, one.Mention)
            && !PunctuationBetween(one.End, p.Start));
        return two is null ? null : (one, two);
    }

    // "gegen die russische Reederei Vostok Line", "an den nordkoreanischen Tanker „Kum Song 9“": the adjective only
    // qualifies the name its preposition marks; the name is the party.
    private List<Participant> NamedOverAdjective(List<Participant> marked, List<Participant> region)
    {
        if (!marked.Any(p => p.Adjective))
        {
            return marked;
        }

        var named = new List<Participant>(marked.Count);
        foreach (var a in marked)
        {
            var name = a.Adjective ? region.FirstOrDefault(n => !n.Adjective && !n.Place && n.Start >= a.End && n.Start - a.End <= 4 && n.Marker == a.Marker
                && !PunctuationBetween(a.End, n.Start)) : null;
            var party = name ?? a;
            if (!named.Contains(party))
            {
                named.Add(party);
            }
        }

        return named;
    }

    // Without a tree to tell: with a judging verb in the clause, the name right before the preposition of cause is whom it
    // blames when another name or adjective (its subject) stands before that ("Japan hat Russland wegen …", "sanctioned X over …").
    private Participant? Blamed(List<Participant> unmarked, List<Participant> region, int cause, int lo)
    {
        var last = unmarked.LastOrDefault(u => u.End <= cause);
        if (last is null || !region.Any(p => p.End <= last.Start && !p.Place && !st.SameThing(p.Mention, last.Mention)))
        {
            return null;
        }

        for (int j = lo; j < st.S.Count; j++)
        {
            if (st.Clause[j] == st.Clause[cause] && st.Lex.Triggers.Find(st.S.Lower(j)).Value is { About: true, Noun: false })
            {
                return last; // the judging verb may stand after the noun's region: "… wegen der Lieferung … kritisiert"
            }
        }

        return null;
    }

    // Two names joined by a coordinator right after a noun ("cooperation between Moscow and Pyongyang"), or null.
    private (Participant First, Participant Second)? PairAfter(int k, List<Participant> unmarked)
    {
        var first = unmarked.FirstOrDefault(u => u.Start > k && u.Start <= k + 3 && !PunctuationBetween(k + 1, u.Start));
        var second = first is null || first.End >= st.S.Count || !st.Lex.Words.Is(st.S.Lower(first.End), FunctionWord.Coordinator)
            ? null : unmarked.FirstOrDefault(u => u.Start == first.End + 1);
        return first is not null && second is not null ? (first, second) : null;
    }

    private static bool FullVerbBetween(Grammar tree, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (tree.Tree.Upos[j] == "VERB")
            {
                return true;
            }
        }

        return false;
    }

    private int CauseWord(int lo, int hi)
    {
        for (int j = lo; j < hi; j++)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.CauseCase))
            {
                return j;
            }
        }

        return -1;
    }

    // The passive agent of a verb, outside the phrase of the noun at k.
    private static bool AgentOfAnotherVerb(Grammar g, int k, Participant p)
    {
        int node = g.HeadOf(p.Start, p.End);
        for (int steps = 0; node >= 0 && steps < 3 && g.Tree.Deprels[node] is "amod" or "flat" or "flat:name" or "compound" or "appos"; steps++)
        {
            node = g.Tree.Heads[node];
        }

        return node >= 0 && g.Tree.Deprels[node] == "obl:agent" && !g.InSubtree(k, p.Start, p.End);
    }

    // True when the way up the tree from the phrase of p to the predicate k passes a noun or verb of another kind of event:
    // p belongs to that event ("accused of helping Iran ship drones to Russia"; "an asset freeze on X" is the verb's own
    // sanction, X its target).
    private bool InsideAnotherEvent(Grammar g, int k, Participant p, string type)
    {
        int node = g.HeadOf(p.Start, p.End);
        for (int steps = 0; node >= 0 && node != k && steps < st.S.Count; steps++)
        {
            int below = node;
            node = g.Tree.Heads[node];
            if (node >= 0 && node != k && g.Tree.Upos[node] is "NOUN" or "VERB" && st.Lex.Triggers.Find(st.S.Lower(node)).Value is { } other && other.Type != type)
            {
                // "demanded that Belarus withdraw": the subject of the act demanded is whom the demand is aimed at.
                return !(g.Tree.Upos[node] == "VERB" && g.Tree.Deprels[below].StartsWith("nsubj", StringComparison.Ordinal));
            }
        }

        return false;
    }

    private bool OnEventNoun(Participant p) =>
        p.Adjective && p.End < st.S.Count && st.Lex.Triggers.Find(st.S.Lower(p.End)).Value is { Noun: true };

    // True when a punctuation mark other than a quotation mark stands in [from, to).
    private bool PunctuationBetween(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (st.S.IsPunct(j) && !st.IsQuote(j))
            {
                return true;
            }
        }

        return false;
    }

    // The first finite verb or auxiliary in [from, to), by the tagger, or -1.
    private static int FiniteBefore(Grammar tags, int from, int to)
    {
        for (int j = Math.Max(0, from); j < to; j++)
        {
            if (tags.Tree.Xpos[j] is "VAFIN" or "VVFIN" or "VMFIN")
            {
                return j;
            }
        }

        return -1;
    }

    // The antecedent noun of a relative clause that holds a report before the trigger ("a firm that it said had shipped",
    // "ships it said had carried", "Ostrov Logistics, which Seoul says has shipped"), or -1.
    private int SpeechRelative(int k)
    {
        if (st.Tree is not { } g)
        {
            return -1;
        }

        int j = k - 1;
        while (j >= 0 && g.Tree.Upos[j] == "AUX")
        {
            j--;
        }

        if (j < 1 || (st.Cue[j] & CueKind.Speech) == 0 || g.Tree.Upos[j] != "VERB")
        {
            return -1;
        }

        int speaker = j - 1;
        if (g.Tree.Upos[speaker] == "PRON" && speaker > 0 && g.Tree.Upos[speaker - 1] == "NOUN" && !st.Lex.Words.Is(st.S.Lower(speaker), FunctionWord.Relative))
        {
            return speaker - 1; // a contact clause: "three vessels it said had carried" — a pronoun speaker right after the noun
        }

        j = speaker;
        while (j >= 0 && speaker - j < 4 && g.Tree.Upos[j] is "PRON" or "PROPN" or "DET" or "NOUN" && !st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Relative))
        {
            j--;
        }

        if (j < 0 || j == speaker)
        {
            return -1;
        }

        if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Relative))
        {
            int before = j > 0 && st.S.Lower(j - 1) == "," ? j - 2 : j - 1;
            return before >= 0 && g.Tree.Upos[before] is "NOUN" or "PROPN" ? before : -1;
        }

        return -1;
    }

    // The first word of the noun phrase that ends with the noun at j: articles, adjectives, numbers, names and nouns before it.
    private int NounPhraseStart(int j)
    {
        int from = j;
        if (st.Tree is not { } g)
        {
            return from;
        }

        while (from > 0 && g.Tree.Upos[from - 1] is "DET" or "ADJ" or "NUM" or "PROPN" or "NOUN" && !st.S.IsPunct(from - 1))
        {
            from--;
        }

        return from;
    }

    // The trigger's subject is a common noun with an indefinite article, or a relative pronoun whose antecedent is one, and
    // no name stands in its phrase ("a shipping firm that ferried shells", "A Comoros-flagged tanker transferred diesel"):
    // the clause introduces its doer without a name. "Das Schiff", "the troops" may be a party named before.
    private bool UnnamedSubject(int k)
    {
        if (st.TrustedTree is not { } g || g.SubjectOf(k) is not (int word and >= 0))
        {
            return false;
        }

        int noun = word;
        if (st.Lex.Words.Is(st.S.Lower(word), FunctionWord.Relative))
        {
            noun = g.Tree.Heads[k];
            if (noun < 0 || noun > word)
            {
                return false;
            }
        }

        if (g.Tree.Upos[noun] != "NOUN")
        {
            return false;
        }

        int from = NounPhraseStart(noun);
        return !st.Parts.Any(p => p.Start >= from && p.End <= noun + 1 && !p.Adjective)
            && Enumerable.Range(from, noun - from).Any(d => g.Tree.Upos[d] == "DET" && g.Tree.Feature(d, "Definite") == "Ind");
    }

    // The subject of a verb of observing whose object is the noun at k ("detected a shipment"), or -1.
    private int Witness(int k) =>
        st.TrustedTree is { } g && g.GoverningVerb(k) is int observer and >= 0 && (st.Cue[observer] & CueKind.Observation) != 0 && g.Tree.Deprels[k] == "obj"
            ? g.SubjectOf(observer)
            : -1;

    // "Selenskyj rief die Partnerländer der Ukraine auf": a state's own person does not ask, sanction, threaten or meet that
    // state (a dissident may accuse or protest against it).
    private bool OwnState(string type, ArgumentRef doer, ArgumentRef done) =>
        type is "REQUEST" or "SANCTION" or "THREATEN" or "CONSULT" or "AGREE"
        && st.Doc.Mentions[doer.Mention] is { Schema: SchemaNames.Person, Country: { } home }
        && (done.AsGovernment || st.Doc.Mentions[done.Mention].Schema == SchemaNames.Country) && st.Doc.Mentions[done.Mention].Country == home;

    // The country named with a possessive before the noun at k ("Moscow's 'decisive' assistance"), with only adjectives,
    // articles and quotation marks between, or null.
    private Participant? Possessor(int k)
    {
        int j = k - 1;
        while (j >= 0 && (st.IsAdjective(j) || st.Tree?.Tree.Upos[j] == "ADJ" || st.Lex.Determiners.Contains(st.S.Lower(j)) || st.IsQuote(j)))
        {
            j--;
        }

        if (j >= 1 && st.Lex.Words.Is(st.S.Lower(j), FunctionWord.PossessiveClitic))
        {
            j--;
        }

        return j >= 0 && j < k - 1 ? st.Parts.FirstOrDefault(p => p.Adjective && p.End == j + 1) : null;
    }

    // A company or person after "through"/"via"/"über" behind the verb ("through Zabaikalsky Bank", "via the Moscow exchange
    // Kupol"); a country or place is a route, no channel ("via China").
    private Participant? Channel(List<Participant> region, int k, bool before) =>
        region.FirstOrDefault(p => (before || p.Start > k) && p.Person && !p.Place && !p.Adjective && p.Marker == Marker.None && ChannelBefore(p.Start));

    private bool ChannelBefore(int start)
    {
        for (int j = start - 1; j >= 0 && j >= start - 4 && !st.S.IsPunct(j); j--)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.ChannelCase))
            {
                return true;
            }

            if (st.Tree is { } g && g.Tree.Upos[j] is "VERB" or "AUX" or "PRON" or "SCONJ" or "ADP")
            {
                return false;
            }
        }

        return false;
    }

    // A country adjective that opens the doer's own phrase: at most three lower-case or title words between it and the name.
    private bool DescribesTheDoer(int adjective, int doer)
    {
        if (st.Parts.Find(p => p.Mention == adjective && p.Adjective) is not { } own || st.Parts.Find(p => p.Mention == doer && p.Start >= own.End) is not { } name
            || name.Start - own.End > 3 || !name.Person)
        {
            return false;
        }

        for (int j = own.End; j < name.Start; j++)
        {
            if (st.S.IsPunct(j) || st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Coordinator)
                || (st.Tree is { } g && g.Tree.Upos[j] is "VERB" or "AUX" or "ADP"))
            {
                return false;
            }
        }

        return true;
    }

    public static ArgumentRef? Ref(Participant? p) => p is null ? null : new ArgumentRef(p.Mention, p.Seat);
}
