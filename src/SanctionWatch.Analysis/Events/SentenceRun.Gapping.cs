namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Two suppliers of one receiving clause, each with its own goods: "Russland erhielt von Nordkorea 1,6 Millionen und
/// von Iran 300.000 Granaten", "Moscow received shells from Pyongyang, and drones from Tehran". One transfer each.
/// </summary>
internal sealed partial class SentenceRun
{
    /// <summary>
    /// The transfer of the second source-marked party after the trigger of <paramref name="e"/>, when a coordinator
    /// stands between the two: each party keeps the goods of its own half of the clause, and a half with only a
    /// number ("von Nordkorea rund 1,6 Millionen") counts the other half's goods.
    /// </summary>
    private List<RawEvent> GappedSources(RawEvent e, List<RawEvent> built)
    {
        int k = e.TriggerToken;
        if (e.Type != "TRANSFER" || e.Noun || e.Actor is not { } actor || e.Items.Count == 0)
        {
            return [];
        }

        int nextTrigger = built.Where(b => b.TriggerToken > k).Select(b => b.TriggerToken).DefaultIfEmpty(st.S.Count).Min();
        var sources = st.Parts
            .Where(p => p.Start > k && p.Start < nextTrigger && p.Marker == Marker.Source && !p.Place && !p.Adjective && st.Hard[p.Start] == st.Hard[k])
            .ToList();
        if (sources.Count != 2 || st.SameThing(sources[0].Mention, sources[1].Mention)
            || !sources.Any(s => st.SameThing(s.Mention, actor.Mention))
            || sources.Any(s => e.Target is { } t && st.SameThing(s.Mention, t.Mention)))
        {
            return [];
        }

        int coordinator = LastCoordinator(sources[0].End, sources[1].Start);

        if (coordinator < 0)
        {
            return [];
        }

        int split = st.S.Token(coordinator).Start;
        var first = e.Items.Where(i => i.End <= split).ToList();
        var second = e.Items.Where(i => i.Start >= split).ToList();
        if (second.Count == 0)
        {
            return [];
        }

        if (first.Count == 0)
        {
            // Gapping: the first half names only its number; the goods are the second half's.
            Quantity? own = null;
            for (int j = sources[0].End; j < coordinator && own is null; j++)
            {
                own = st.Lex.Multipliers.ContainsKey(st.S.Lower(j)) || st.Lex.Units.ContainsKey(st.S.Lower(j)) || st.S.Token(j).Kind == TokenKind.Number
                    ? QuantityParser.Elliptic(st.S, LastNumberWord(j, coordinator), sources[0].End) ?? NumberAt(j)
                    : null;
            }

            first = [.. second.Select(i => i with { Quantity = own })];
        }

        bool actorFirst = st.SameThing(sources[0].Mention, actor.Mention);
        e.Items = actorFirst ? first : second;
        var copy = e.Copy();
        copy.Actor = EventBuilder.Ref(actorFirst ? sources[1] : sources[0]);
        copy.Items = actorFirst ? second : first;
        return [copy];
    }

    // The last word of the run of number words starting at j, before the coordinator ("1,6 Millionen").
    private int LastNumberWord(int j, int end)
    {
        while (j + 1 < end && (st.Lex.Multipliers.ContainsKey(st.S.Lower(j + 1)) || st.Lex.Units.ContainsKey(st.S.Lower(j + 1))))
        {
            j++;
        }

        return j;
    }

    private Quantity? NumberAt(int j) =>
        st.S.Token(j).Kind == TokenKind.Number && QuantityParser.TryParseNumber(st.S.Text.AsSpan(st.S.Token(j).Start, st.S.Token(j).Length), st.Lex.Shapes.DecimalComma, out double n)
            ? new Quantity(n, null, st.S.Text.Substring(st.S.Token(j).Start, st.S.Token(j).Length))
            : null;
}
