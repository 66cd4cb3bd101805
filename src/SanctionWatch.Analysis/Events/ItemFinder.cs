namespace SanctionWatch.Analysis.Events;

/// <summary>Finds the items of a transfer or aid event in its region, with their quantities.</summary>
internal sealed class ItemFinder(SentenceState st)
{
    public void Items(RawEvent e, int k, int lo, int hi, ref Quantity? pending)
    {
        var heads = new List<int>();
        Scan(e, lo, lo, hi, heads);
        if (st.Tree is { } g)
        {
            var tree = g.Tree;
            // "air-defence equipment, anti-aircraft missiles and help with …": the tree's conjuncts of an item are
            // items too, where the comma stretch of the trigger stopped short of them.
            int end = hi;
            foreach (int head in heads)
            {
                end = Math.Max(end, ConjunctsEnd(g, head));
            }

            // A bare noun phrase after the verb is an object however the parser labelled it ("received equipment, missiles and help").
            foreach (int c in e.Noun ? [] : g.Children(k))
            {
                if (c > k && c >= hi && tree.Deprels[c] is "obj" or "iobj" or "obl" or "nsubj:pass"
                    && !g.Children(c).Any(x => tree.Deprels[x] == "case") && !st.Parts.Any(p => p.Start <= c && c < p.End)
                    && Enumerable.Range(hi, c - hi).All(x => st.S.IsPunct(x) || tree.Heads[x] == c || (tree.Heads[x] >= 0 && tree.Heads[tree.Heads[x]] == c)))
                {
                    end = Math.Max(end, ConjunctsEnd(g, c));
                }
            }

            if (end > hi)
            {
                Scan(e, lo, hi, end, heads);
                hi = end;
            }
        }

        Elliptic(e, lo, hi, ref pending);
        if (e.Items.Any(i => i.Category == "finance"))
        {
            // "soll für nordkoreanische Munitionslieferungen 38 Millionen Dollar überwiesen haben", "to pay for artillery shells":
            // what money pays for is no item of the payment.
            // "funneled the earnings of North Korean laborers", "die Löhne nordkoreanischer Arbeiter": whose money it is is no item either.
            e.PaidFor = [.. e.Items.Where(i => i.Category != "finance" && PaidFor(st.S.TokenAt(i.Start)))];
            e.Items.RemoveAll(i => i.Category != "finance" && (PaidFor(st.S.TokenAt(i.Start)) || st.OwnerOfMoney(st.S.TokenAt(i.Start))));
        }
        if (e.NeedsItem)
        {
            // A verb that is a transfer only with goods ("gewinnen", "send") takes them from its own clause: in "Russland könnte
            // Nordkorea mit Militärtechnik entlohnen – und die Armee gewinne Kampferfahrung" the technology is not what is gained.
            if (st.TrustedTree is { } tree)
            {
                e.Items.RemoveAll(item => !UnderVerb(tree.Tree, st.S.TokenAt(item.Start), k));
            }
            else
            {
                e.Items.RemoveAll(item => DashBetween(st.S.TokenAt(item.Start), k)); // without a tree: a dash or semicolon ends the clause
            }
        }

        // After the clause filter: the antecedent is the relative verb's own object, though the tree hangs the verb under it.
        if (e.Items.Count == 0 && !e.Noun && st.Tree is { } rel)
        {
            Antecedent(e, rel, k);
        }
    }

    // The currency of a sign before the number that ends at j ("$38 million", "€ 3 million"), or null.
    private string? CurrencyBefore(int j)
    {
        int b = j - 1;
        while (b >= 0 && st.S.Token(b).Kind == TokenKind.Number)
        {
            b--;
        }

        return b < 0 || b == j - 1 ? null : st.S.Lower(b) switch
        {
            "$" => "usd",
            "€" => "eur",
            "£" => "gbp",
            _ => null,
        };
    }

    // The word at j stands right after "for"/"für", with at most articles, adjectives and numbers between.
    private bool PaidFor(int j)
    {
        for (int b = j - 1; b >= 0 && b >= j - 4; b--)
        {
            string w = st.S.Lower(b);
            if (st.Lex.Words.Is(w, FunctionWord.BeneficiaryCase))
            {
                return true;
            }

            if (!(st.Lex.Determiners.Contains(w) || st.S.Token(b).Kind == TokenKind.Number || st.Tree?.Tree.Upos[b] is "ADJ" or "NUM" or "DET" or "NOUN"))
            {
                return false; // (a noun before the goods is a compound's: "for combat drones", "for artillery shells")
            }
        }

        return false;
    }

    // "The shells that North Korea shipped to Russia", "Die Raketen, die Nordkorea an Russland geliefert hatte": a relative
    // clause's verb with no goods of its own moves its antecedent. The antecedent's own phrase is read, up to the clause.
    private void Antecedent(RawEvent e, Grammar g, int k)
    {
        var tree = g.Tree;
        int head = tree.Heads[k];
        if (head < 0 || head >= k)
        {
            return;
        }

        // A relative clause by the tree, or goods right before a relative pronoun that the tagger took for a verb ("Drones that …").
        bool relative = tree.Deprels[k].StartsWith("acl", StringComparison.Ordinal) && tree.Upos[head] is "NOUN" or "PROPN";
        bool goodsBeforeRelative = head + 1 < k && st.Lex.Words.Is(st.S.Lower(head + 1), FunctionWord.Relative)
            && st.Lex.ItemWords.Find(st.S.Lower(head)).Value is { Category: not "-" };
        if (!relative && !goodsBeforeRelative)
        {
            return;
        }

        // Only when the relative pronoun is not the clause's subject: "the workers who earned money abroad" moved nothing.
        for (int j = head + 1; j < k; j++)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Relative))
            {
                if (tree.Deprels[j].StartsWith("nsubj", StringComparison.Ordinal) || (j + 1 < k && tree.Upos[j + 1] is "VERB" or "AUX"))
                {
                    return;
                }

                break;
            }
        }

        int start = head;
        foreach (int c in g.Children(head))
        {
            if (c < start && tree.Deprels[c] is "amod" or "det" or "nummod" or "compound" or "nmod:poss" or "advmod" or "flat")
            {
                start = Math.Min(start, g.SubtreeStart(c));
            }
        }

        var heads = new List<int>();
        Scan(e, start, start, head + 1, heads);
    }

    // True when the tree hangs the word under the verb k, not under another verb on the way up.
    private static bool UnderVerb(Syntax.SentenceSyntax tree, int word, int k)
    {
        for (int node = word, steps = 0; node >= 0 && steps < tree.Count; node = tree.Heads[node], steps++)
        {
            if (node == k)
            {
                return true;
            }

            if (node != word && tree.Upos[node] is "VERB")
            {
                return false;
            }
        }

        return false;
    }

    private bool DashBetween(int a, int b)
    {
        for (int j = Math.Min(a, b) + 1; j < Math.Max(a, b); j++)
        {
            if (st.S.IsPunct(j) && st.S.Lower(j) is "–" or "—" or ";")
            {
                return true;
            }
        }

        return false;
    }

    // A conjunct that names a party of its own ("and hundreds of drones from Tehran") is another flow: it stops the run.
    private int ConjunctsEnd(Grammar g, int word)
    {
        int end = word + 1;
        foreach (int c in g.Children(word))
        {
            if (g.Tree.Deprels[c] != "conj" || c <= word)
            {
                continue;
            }

            int last = g.SubtreeEnd(c);
            if (st.Parts.Any(p => p.Start > word && p.Start < last))
            {
                break;
            }

            end = Math.Max(end, Math.Max(ConjunctsEnd(g, c), last));
        }

        return end;
    }

    private void Scan(RawEvent e, int lo, int from, int hi, List<int> heads)
    {
        for (int j = from; j < hi; j++)
        {
            if (st.S.IsPunct(j) || st.InParticipant(j))
            {
                continue;
            }

            var (length, phrase) = st.Lex.ItemPhrases.Match(st.S.Words, j, hi);
            if (phrase is null && st.Lex.ItemPhrases.Match(st.S.Words, j, st.S.Count) is { Value.Category: "-" } beyond)
            {
                // "… satellite images show": a non-item phrase may run past the trigger's region.
                (length, phrase) = beyond;
            }

            ItemEntry? item = phrase;
            int last = j + Math.Max(length, 1) - 1;
            if (item is null)
            {
                if (st.Lex.Shapes.CapitalisedNouns && !st.S.IsUpper(j))
                {
                    continue;
                }

                item = st.Lex.ItemWords.Find(st.S.Lower(j)).Value;
            }

            if (item is null)
            {
                continue;
            }

            if (item.Category == "-" || (last + 1 < st.S.Count && st.Lex.Words.Is(st.S.Lower(last + 1), FunctionWord.MakerNoun)))
            {
                // "arms makers", "oil traders": the goods word names who makes or trades them.
                // "satellite images": the words are how something was seen, not what moved.
                j = last;
                continue;
            }

            int start = st.S.Token(j).Start;
            int end = st.S.Token(last).End;
            if (e.Items.Count > 0 && e.Items[^1] is { } before && before.Category == item.Category && before.End == st.S.Token(j - 1).End && j > lo)
            {
                // "artillery shells", "Öl und Gas" stay one item when the words are adjacent.
                e.Items[^1] = before with { End = end, Text = st.S.Text[before.Start..end] };
                heads.Add(last);
                j = last;
                continue;
            }

            var quantity = QuantityParser.Before(st.S, j, lo, item.Category, st.Tree?.Tree);
            if (quantity is { Unit: null } && st.Lex.Units.TryGetValue(st.S.Lower(last), out var own))
            {
                quantity = quantity with { Unit = own }; // "rund 40 Millionen Dollar": the money's word is its unit
            }

            e.Items.Add(new ItemMention(start, end, st.S.Text[start..end], item.Category, quantity));
            heads.Add(last);
            j = last;
        }
    }

    private void Elliptic(RawEvent e, int lo, int hi, ref Quantity? pending)
    {

        // A quantity without its noun ("fünf Millionen", "auf rund 42.000 Tonnen") goes to the first item without one.
        for (int j = lo; j < hi; j++)
        {
            string w = st.S.Lower(j);
            if (!(st.Lex.Multipliers.ContainsKey(w) || st.Lex.Units.ContainsKey(w)) || (j + 1 < hi && !st.S.IsPunct(j + 1) && st.Lex.ItemWords.Find(st.S.Lower(j + 1)).Value is not null))
            {
                continue;
            }

            var q = QuantityParser.Elliptic(st.S, j, lo);
            if (q is null || e.Items.Any(x => x.Quantity is { } had && had.Text.Contains(q.Text, StringComparison.Ordinal)))
            {
                continue;
            }

            if (CurrencyBefore(j) is { } currency && !(j + 1 < st.S.Count && st.S.Lower(j + 1) == "worth")) // "$5 million worth of oil" is its value
            {
                // "$38 million", "€3 million": money, an item of its own, not the count of the goods it pays for.
                var money = q with { Unit = currency };
                int purse = e.Items.FindIndex(x => x.Category == "finance" && x.Quantity is null);
                if (purse >= 0)
                {
                    e.Items[purse] = e.Items[purse] with { Quantity = money };
                }
                else if (!e.Items.Any(x => x.Category == "finance"))
                {
                    var at = st.S.Token(j);
                    e.Items.Add(new ItemMention(at.Start, at.End, money.Text, "finance", money));
                }

                continue;
            }

            int free = e.Items.FindIndex(x => x.Quantity is null);
            if (free >= 0)
            {
                e.Items[free] = e.Items[free] with { Quantity = q };
            }
            else if (e.Items.Count == 0)
            {
                pending = q;
            }
        }
    }
}
