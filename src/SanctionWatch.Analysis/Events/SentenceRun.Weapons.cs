namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Weapons as the subject of an attack ("Missiles that North Korea had supplied to Russia struck Kharkiv"): whoever received
/// them fired them, and what they hit outside the supply clause is the target. Neither party of the supply attacks the other.
/// </summary>
internal sealed partial class SentenceRun
{
    private static bool IsWeapon(string category) => category is "arms" or "ammunition" or "missiles";

    private void WeaponsUsed(List<RawEvent> built)
    {
        if (st.Tree is not { } g)
        {
            built.RemoveAll(e => e.Hit && e.Type == "ASSAULT");
            return;
        }

        foreach (var e in built.ToList())
        {
            if (e.Noun || !(e.Type == "ASSAULT" || e.Hit))
            {
                continue;
            }

            var (weapon, supply) = Weapon(g, e.TriggerToken, built);
            if (weapon < 0)
            {
                if (e.Hit && e.Type == "ASSAULT" && !WeaponAsInstrument(e.TriggerToken))
                {
                    built.Remove(e); // "hit a record", a path "eingeschlagen": no weapon, no attack ("hit Sumy with missiles" is one)
                }

                continue;
            }

            e.Type = "ASSAULT"; // "Russische Raketen trafen ein Umspannwerk": with a weapon as subject, "treffen" is no meeting
            e.Mode = null;
            e.Items.Clear();
            if (e.Actor is { } maker && st.Parts.FirstOrDefault(p => p.Mention == maker.Mention) is { Adjective: true } made
                && st.MadeIn(made))
            {
                e.Actor = null; // "von Raketen aus nordkoreanischer Produktion getroffen": the weapons' maker did not fire them
            }

            if (e.Target is null && g.IsPassive(e.TriggerToken) && g.SubjectOf(e.TriggerToken) is int hit and >= 0)
            {
                e.Target = EventBuilder.Ref(st.Parts.FirstOrDefault(p => !p.Adjective && g.Dominates(hit, p.Start, p.End))); // what was hit
            }

            if (supply is null)
            {
                e.Target ??= EventBuilder.Ref(st.Parts.FirstOrDefault(p => p.Start > e.TriggerToken && p.Place && p.Marker != Marker.Source));
                // "The missile that hit Odesa was one of about 20 that North Korea delivered to Russia": with no attacker named,
                // whoever the sentence says received such weapons fired them.
                var delivered = built.FirstOrDefault(t => t.Type == "TRANSFER" && t.Target is { } r && (t.Items.Count == 0 || t.Items.Any(i => IsWeapon(i.Category)))
                    && (e.Target is null || !st.SameThing(r.Mention, e.Target.Mention)));
                if (e.Actor is null && delivered is not null)
                {
                    e.Actor = delivered.Target;
                    if (delivered.Items.Count == 0 && st.Lex.ItemWords.Find(st.S.Lower(weapon)).Value is { } kind)
                    {
                        // "… was one of about 20 that North Korea delivered": what was delivered is the weapon the attack names.
                        int from = st.S.Token(weapon).Start, to = st.S.Token(weapon).End;
                        delivered.Items = [new ItemMention(from, to, st.S.Text[from..to], kind.Category, null)];
                    }
                }

                continue; // "Russian missiles struck Kyiv": the attacker the builder found stands
            }

            // Whoever received the weapons fired them, unless the builder found an attacker that is no party of the supply.
            if (e.Actor is null || st.SameThing(e.Actor.Mention, supply.Target!.Mention) || st.SameThing(e.Actor.Mention, supply.Actor?.Mention ?? -1))
            {
                e.Actor = supply.Target;
            }

            e.Target = null;
            foreach (var p in st.Parts)
            {
                // What was hit: a name after the attack verb, not a party of the supply nor the source of the report.
                if (p.Start > e.TriggerToken && !p.Adjective && p.Marker != Marker.Source && !st.SameThing(p.Mention, supply.Target!.Mention)
                    && !st.SameThing(p.Mention, supply.Actor?.Mention ?? -1) && !st.InAttribution(p.Start))
                {
                    e.Target = EventBuilder.Ref(p);
                    break;
                }
            }
        }
    }

    // The weapon the attack verb's subject names, and the supply of it told in the sentence. By the tree: the subject, or the
    // antecedent of a relative pronoun subject. Where the tree hangs the subject elsewhere: goods named before a relative
    // clause that supplies them, with no other verb up to the attack ("Die Raketen, die Nordkorea … geliefert hatte, trafen …").
    private (int Weapon, RawEvent? Supply) Weapon(Grammar g, int k, List<RawEvent> built)
    {
        var tree = g.Tree;
        var supplies = built.Where(t => t.Type == "TRANSFER" && !t.Noun && t.Target is not null).ToList();
        foreach (int c in g.Children(k))
        {
            if (!tree.Deprels[c].StartsWith("nsubj", StringComparison.Ordinal))
            {
                continue;
            }

            int word = c;
            if (g.IsPronoun(c) && tree.Deprels[k].StartsWith("acl", StringComparison.Ordinal) && tree.Heads[k] is int head and >= 0)
            {
                word = head;
            }

            if (IsWeaponWord(word))
            {
                return (word, supplies.FirstOrDefault(t => tree.Heads[t.TriggerToken] == word));
            }
        }

        if (PassiveAgentWeapon(g, k) is int agent and >= 0)
        {
            return (agent, null);
        }

        foreach (var t in supplies)
        {
            if (t.TriggerToken >= k)
            {
                continue;
            }

            foreach (var item in t.Items)
            {
                int w = st.S.TokenAt(item.Start);
                if (st.S.Token(w).Start != item.Start || w >= t.TriggerToken || !IsWeapon(item.Category) || !RelativeBetween(w, t.TriggerToken))
                {
                    continue;
                }

                int last = w;
                while (last + 1 < st.S.Count && st.S.Token(last + 1).End <= item.End)
                {
                    last++;
                }

                // Between the goods and the attack verb only the relative clause: its own verb and auxiliaries before the
                // comma that closes it, nothing verbal after ("…, waren Thema, als … traf" is no attack by the goods).
                bool otherVerb = false, closed = false;
                for (int j = last + 1; j < k; j++)
                {
                    closed |= j > t.TriggerToken && st.S.Lower(j) == ",";
                    otherVerb |= j != t.TriggerToken && (tree.Upos[j] == "VERB" || (closed && tree.Upos[j] == "AUX"));
                }

                if (!otherVerb)
                {
                    return (last, t);
                }
            }
        }

        return (-1, null);
    }

    // "Charkiw ist … von ballistischen Raketen getroffen worden", "was hit by missiles": a weapon as the agent of a passive, by
    // the tree or, where the parser hangs the agent elsewhere ("in der Nacht von Drohnen … getroffen worden"), as the word
    // after an agent preposition in the verb's stretch; or -1.
    private int PassiveAgentWeapon(Grammar g, int k)
    {
        if (!g.IsPassive(k))
        {
            return -1;
        }

        var tree = g.Tree;
        foreach (int c in g.Children(k))
        {
            if (tree.Deprels[c].StartsWith("obl", StringComparison.Ordinal) && IsWeaponWord(c)
                && g.Children(c).Any(x => tree.Deprels[x] == "case" && st.Lex.Words.Is(st.S.Lower(x), FunctionWord.AgentCase)))
            {
                return c;
            }
        }

        for (int j = k - 1; j >= 0 && st.Hard[j] == st.Hard[k]; j--)
        {
            if (!st.Lex.Words.Is(st.S.Lower(j), FunctionWord.AgentCase))
            {
                continue;
            }

            int w = j + 1;
            while (w < k && tree.Upos[w] is "DET" or "ADJ" or "NUM")
            {
                w++;
            }

            if (w < k && IsWeaponWord(w))
            {
                return w;
            }
        }

        return -1;
    }

    private bool IsWeaponWord(int j) => st.Lex.ItemWords.Find(st.S.Lower(j)).Value is { } item && IsWeapon(item.Category);

    // "Russia hit the city of Sumy with North Korean-made missiles": a weapon after the goods case in the verb's clause.
    private bool WeaponAsInstrument(int k)
    {
        for (int j = k + 1; j < st.S.Count && st.Hard[j] == st.Hard[k]; j++)
        {
            if (!st.Lex.Words.Is(st.S.Lower(j), FunctionWord.GoodsCase))
            {
                continue;
            }

            for (int w = j + 1; w < st.S.Count && w <= j + 5 && !st.S.IsPunct(w); w++)
            {
                if (IsWeaponWord(w))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool RelativeBetween(int from, int to)
    {
        for (int j = from + 1; j < to && j <= from + 3; j++)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Relative))
            {
                return true;
            }
        }

        return false;
    }

    // "Russian forces struck Kharkiv with North Korean-made missiles", "ein Angriff mit nordkoreanischen Raketen auf Dnipro":
    // the weapons' origin is neither side of the attack; an attacker other than it received them from it.
    private void ForeignWeapons(List<RawEvent> built)
    {
        foreach (var e in built.ToList())
        {
            if (e.Type != "ASSAULT")
            {
                continue;
            }

            foreach (var p in st.Parts)
            {
                if (!p.Adjective || st.Hard[p.Start] != st.Hard[e.TriggerToken] || WeaponOf(p) is not var (weapon, phrase)
                    || !(InstrumentBefore(phrase) || UsedBefore(phrase)))
                {
                    continue; // "shot down Russian drones": weapons attacked, not attacked with
                }

                if (e.Actor is { } a && st.SameThing(a.Mention, p.Mention))
                {
                    e.Actor = null;
                }

                if (e.Target is { } t && st.SameThing(t.Mention, p.Mention))
                {
                    // The place attacked instead: "ein Angriff mit nordkoreanischen Raketen auf Dnipro".
                    e.Target = EventBuilder.Ref(st.Parts.FirstOrDefault(x => x.Place && !x.Adjective && st.Hard[x.Start] == st.Hard[e.TriggerToken] && !st.SameThing(x.Mention, p.Mention)));
                }

                var user = e.Actor;
                if (user is null || st.Doc.Mentions[user.Mention].Country is not { } side || side == st.Doc.Mentions[p.Mention].Country
                    || built.Any(x => x.Type == "TRANSFER" && !(x.Used && x.Actor is null) && x.Target is { } r && st.SameThing(r.Mention, user.Mention)))
                {
                    continue;
                }

                var supply = e.Copy();
                supply.Type = "TRANSFER";
                supply.Mode = null;
                supply.Noun = true;
                supply.Actor = EventBuilder.Ref(p);
                supply.Target = user;
                supply.Location = null;
                supply.Items = [weapon];
                supply.Hit = false;
                built.Add(supply);
            }
        }
    }

    // The weapon an origin adjective qualifies and where its phrase starts: after it ("North Korean-made KN-23 missiles"), or
    // before it when a noun of manufacture follows ("eine Rakete nordkoreanischer Bauart", "Granaten aus nordkoreanischer Produktion").
    private (ItemMention Weapon, int Phrase)? WeaponOf(Participant p)
    {
        if (WeaponAfter(p.End) is { } after)
        {
            return (after, p.Start);
        }

        if (p.End >= st.S.Count || !st.Lex.Words.Is(st.S.Lower(p.End), FunctionWord.OriginNoun))
        {
            return null;
        }

        for (int j = p.Start - 1; j >= 0 && j >= p.Start - 3 && !st.S.IsPunct(j); j--)
        {
            if (st.Lex.ItemWords.Find(st.S.Lower(j)).Value is { } item)
            {
                int start = st.S.Token(j).Start, stop = st.S.Token(j).End;
                return IsWeapon(item.Category) ? (new ItemMention(start, stop, st.S.Text[start..stop], item.Category, null), j) : null;
            }
        }

        return null;
    }

    // "Russland setzte bei dem Angriff … Raketen … ein", "used North Korean shells in its attacks": a verb of use before the
    // weapon's phrase in its clause; the attacker used them.
    private bool UsedBefore(int phrase)
    {
        if (st.Tree is { } g)
        {
            // The verb the phrase hangs on; a separable one with its particle glued in front ("setzte … ein": "einsetzte").
            int v = phrase;
            for (int up = 0; up < 3 && g.Tree.Heads[v] is int head and >= 0 && g.Tree.Upos[v] != "VERB"; up++)
            {
                v = head;
            }

            return v < phrase && (IsUseVerb(st.S.Lower(v))
                || g.Children(v).Any(c => g.Tree.Deprels[c] == "compound:prt" && IsUseVerb(st.S.Lower(c) + st.S.Lower(v))));
        }

        for (int j = phrase - 1; j >= 0 && st.Hard[j] == st.Hard[phrase]; j--)
        {
            if (IsUseVerb(st.S.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUseVerb(string word) => st.Lex.Triggers.Find(word).Value is { Used: true };

    // The weapon named right after an origin adjective ("North Korean-made KN-23 ballistic missiles", "nordkoreanischen Raketen").
    private ItemMention? WeaponAfter(int end)
    {
        for (int j = end; j < st.S.Count && j < end + 3 && !st.S.IsPunct(j); j++)
        {
            var (length, phrase) = st.Lex.ItemPhrases.Match(st.S.Words, j, st.S.Count);
            var item = phrase ?? st.Lex.ItemWords.Find(st.S.Lower(j)).Value;
            if (item is not null && IsWeapon(item.Category))
            {
                int last = j + Math.Max(length, 1) - 1;
                int start = st.S.Token(j).Start, stop = st.S.Token(last).End;
                return new ItemMention(start, stop, st.S.Text[start..stop], item.Category, null);
            }
        }

        return null;
    }

    // "with (two) North Korean-made missiles", "mit nordkoreanischen Raketen": the goods case before the adjective, an
    // article or number between at most.
    private bool InstrumentBefore(int start)
    {
        for (int j = start - 1; j >= 0 && j >= start - 3; j--)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.GoodsCase))
            {
                return true;
            }

            if (st.S.IsPunct(j) || !(st.Lex.Determiners.Contains(st.S.Lower(j)) || st.S.Token(j).Kind == TokenKind.Number || st.Lex.NumberWords.Contains(st.S.Lower(j))))
            {
                return false;
            }
        }

        return false;
    }
}
