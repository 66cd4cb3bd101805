namespace SanctionWatch.Analysis.Events;

/// <summary>
/// What becomes of a sentence's built events: a noun and a verb naming one happening in a clause merge into one.
/// An event is kept only with the parties (and, where it needs them, the items) that make it a statement.
/// </summary>
internal sealed partial class SentenceRun
{
    private void Merge(List<RawEvent> built)
    {
        foreach (var noun in built.Where(e => e.Noun && built.Exists(v => v.Type == e.Type && !v.Noun && Apart(e, v))))
        {
            // What that other happening moved is told by its own phrase, not by the verb's goods and count.
            noun.Items.RemoveAll(item => !st.TrustedTree!.InSubtree(noun.TriggerToken, st.S.TokenAt(item.Start), st.S.TokenAt(item.Start) + 1));
        }

        for (int i = 0; i < built.Count; i++)
        {
            for (int j = i + 1; j < built.Count; j++)
            {
                var a = built[i];
                var b = built[j];
                if (a.Type != b.Type || a.Deny != b.Deny || !(a.Clause == b.Clause && (a.Noun || b.Noun) && !Apart(a, b) || SameGoodsOtherParties(a, b)) || FlowsBack(a, b))
                {
                    continue;
                }

                // One happening named twice in a clause ("Munitionslieferungen ... geschickt"): keep the verb's reading.
                var (keep, drop) = a.Noun && !b.Noun ? (b, a) : (a, b);
                keep.Actor ??= drop.Actor;
                keep.Target ??= drop.Target;
                keep.Location ??= drop.Location;
                keep.Date ??= drop.Date;
                keep.Mode ??= drop.Mode;
                foreach (var item in drop.Items)
                {
                    if (!keep.Items.Any(x => x.Start == item.Start))
                    {
                        keep.Items.Add(item);
                    }
                }

                keep.Items.Sort((x, y) => x.Start.CompareTo(y.Start));
                built.Remove(drop);
                i = -1;
                break;
            }
        }
    }

    // "has sent 90 more wagons …, less than a month after a larger rail shipment in January": a happening named in a phrase
    // that hangs outside the verb's own phrases is an earlier or other one, not the verb's named again.
    private bool Apart(RawEvent a, RawEvent b)
    {
        var (noun, verb) = a.Noun ? (a, b) : (b, a);
        return !verb.Noun && st.TrustedTree is { } g && g.Tree.Deprels[noun.TriggerToken] is "nmod" or "obl"
            && !g.InSubtree(verb.TriggerToken, noun.TriggerToken, noun.TriggerToken + 1);
    }

    // "… obtained machine tools in exchange for ammunition": two flows of other goods between the same parties, one each way,
    // are two.
    private static bool FlowsBack(RawEvent a, RawEvent b) =>
        a.Actor is { } x && a.Target is { } y && b.Actor?.Mention == y.Mention && b.Target?.Mention == x.Mention
        && a.Items.Count > 0 && b.Items.Count > 0 && !a.Items.Any(i => b.Items.Any(j => j.Category == i.Category));

    // "An Iranian freighter loaded with flour arrived at a Syrian port": two verbs moving the very same goods, one knowing
    // the supplier and the other the recipient, tell one transfer.
    private static bool SameGoodsOtherParties(RawEvent a, RawEvent b) =>
        a.Type == "TRANSFER" && a.Items.Count > 0 && a.Items.All(x => b.Items.Any(y => y.Start == x.Start)) && b.Items.Count == a.Items.Count
        && (a.Actor is null) != (b.Actor is null) && (a.Target is null) != (b.Target is null) && (a.Actor is null) == (b.Target is null);

    // "Russian forces struck Kharkiv …, killing three people": a second verb of the same kind with the same actor and no
    // target of its own tells the same act.
    private void Subsumed(List<RawEvent> built)
    {
        var aimed = built.Where(f => f.Target is not null && f.Actor is not null).ToList();
        built.RemoveAll(e => e.Type != "TRANSFER" && e.Target is null && e.Actor is { } a && !e.Deny
            && aimed.Any(f => f.Type == e.Type && st.SameThing(a.Mention, f.Actor!.Mention)));

        // "summoned Belarus's chargé d'affaires to protest the flights": an infinitive of the same kind under the verb tells
        // that verb's purpose, not a second act (and its subject is the verb's, not the one summoned).
        if (st.Tree is { } purpose)
        {
            // (Not for transfers: "Öl zu liefern, um mehr Arbeitskräfte … zu gewinnen" is a flow each way.)
            built.RemoveAll(e => !e.Noun && !e.Deny && e.Type != "TRANSFER" && e.TriggerToken > 0 && st.Lex.Words.Is(st.S.Lower(e.TriggerToken - 1), FunctionWord.InfinitiveMark)
                && built.Any(f => f != e && !f.Noun && f.Type == e.Type && f.TriggerToken < e.TriggerToken && purpose.InSubtree(f.TriggerToken, e.TriggerToken, e.TriggerToken + 1)));
        }

        // "A Syrian tanker received … diesel from an Iranian ship in a ship-to-ship transfer": a transfer noun in the phrase of
        // a transfer verb restates that transfer; the verb's recipient, its subject, does not supply the noun's.
        if (st.Tree is { } g)
        {
            built.RemoveAll(e => e.Type == "TRANSFER" && (e.Noun || g.Tree.Upos[e.TriggerToken] == "NOUN") && e.Actor is { } giver && !e.Deny
                && aimed.Any(f => f != e && f.Type == "TRANSFER" && !f.Noun && st.SameThing(giver.Mention, f.Target!.Mention)
                    && g.InSubtree(f.TriggerToken, e.TriggerToken, e.TriggerToken + 1)));
        }
    }

    // True when the event's two parties stand side by side, joined by a coordinator ("Russland und Nordkorea").
    private bool JoinedPair(RawEvent e)
    {
        if (e.Actor is not { } a || e.Target is not { } t)
        {
            return false;
        }

        var first = st.Parts.FirstOrDefault(p => p.Mention == a.Mention);
        var second = st.Parts.FirstOrDefault(p => p.Mention == t.Mention);
        return first is not null && second is not null && second.Start == first.End + 1 && first.Marker == Marker.None
            && st.Lex.Words.Is(st.S.Lower(first.End), FunctionWord.Coordinator);
    }

    // True when the verb's object (by the tree, else the first noun after it) is a word that makes a supply verb another sense.
    private bool ObjectOfOtherSense(int k, bool oblique = false, bool passiveSubject = false)
    {
        if (st.Tree is { } g)
        {
            return g.Children(k).Any(c => (g.Tree.Deprels[c] == "obj" || (oblique && g.Tree.Deprels[c] == "obl") || (passiveSubject && g.Tree.Deprels[c] == "nsubj:pass"))
                && st.Lex.Words.Is(st.S.Lower(c), FunctionWord.OtherSense));
        }

        for (int j = k + 1; j < st.S.Count && j <= k + 3; j++)
        {
            if (st.Lex.Determiners.Contains(st.S.Lower(j)) || st.IsAdjective(j))
            {
                continue;
            }

            return st.Lex.Words.Is(st.S.Lower(j), FunctionWord.OtherSense);
        }

        return false;
    }

    // True when a force of nature is the word right before the verb or its subject by the tree: "a quake struck", "quake strikes".
    private bool NaturalForceDoes(int k)
    {
        return (k > 0 && st.Lex.Words.Is(st.S.Lower(k - 1), FunctionWord.NaturalForce))
            || (st.Tree is { } g && g.Children(k).Any(c => g.Tree.Deprels[c] is "nsubj" or "nsubj:pass" && st.Lex.Words.Is(st.S.Lower(c), FunctionWord.NaturalForce)));
    }

    // True when the verb governs a clause opened by a complementiser ("warned that …", "warnte, dass …").
    // A party as the verb's object ("warned Seoul that …") makes it a threat to that party after all.
    // A clause whose subject is a pronoun ("warned that it would retaliate") tells what the warner will do: a threat.
    // German reports the clause after a comma without "dass" ("gewarnt, Nordkorea könnte … liefern").
    private bool TellsAClause(int k) =>
        (st.Lex.Shapes.CommaComplement && k + 2 < st.S.Count && st.S.Lower(k + 1) == "," && st.Parts.Any(p => p.Start == k + 2 && !p.Adjective))
        || st.Tree is { } g && g.Children(k).Any(c => g.Tree.Deprels[c] == "ccomp"
            && (g.Children(c).Any(m => g.Tree.Deprels[m] == "mark" && st.Lex.Words.Is(st.S.Lower(m), FunctionWord.Complementiser))
                || (st.Lex.Shapes.CommaComplement && CommaBetween(k, c)))
            && g.Children(c).Any(n => g.Tree.Deprels[n].StartsWith("nsubj", StringComparison.Ordinal) && !g.IsPronoun(n)))
        && !g.Children(k).Any(c => g.Tree.Deprels[c] is "obj" or "iobj" && st.Parts.Any(p => p.Start <= c && c < p.End));

    private bool CommaBetween(int from, int to)
    {
        for (int j = from + 1; j < to; j++)
        {
            if (st.S.Lower(j) == ",")
            {
                return true;
            }
        }

        return false;
    }

    private bool Keep(RawEvent e)
    {
        if ((e.NeedsItem && e.Items.Count == 0) || (e.NeedsMoney && !e.Items.Exists(i => i.Category == "finance")))
        {
            return false; // "paid a visit", "paid tribute": no money, no payment
        }

        if (e.GoodsOnly && (e.Items.All(i => i.Category is "troops" or "labour")
            || (e.Items.Any(i => i.Category is "arms" or "missiles" or "ammunition") && !st.AnyInHardClause(e.TriggerToken, FunctionWord.TransportNoun, _ => true))))
        {
            return false; // "Russian troops reached Pokrovsk" is an advance, "missiles have reached Ukraine" a strike: no supply
        }

        if (e.Used && (e.Actor is null || e.Target is null))
        {
            return false; // "Russia used drones", "Bauteile wurden eingesetzt": a user with no supplier, or goods with no user, tell no transfer
        }

        if (e.Type == "TRANSFER" && ContentOfABan(e.TriggerToken))
        {
            return false; // "the UN ban on supplying luxury goods to North Korea": what the ban forbids, whoever imposed it
        }

        if (e.Type == "TRANSFER" && e.Noun && BannedAct(e.TriggerToken))
        {
            return false; // "Die Vereinten Nationen hatten die Lieferung von Fahrzeugen an Nordkorea verboten": who bans supplies nothing
        }

        if (e.Type == "TRANSFER" && e.Actor is null && Prohibited(e.TriggerToken))
        {
            return false; // "Fahrzeuge dürfen nicht an Nordkorea verkauft werden", "transfers … are banned": a rule, no happening
        }

        if (e.Hit && e.Type == "CONSULT" && (e.Actor is null || e.Target is null))
        {
            return false; // "treffen" hits, scores ("traf zweimal") or decides as often as it meets: a meeting only with both sides
        }

        if (e.Joint && !JoinedPair(e))
        {
            return false; // "Russia is building a railway": one builder is no cooperation
        }

        if (!e.Noun && e.Type == "TRANSFER" && ObjectOfOtherSense(e.TriggerToken))
        {
            return false; // "delivered a hat-trick", "liefern neue Hinweise"
        }

        if (!e.Noun && e.Type == "CONCEDE" && ObjectOfOtherSense(e.TriggerToken, passiveSubject: true))
        {
            return false; // "a tsunami advisory was lifted", "hob die Warnung auf"
        }

        if (!e.Noun && e.Type == "PROTEST" && ObjectOfOtherSense(e.TriggerToken))
        {
            return false; // "wollen ihre Freundschaft demonstrieren", "demonstrated their resolve": a show, no protest
        }

        if (!e.Noun && e.Type == "ASSAULT" && NaturalForceDoes(e.TriggerToken))
        {
            return false; // "Strong quake strikes off Hokkaido"
        }

        if (!e.Noun && e.Type == "REQUEST" && ObjectOfOtherSense(e.TriggerToken, oblique: true))
        {
            return false; // "emails seeking comment", "um eine Stellungnahme gebeten": a reporter's question
        }

        if (e.Noun && st.TrustedTree is { } g && g.Tree.Heads[e.TriggerToken] is int head and >= 0 && g.Tree.Deprels[e.TriggerToken] == "obj"
            && st.Lex.Words.Is(st.S.Lower(head), FunctionWord.DescriptiveVerb))
        {
            return false; // "poses a threat to U.S. forces", "stellt eine Bedrohung dar": a description, no act
        }

        if (!e.Noun && st.Lex.Triggers.Find(st.S.Lower(e.TriggerToken)).Value is { ClauseSpeech: true } && TellsAClause(e.TriggerToken))
        {
            return false; // "warned that North Korea could send more soldiers": a statement, no threat
        }

        if (e.Noun && e.Type != "TRANSFER" && (e.Actor ?? e.Target) is { } only && (e.Actor is null || e.Target is null)
            && st.Parts.Any(p => p.Mention == only.Mention && p.Adjective && p.End <= e.TriggerToken && p.End >= e.TriggerToken - 1)
            && !(st.Tree is { } subjectTree && subjectTree.Tree.Deprels[e.TriggerToken].StartsWith("nsubj", StringComparison.Ordinal)))
        {
            // "die Treffsicherheit der russischen Angriffe": a noun whose one party is its own adjective describes; it reports
            // nothing. As a clause's subject it tells of the happening ("the Russian strike was one of the heaviest").
            return false;
        }

        if (e.Noun && e.Type is "CONSULT" or "AGREE" or "COOPERATE" && e.Mode != "visit" && (e.Actor is null || e.Target is null))
        {
            return false; // "a plenary meeting of the Central Committee": a meeting named with one side is no meeting between parties (a visit finds its host later)
        }

        bool party = e.Actor is not null || e.Target is not null || e.Undirected is not null; // two named together: the document may tell the way
        if (e.Type == "TRANSFER")
        {
            return e.Items.Count > 0 ? party || !e.Noun : e.Actor is not null && e.Target is not null;
        }

        return party;
    }

    // A word of prohibition in the trigger's clause, or a modal of permission with a negation there.
    // A ban noun at most three words before the trigger, with only prepositions and articles between ("ban on the export of").
    private bool ContentOfABan(int k)
    {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            string w = st.S.Lower(j);
            if (st.Lex.Words.Is(w, FunctionWord.BanNoun))
            {
                return true;
            }

            if (!(st.Lex.Determiners.Contains(w) || st.Lex.Words.Is(w, FunctionWord.OfCase) || st.Lex.TargetMarks.Contains(w)))
            {
                return false;
            }
        }

        return false;
    }

    // The noun is what a verb of prohibition forbids: its object, or its subject as the parser may read a German verb-final clause
    // ("hatten die Lieferung von Fahrzeugen … verboten") or a passive ("the sale of vehicles was banned").
    private bool BannedAct(int k) =>
        st.Tree is { } g && g.Tree.Heads[k] is int verb and >= 0 && g.Tree.Upos[verb] == "VERB"
        && g.Tree.Deprels[k] is "obj" or "nsubj" or "nsubj:pass" && st.Lex.Words.Is(st.S.Lower(verb), FunctionWord.Prohibition);

    private bool Prohibited(int k) =>
        st.AnyInHardClause(k, FunctionWord.Prohibition, _ => true)
        || (st.AnyInHardClause(k, FunctionWord.PermissionModal, _ => true) && st.AnyInClause(st.Clause[k], CueKind.Negation));

    // "hat Russland um Hilfslieferungen gebeten", "asked Moscow for military aid": what is asked for has not been given;
    // the request is the event, the delivery named after its preposition is none.
    private void AskedFor(List<RawEvent> built)
    {
        built.RemoveAll(e => e.Noun && e.Type is "AID" or "TRANSFER"
            && built.Any(r => r.Type == "REQUEST" && !r.Noun && st.Hard[r.TriggerToken] == st.Hard[e.TriggerToken])
            && st.MarkedBy(e.TriggerToken, FunctionWord.RequestCase, 4));
    }
}
