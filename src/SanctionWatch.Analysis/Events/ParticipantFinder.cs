using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>Places the sentence's participant mentions and how the words before each mark it (target, source, location, origin adjective).</summary>
internal sealed class ParticipantFinder(SentenceState st)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Participant> Find()
    {
        var parts = new List<Participant>();
        int sentenceStart = st.S.First, sentenceEnd = st.S.First + st.S.Count;
        // Participants are sorted by first token: start at this sentence's first one, so that a document costs
        // time linear in its length instead of sentences × participants.
        var all = st.Doc.Participants;
        for (int i = st.Doc.FirstParticipantAtOrAfter(sentenceStart); i < all.Count && all[i].FirstToken < sentenceEnd; i++)
        {
            var (m, first, end) = all[i];

            if (parts.Count > 0 && first < parts[^1].End + sentenceStart)
            {
                continue; // nested in the previous, longer mention
            }

            var mention = st.Doc.Mentions[m];
            if (InAPersonsApposition(first - sentenceStart, parts))
            {
                continue; // "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, threatened …": who she is, no party
            }

            if (mention.Schema == SchemaNames.Country && mention.Text != mention.Name && i + 1 < all.Count && all[i + 1].FirstToken == end
                && st.Doc.Mentions[all[i + 1].Mention].Schema is SchemaNames.Organization or SchemaNames.PublicBody or SchemaNames.Company)
            {
                continue; // "the U.S. Treasury": the country names the body's state; the body is the party
            }

            if (mention.Schema is SchemaNames.Organization or SchemaNames.PublicBody or SchemaNames.Company
                && TitleOfAPerson(first - sentenceStart, Math.Min(end, sentenceEnd) - sentenceStart, parts,
                    i + 1 < all.Count && st.Doc.Mentions[all[i + 1].Mention].Schema == SchemaNames.Person ? all[i + 1].FirstToken - sentenceStart : -1))
            {
                continue; // "Der Sekretär des russischen Sicherheitsrats, Sergej Schoigu", "Shoigu, secretary of Russia's Security Council": the person is the party
            }

            if (mention.Schema is SchemaNames.Person or SchemaNames.Organization && NamesGoods(first - sentenceStart, Math.Min(end, sentenceEnd) - sentenceStart))
            {
                continue; // "Kampfjets", "Tonnen Benzin" tagged as a name: words for goods are no party
            }

            if (mention.Schema is SchemaNames.Organization or SchemaNames.Company or SchemaNames.Person && MakeOfGoods(first - sentenceStart, Math.Min(end, sentenceEnd) - sentenceStart))
            {
                continue; // "two dozen Lexus and Toyota sport-utility vehicles": the make of the goods, no party to their transfer
            }

            if (mention.Schema == SchemaNames.Address && Holder(first - sentenceStart, parts) is { } holder)
            {
                // "in das russisch besetzte Gebiet Saporischschja", "to Russian-occupied Donetsk": the place stands for the country
                // that holds it, marked as the place is; the holder's word is no party of its own.
                var (held, heldCase) = MarkerBefore(holder.Start, parts);
                if (heldCase is not null && st.Lex.Words.Is(heldCase, FunctionWord.AgentCase))
                {
                    (held, heldCase) = MarkerBefore(holder.Start - 1, parts); // "in die von Russland besetzte Stadt": the "in", not the "von"
                }

                parts.Remove(holder);
                parts.Add(new Participant(holder.Mention, first - sentenceStart, Math.Min(end, sentenceEnd) - sentenceStart, held, true, false, false, false, heldCase));
                continue;
            }

            bool seat = mention.Schema == SchemaNames.Address && (st.Lex.Seats.Contains(mention.Name) || st.Lex.Seats.Contains(mention.Text));
            bool place = mention.Schema == SchemaNames.Address && !seat;
            bool person = mention.Schema is not (SchemaNames.Country or SchemaNames.Address);
            int start = first - sentenceStart;
            var (marker, markWord) = MarkerBefore(start, parts);
            int after = Math.Min(end, sentenceEnd) - sentenceStart;
            var shapes = st.Lex.Shapes;
            bool adjective = mention.Schema == SchemaNames.Country && (shapes.CapitalisedNouns
                ? char.IsLower(mention.Text[0])
                : mention.Text != mention.Name && shapes.DemonymEndings.Any(e => mention.Text.EndsWith(e, StringComparison.Ordinal)));

            // "Nordkoreanische Soldaten wurden …": opening a sentence, the capital is the sentence's, the ending tells the adjective.
            adjective |= mention.Schema == SchemaNames.Country && shapes.CapitalisedNouns && start == 0 && mention.Text != mention.Name
                && shapes.DemonymEndings.Any(e => mention.Text.EndsWith(e, StringComparison.Ordinal));

            // "Nordkoreas Machthaber Kim", "Russia's president": a possessive modifies the noun after it.
            bool possessive = mention.Schema is SchemaNames.Country or SchemaNames.Address && after < st.S.Count && !st.S.IsPunct(after) && (shapes.GenitiveS
                ? mention.Text.EndsWith('s') && !mention.Name.EndsWith('s') && st.S.IsUpper(after) && st.Lex.Triggers.Find(st.S.Lower(after)).Value is not { Noun: false }
                : st.Lex.Words.Is(st.S.Lower(after), FunctionWord.PossessiveClitic));

            // "gave North Korea's leader two limousines": a country's title with no name after it is that country.
            int title = after < st.S.Count && st.Lex.Words.Is(st.S.Lower(after), FunctionWord.PossessiveClitic) ? after + 1 : after;
            possessive &= !(title < st.S.Count && st.IsTitle(title) && !st.Doc.AnyParticipantStartsIn(sentenceStart + title + 1, sentenceStart + title + 3));
            adjective |= possessive;

            // "im Fernen Osten Russlands": a genitive after a noun that is not an event word belongs to that noun.
            adjective |= shapes.GenitiveS && mention.Schema is SchemaNames.Country or SchemaNames.Address && start > 0 && mention.Text.EndsWith('s') && !mention.Name.EndsWith('s')
                && !st.S.IsPunct(start - 1) && st.S.IsUpper(start - 1) && st.Lex.Triggers.Find(st.S.Lower(start - 1)).Value is null
                && !parts.Any(p => p.End == start);
            // "Die französische Regierung", "the Iranian government", "Russia's leadership": the rulers are the state, a party.
            adjective &= !(mention.Schema == SchemaNames.Country && title < st.S.Count && st.Lex.Words.Is(st.S.Lower(title), FunctionWord.GovernmentNoun)
                && !st.Doc.AnyParticipantStartsIn(sentenceStart + title + 1, sentenceStart + title + 2) // not "Nordkoreas Machthaber Kim": a title
                && !(title + 1 < st.S.Count && st.IsTitle(title + 1))); // nor "Russia's government spokesman"
            // "russischen Rüstungsbetrieben", "a Russian customer", "Russia's defence contractors": a body that acts for its country is
            // that country, a party, unless a name follows that the body describes ("die russische Firma Rosneft").
            adjective &= !(mention.Schema == SchemaNames.Country && BodyAfter(title, sentenceStart));
            parts.Add(new Participant(m, start, Math.Min(end, sentenceEnd) - sentenceStart, marker, seat, place, person, adjective, markWord));
        }

        return parts;
    }

    // A body noun at `j`, or after one more adjective (German) or modifying word (English: "defence contractors"), with no name after it.
    private bool BodyAfter(int j, int sentenceStart)
    {
        for (int n = 0; n < 2 && j < st.S.Count; n++, j++)
        {
            if (st.S.IsPunct(j) || st.Doc.AnyParticipantStartsIn(sentenceStart + j, sentenceStart + j + 1))
            {
                return false;
            }

            string word = st.S.Lower(j);
            if (st.Lex.Words.Is(word, FunctionWord.BodyNoun) || (st.Lex.Shapes.CapitalisedNouns && st.S.IsUpper(j) && st.Lex.Words.EndsIn(word, FunctionWord.BodyNoun)))
            {
                // "der russischen Reederei „Arktika“", "a North Korean trading company, Chongsan General Trading, received …"
                int next = j + 1 < st.S.Count && (st.IsQuote(j + 1) || st.S.Lower(j + 1) == ",") ? j + 2 : j + 1;
                return (next >= st.S.Count || !st.Doc.AnyParticipantStartsIn(sentenceStart + next, sentenceStart + next + 1)) && !(j + 1 < st.S.Count && st.IsTitle(j + 1));
            }

            if (st.Lex.Shapes.CapitalisedNouns ? !st.IsAdjective(j) : st.S.IsUpper(j) || st.Lex.Determiners.Contains(word) || st.IsItemWord(j))
            {
                return false; // not "Russian oil buyers": the adjective is the oil's
            }
        }

        return false;
    }

    // The country participant that holds the place starting at `start`: it ends right before an occupation word ("russisch
    // besetzte", "von Russland besetzten") or is glued to it ("Russian-occupied"), with articles and place nouns ("Gebiet", "the
    // city of") between that word and the place.
    private Participant? Holder(int start, List<Participant> parts)
    {
        for (int j = start - 1, skipped = 0; j >= 1 && skipped < 3; j--, skipped++)
        {
            string word = st.S.Lower(j);
            int hyphen = word.LastIndexOf('-');
            if (st.Lex.Words.Is(word, FunctionWord.OccupiedWord) || (hyphen > 0 && st.Lex.Words.Is(word[(hyphen + 1)..], FunctionWord.OccupiedWord)))
            {
                int end = st.Lex.Words.Is(word, FunctionWord.OccupiedWord) ? j : j + 1;
                return parts.LastOrDefault(p => p.End == end && st.Doc.Mentions[p.Mention].Schema == SchemaNames.Country);
            }

            if (!(st.Lex.Determiners.Contains(word) || st.Lex.Words.Is(word, FunctionWord.PlaceNoun)))
            {
                return null;
            }
        }

        return null;
    }

    // True when the body [start, stop) completes a person's title beside that person's name: "[title] of/des [adjective] body,
    // Person" or "Person, [title] of [Country's] body". `nextPerson` is where the next mention starts if it is a person.
    // Inside ", the/a … ," right after a person's name: an apposition saying who the person is. The closing comma must
    // come within a few words, with no other punctuation before it.
    private bool InAPersonsApposition(int start, List<Participant> parts)
    {
        var person = parts.LastOrDefault(p => p.Person && p.End < start);
        int comma = person?.End ?? -1;
        if (comma < 0 || comma + 1 >= start || st.S.Lower(comma) != "," || !st.Lex.Determiners.Contains(st.S.Lower(comma + 1)))
        {
            return false;
        }

        for (int j = comma + 1; j < st.S.Count && j <= comma + MaxApposition; j++)
        {
            if (st.S.IsPunct(j))
            {
                return j > start && st.S.Lower(j) == ",";
            }
        }

        return false;
    }

    private const int MaxApposition = 12;

    private bool TitleOfAPerson(int start, int stop, List<Participant> parts, int nextPerson)
    {
        int j = start - 1;
        for (int skipped = 0; j >= 1 && skipped < 3; skipped++, j--)
        {
            string w = st.S.Lower(j);
            if (st.Lex.Words.Is(w, FunctionWord.OfCase | FunctionWord.GenitiveArticle))
            {
                break;
            }

            bool possessor = j + 1 < start && st.Lex.Words.Is(st.S.Lower(j + 1), FunctionWord.PossessiveClitic);
            if (!(st.Lex.Determiners.Contains(w) || !st.S.IsUpper(j) && !st.S.IsPunct(j) && !st.Lex.Words.Is(w, FunctionWord.OfCase | FunctionWord.GenitiveArticle)
                || st.Lex.Words.Is(w, FunctionWord.PossessiveClitic) || possessor))
            {
                break;
            }
        }

        if (j < 1 || !st.Lex.Words.Is(st.S.Lower(j), FunctionWord.OfCase | FunctionWord.GenitiveArticle) || !st.IsTitle(j - 1))
        {
            return false;
        }

        bool personBefore = j >= 3 && st.S.Lower(j - 2) == "," && parts.Any(p => p.End == j - 2 && st.Doc.Mentions[p.Mention].Schema == SchemaNames.Person);
        bool personAfter = nextPerson == stop + 1 && stop < st.S.Count && st.S.Lower(stop) == ",";
        return personBefore || personAfter;
    }

    // The marker of the participant starting at <paramref name="start"/> and the preposition that sets it, if any.
    private (Marker Marker, string? Case) MarkerBefore(int start, List<Participant> previous)
    {
        bool ship = false;
        for (int j = start - 1, steps = 0; j >= 0 && steps < 6; j--, steps++)
        {
            string w = st.S.Lower(j);
            if (j == start - 1 && st.IsQuote(j))
            {
                continue; // "an den Tanker „Kum Song 9“": the opening quote of a ship's name
            }

            if (st.Lex.TargetMarks.Contains(w) && j > 0 && st.IsTitle(j - 1))
            {
                return (Marker.None, null); // "a spokesman for the Iranian foreign ministry", "minister for …": whom the title serves
            }

            if (st.Lex.TargetMarks.Contains(w) && ship && st.Lex.Words.Is(w, FunctionWord.GoodsCase))
            {
                return (Marker.None, null); // "mit der Fähre „Man Gyong Bong“": the ship carried; it received nothing
            }

            if (st.Lex.TargetMarks.Contains(w) || st.Lex.Words.Is(w, FunctionWord.HostNoun))
            {
                // "auf Einladung des Präsidenten Putin", "at the invitation of": the host, not the visitor.
                return (Marker.Target, w);
            }

            if (st.Lex.SourceMarks.Contains(w) && j > 0 && st.Lex.Words.Is(st.S.Lower(j - 1), FunctionWord.PlaceNoun))
            {
                j--; // "im Hafen von Wladiwostok": the place's "von" is an "of"; the preposition before the place noun marks it
                continue;
            }

            if (st.Lex.SourceMarks.Contains(w))
            {
                return (Marker.Source, w);
            }

            if (st.Lex.LocationMarks.Contains(w))
            {
                // "das Regime in Pjöngjang", "the leadership in Moscow": the rulers named by their seat, no location.
                if (j > 0 && st.Lex.Words.Is(st.S.Lower(j - 1), FunctionWord.GovernmentNoun))
                {
                    j--; // "to the regime in Pyongyang": the rulers take the mark before them
                    continue;
                }

                // "Soldaten in die Region Kursk": with the accusative the preposition says where to.
                // "in den Tanker": an article before a singular noun that is no dative says where to as well ("in den Häfen" is a
                // dative plural, "im Hafen" a dative).
                bool direction = j + 1 < start && (st.Lex.Words.Is(st.S.Lower(j + 1), FunctionWord.DirectionArticle)
                    || (st.Tree is { } parsed && SingularNounAfter(parsed, j + 1, start)
                        && st.Lex.Words.Is(st.S.Lower(j + 1), FunctionWord.SingularDirectionArticle)));
                return direction ? (Marker.Target, w) : (Marker.Location, w);
            }

            // "on North Korea and Iran", and "on two Iranian generals and a Syrian company": the noun an adjective qualifies may stand between.
            if (st.Lex.Words.Is(w, FunctionWord.Coordinator) && previous.Count > 0
                && (previous[^1].End == j || (previous[^1].Adjective && previous[^1].End == j - 1 && !st.S.IsPunct(j - 1))))
            {
                return (previous[^1].Marker, previous[^1].Case);
            }

            var token = st.S.Token(j);
            if (Patterns.VesselNames.IsShipNoun(st.S.Text.AsSpan(token.Start, token.End - token.Start)))
            {
                ship = true; // "an den nordkoreanischen Tanker „Kum Song 9“", "to the tanker X"
                continue;
            }

            if (st.Lex.Determiners.Contains(w) || st.IsTitle(j) || st.IsAdjective(j) || st.Lex.Words.Is(w, FunctionWord.PlaceNoun | FunctionWord.PartyNoun)
                || st.S.Token(j).Kind == TokenKind.Number || st.Lex.NumberWords.Contains(w))
            {
                continue; // "aus dem Hafen Rajin", "from the port of Rajin", "on the shipping company X": the kind of place or party stands between
            }

            if (previous.Count > 0 && previous[^1].Adjective && previous[^1].End <= j && j - previous[^1].End < 2 && token.Kind == TokenKind.Word
                && st.Tree is { } g && g.Tree.Upos[j] == "NOUN" && (j == previous[^1].End || g.Tree.Upos[j - 1] == "NOUN"))
            {
                continue; // "gegen den russischen Konzern X", "on the Russian trading house X": the noun the adjective qualifies stands between
            }

            if (previous.Count > 0 && previous[^1].Adjective && previous[^1].Start <= j && j < previous[^1].End)
            {
                j = previous[^1].Start; // the adjective itself, of one word or two ("North Korean")
                continue;
            }

            if (previous.Count > 0 && previous[^1].Place && previous[^1].Start <= j && j < previous[^1].End)
            {
                steps = Math.Max(0, steps - (j - previous[^1].Start)); // the place counts as one word
                j = previous[^1].Start;
                continue; // "on the Vladivostok-based company X": a place qualifying the party stands between
            }

            break;
        }

        return (Marker.None, null);
    }

    private static bool SingularNounAfter(Grammar g, int article, int limit)
    {
        for (int j = article + 1; j <= limit && j < g.Tree.Count; j++)
        {
            if (g.Tree.Upos[j] == "NOUN")
            {
                return g.Tree.Feature(j, "Number") == "Sing";
            }
        }

        return false;
    }

    // True when every word of [start, end) is a word for goods, a unit or a number.
    // True when a noun for goods follows the name, at once or after names coordinated with it ("Volvo trucks", "Mercedes and
    // Volvo trucks"), or the tree makes the name a compound of such a noun ("Toyota sport-utility vehicles"): the name is their make.
    private bool MakeOfGoods(int start, int end)
    {
        bool Goods(int j) => j < st.S.Count && st.Lex.ItemWords.Find(st.S.Lower(j)).Value is { Category: not "-" };
        if (Goods(end))
        {
            return true;
        }

        if (end < st.S.Count && st.Lex.Words.Is(st.S.Lower(end), FunctionWord.Coordinator))
        {
            int j = end + 1;
            while (j < st.S.Count && j <= end + 3 && st.S.IsUpper(j) && !Goods(j))
            {
                j++;
            }

            if (j > end + 1 && Goods(j))
            {
                return true;
            }
        }

        // The tree as parsed: whether it is trusted is judged on the participants this finds.
        if (st.Tree is not { } g || g.HeadOf(start, end) is not (int head and >= 0))
        {
            return false;
        }

        for (int steps = 0; steps < 3 && g.Tree.Deprels[head] == "conj" && g.Tree.Heads[head] >= 0; steps++)
        {
            head = g.Tree.Heads[head];
        }

        for (int steps = 0; steps < 3 && g.Tree.Deprels[head] == "compound" && g.Tree.Heads[head] > head; steps++)
        {
            head = g.Tree.Heads[head];
            if (Goods(head))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesGoods(int start, int end)
    {
        for (int j = start; j < end; j++)
        {
            string w = st.S.Lower(j);
            bool goods = st.Lex.ItemWords.Find(w).Value is { Category: not "-" } || st.Lex.Units.ContainsKey(w) || st.S.Token(j).Kind == TokenKind.Number;
            if (!goods)
            {
                return false;
            }
        }

        return end > start;
    }
}
