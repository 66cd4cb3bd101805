using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>The state of one <see cref="EventExtractor.Extract"/> call: sentences are fed in order, then finished.</summary>
internal sealed class DocumentRun
{
    private static readonly string[] ParticipantSchemas = [SchemaNames.Country, SchemaNames.Address, SchemaNames.Person, SchemaNames.Organization, SchemaNames.PublicBody, SchemaNames.Company, SchemaNames.LegalEntity, SchemaNames.Vessel];

    private readonly EventLexicon _lex;
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly (int Year, int Month, int Day)? _date;
    private readonly List<(int Mention, int FirstToken, int EndToken)> _participants = [];
    private readonly List<RawEvent> _events = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _speech;


    public DocumentRun(EventLexicon lex, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, (int, int, int)? date, IReadOnlyList<TextSpan> furniture)
    {
        _lex = lex;
        _text = text;
        _tokens = tokens;
        _mentions = mentions;
        _date = date;
        _speech = lex.SpeechWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var inFurniture = new CoveringSpans(furniture.Select(f => (f.Start, f.End)));
        Furniture = inFurniture;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // An IMO number is the identifier of the ship named beside it, not a party of its own.
            if (Array.IndexOf(ParticipantSchemas, m.Schema) < 0 || inFurniture.Covers(m.Start, m.End) || MadeOrFlagged(m) || FlagOfAShip(text, m)
                || (m.Schema == SchemaNames.Vessel && m.Name.StartsWith("IMO", StringComparison.Ordinal)))
            {
                continue;
            }

            int first = FirstTokenAtOrAfter(m.Start);
            int end = FirstTokenAtOrAfter(m.End);
            if (m.Schema == SchemaNames.Address && end == first + 1 && IsItemWord(first))
            {
                continue; // "Rohöl" taken for a place by the tagger: goods are what moves, never a party
            }

            if (m.Schema != SchemaNames.Vessel && FlagOfAShip(first))
            {
                continue; // "unter der Flagge Sierra Leones", "under the flag of Panama": the flag a ship flies, no party (whatever the tagger took it for)
            }

            if (end > first)
            {
                _participants.Add((i, first, end));
            }
        }

        _participants.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
    }

    // "North Korean-made", "Russian-flagged", "Russian-made CNC" tagged as a name: a description of goods or a ship, never a party.
    // "vom Typ Mi-28", "KN-23", "T-72" tagged as a name: a model designation, never a party.
    private static bool MadeOrFlagged(Mention m) =>
        m.Schema is not (SchemaNames.Country or SchemaNames.Address) && (m.Text.EndsWith("-made", StringComparison.Ordinal)
            || m.Text.Contains("-made ", StringComparison.Ordinal) // goods, whatever follows; "Belize-flagged Hai Shun 18" still names the ship
            || m.Text.EndsWith("-flagged", StringComparison.Ordinal) || m.Text.EndsWith("-built", StringComparison.Ordinal) || ModelDesignation(m.Text));

    // "Russian-flagged", "Panama-registered": the flag the ship flies (its country through the affiliation), no party.
    private static bool FlagOfAShip(string text, Mention m) =>
        m.Schema == SchemaNames.Country && (text.AsSpan(m.End).StartsWith("-flagged", StringComparison.Ordinal)
            || text.AsSpan(m.End).StartsWith("-registered", StringComparison.Ordinal));

    private static bool ModelDesignation(string text)
    {
        if (text.StartsWith("Typ ", StringComparison.Ordinal) || text.StartsWith("type ", StringComparison.Ordinal))
        {
            return true; // "Geschütze vom Typ Koksan": whatever follows the word for a model names one
        }

        var name = text;
        int dash = name.IndexOf('-');
        // "G-7", "G-20" are groups of states, parties; a designation's letters are more than one or not a G.
        return dash is > 0 and <= 4 && dash + 1 < name.Length && char.IsDigit(name[dash + 1]) && !name.Contains(' ')
            && name[..dash].All(char.IsLetter) && char.IsUpper(name[0]) && !(dash == 1 && name[0] is 'G' or 'E');
    }

    // The flag noun before the country with at most an article or "of" between ("unter der Flagge Sierra Leones"). A flag's
    // adjective ("unter nordkoreanischer Flagge") stays: the ship's country, which carries its own country's goods as often.
    private bool FlagOfAShip(int first)
    {
        // Read where the words stand: this runs for every mention of a document.
        Span<char> buffer = stackalloc char[64];
        var determiners = _lex.Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int j = first - 1; j >= 0 && j >= first - 3; j--)
        {
            var w = LowerCase.Word(_text, _tokens[j], buffer);
            if (_lex.Words.Is(w, FunctionWord.FlagNoun))
            {
                return true;
            }

            if (w.IsEmpty || (!determiners.Contains(w) && !_lex.Words.Is(w, FunctionWord.OfCase)))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsItemWord(int token)
    {
        Span<char> buffer = stackalloc char[64];
        var lower = LowerCase.Word(_text, _tokens[token], buffer);
        return !lower.IsEmpty && _lex.ItemWords.Find(lower).Value is { Category: not "-" };
    }

    /// <summary>Processes one sentence: tokens [first, end) of the document, with its dependency tree when it was parsed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan over every token
    public void Sentence(int index, TextSpan span, int first, int end, Syntax.SentenceSyntax? tree = null)
    {
        Span<char> buffer = stackalloc char[64];
        List<(int Token, TriggerEntry Entry)>? triggers = null;
        bool speech = false, receipt = false;
        for (int k = first; k < end; k++)
        {
            var lower = LowerCase.Word(_text, _tokens[k], buffer);
            if (lower.IsEmpty)
            {
                continue;
            }

            var match = _lex.Triggers.Find(lower);
            if (match.Value is { } entry)
            {
                (triggers ??= []).Add((k - first, entry));
            }
            else if (!speech && _speech.Contains(lower))
            {
                speech = true;
            }
            else if (!receipt && _lex.Words.Is(lower, FunctionWord.ReceiptNoun))
            {
                receipt = true; // "took possession of drones": the verb of taking becomes the trigger (SentenceRun.Receipts)
            }
        }

        if (triggers is null && !speech && !receipt)
        {
            return;
        }

        var s = new SentenceWords(_lex, _text, _tokens, first, end);
        var parsed = tree is not null && tree.Count == end - first ? tree : null;
        new SentenceRun(new SentenceState(this, s, index, span) { Tree = parsed is null ? null : new Grammar(TreeRepair.Apply(parsed, _lex), _lex.Words, _lex.Shapes.VerbFinalInfinitive) }, triggers ?? []).Run();
    }

    /// <summary>True when mention <paramref name="mention"/> is a news agency or paper ("KCNA", "Reuters"): it reports, it never takes part.</summary>
    public bool IsNewsMedium(int mention) => _mentions[mention].Key is { } key && _lex.Words.Is(key, FunctionWord.NewsMedium);

    /// <summary>The event lexicon of the document's language.</summary>
    public EventLexicon Lexicon => _lex;

    /// <summary>The document's mentions.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The mentions that can take part in events, with their token ranges, in document order.</summary>
    public IReadOnlyList<(int Mention, int FirstToken, int EndToken)> Participants => _participants;

    /// <summary>Datelines and headline prefixes (character ranges): their dates are the report's, not an event's.</summary>
    public CoveringSpans Furniture { get; }

    /// <summary>The document's date, to resolve relative dates.</summary>
    public (int Year, int Month, int Day)? Date => _date;

    /// <summary>The events kept so far, in document order.</summary>
    public List<RawEvent> Events => _events;

    /// <summary>The last speaker named, with the index of their sentence, for "he said" in the sentences after.</summary>
    public (int Mention, int Sentence)? LastSpeaker { get; set; }

    /// <summary>Links denials to the claims they deny and returns the events.</summary>
    public IReadOnlyList<EventMention> Finish()
    {
        ImplicitParties.Complete(_events, SameSide);
        NameDescribedTargets();
        DirectFromOtherReports();
        HeadlineJoinsBody(); // after the parties left unsaid are found: a headline's may complete the body's

        // "The fuel was loaded at Vanino": with neither supplier nor recipient (nor doer nor target) no one did anything
        // to anyone, and the sentence stays out of the events, unless a denial names it as what it denies.
        _events.RemoveAll(e => e.Actor is null && e.Target is null && !e.Deny && e.DeniedBy is null);
        var result = new List<EventMention>(_events.Count);
        for (int i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            int? denies = null;
            if (e.Deny)
            {
                denies = DeniedClaim(i);
            }

            result.Add(new EventMention(e.Type, e.Mode, e.Actor, e.Target, e.Items, e.Date, e.Location, e.Modality, e.Claimant, e.Also is null ? [e.Sentence] : [.. e.Also, e.Sentence])
            {
                Denies = denies,
                Trigger = e.Trigger,
                Another = e.Another,
            });
        }

        return result;
    }

    private const int DescribedReach = 500; // characters after the listing's sentence: about the next three sentences

    /// <summary>
    /// "Die EU hat ein chinesisches Handelsunternehmen … auf ihre Sanktionsliste gesetzt. Die in Shenzhen registrierte Firma
    /// Xinlu Dianzi Maoyi habe …", "imposed sanctions on a Laotian bank … The Vientiane-based Sisavang Commercial Bank": a
    /// company, ship or person listed by its country only is the first firm or ship of that country (or of none known), or
    /// the first person of that country, the next sentences name; each name serves one listing.
    /// </summary>
    private void NameDescribedTargets()
    {
        var taken = new HashSet<int>();
        foreach (var e in _events)
        {
            if (e.DescribedAs == DescribedKind.None || e.Target is not { } described || (e.SentenceIndex == 0 && IsHeadline(e.Sentence)))
            {
                continue;
            }

            string? country = _mentions[described.Mention].Country;
            for (int i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Start < e.Sentence.End || m.Start > e.Sentence.End + DescribedReach)
                {
                    continue;
                }

                bool kind = e.DescribedAs switch
                {
                    DescribedKind.Ship => m.Schema == SchemaNames.Vessel && !m.Name.StartsWith("IMO", StringComparison.Ordinal),
                    DescribedKind.Person => m.Schema == SchemaNames.Person,
                    _ => m.Schema is SchemaNames.Company or SchemaNames.Organization or SchemaNames.LegalEntity,
                };
                // A person of no other country, and none who speaks: the minister or spokesman who announces it is named next as often.
                if (kind && (m.Country is null || m.Country == country) && !(e.DescribedAs == DescribedKind.Person && Speaks(m)) && !taken.Contains(i) && !IsNewsMedium(i)
                    && !(e.Actor is { } actor && SameThing(actor.Mention, i)))
                {
                    e.Target = new ArgumentRef(i);
                    taken.Add(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Sollten Nordkorea und Russland Waffenlieferungen in Gang setzen": two named together give goods no direction, but
    /// the document's other report of a transfer between the same two, of goods of a kind it names (or of goods it does
    /// not name), does ("lieferte Nordkorea … Raketenwerfer an Russland"): one that names both of the two (one naming a
    /// supplier alone may have sent to a third). Where the document tells both directions, or none, it stays without sides.
    /// </summary>
    private void DirectFromOtherReports()
    {
        foreach (var e in _events)
        {
            if (e.Undirected is not var (first, second) || e.Actor is not null || e.Target is not null)
            {
                continue;
            }

            var directions = _events
                .Where(o => o != e && o.Type == "TRANSFER" && o.Undirected is null && o.Actor is not null && o.Target is not null && SameGoods(e, o))
                .Select(o => Direction(o, first, second))
                .Where(d => d != 0)
                .Distinct()
                .ToList();
            if (directions.Count == 1)
            {
                (e.Actor, e.Target) = directions[0] > 0 ? (first, second) : (second, first);
            }
        }
    }

    // +1 when the report runs from the first to the second of the two, -1 the other way, 0 when it tells neither.
    private int Direction(RawEvent o, ArgumentRef first, ArgumentRef second)
    {
        bool Is(ArgumentRef? side, ArgumentRef party) => side is not null && SameSide(side.Mention, party.Mention);
        bool forward = Is(o.Actor, first) && Is(o.Target, second);
        bool backward = Is(o.Actor, second) && Is(o.Target, first);
        return forward == backward ? 0 : forward ? 1 : -1;
    }

    // A transfer noun is kept only with goods (SentenceRun.Keep), so the undirected one always names some.
    private static bool SameGoods(RawEvent e, RawEvent o) =>
        o.Items.Count == 0 || e.Items.Any(i => o.Items.Any(j => j.Category == i.Category));

    /// <summary>
    /// A headline tells the body's happening in fewer words and drops its source and hedges ("Pjöngjang bestreitet
    /// Drohnenlieferungen", "London belegt Logistikkonzern mit Sanktionen"). A headline event whose parties the body's
    /// event of the same type has too (or leaves open) is that event: it joins it as one more cited sentence, gives it a
    /// party the body left open, and the body's modality and claimant say how firmly it is known.
    /// </summary>
    private void HeadlineJoinsBody()
    {
        for (int h = _events.Count - 1; h >= 0; h--)
        {
            var headline = _events[h];
            if (headline.SentenceIndex != 0 || !IsHeadline(headline.Sentence))
            {
                continue;
            }

            RawEvent? body = null;
            int best = -1;
            foreach (var e in _events)
            {
                if (e.SentenceIndex == 0 || e.Type != headline.Type || e.Deny != headline.Deny
                    || !Fits(headline.Actor, e.Actor) || !Fits(headline.Target, e.Target))
                {
                    continue;
                }

                // The body event that names most of the headline's parties; the first of equals.
                int shared = (Named(headline.Actor, e.Actor) ? 1 : 0) + (Named(headline.Target, e.Target) ? 1 : 0);
                if (shared > best)
                {
                    (body, best) = (e, shared);
                }
            }

            if (body is null || best == 0 && (headline.Actor is not null || headline.Target is not null))
            {
                continue; // a headline whose only party the body never names tells something else
            }

            body.Actor ??= headline.Actor;
            body.Target ??= headline.Target;
            body.Location ??= headline.Location; // "at North Korean port": where the goods went, for the recipient's country
            body.Date ??= headline.Date;
            if (headline.Modality is "denied" or "negated" && body.Modality is "asserted" or "reported")
            {
                // "North Korea denies sending missile engineers": a headline's denial is no hedge the body may drop.
                (body.Modality, body.Claimant, body.DeniedBy) = (headline.Modality, headline.Claimant, body.DeniedBy ?? headline.DeniedBy);
            }
            var more = headline.Items.Where(item => !body.Items.Exists(i => i.Category == item.Category)).ToList();
            if (more.Count > 0)
            {
                body.Items = [.. body.Items, .. more]; // a new list: copies of one event share theirs
            }

            (body.Also ??= []).Insert(0, headline.Sentence);
            foreach (var e in _events)
            {
                if (ReferenceEquals(e.DeniedBy, headline))
                {
                    e.DeniedBy = body;
                }
            }

            _events.RemoveAt(h);
        }

        bool Fits(ArgumentRef? head, ArgumentRef? b) => head is null || b is null || SameSide(head.Mention, b.Mention);
        bool Named(ArgumentRef? head, ArgumentRef? b) => head is not null && b is not null && SameSide(head.Mention, b.Mention);
    }

    // A first line with no full stop of its own, ended by a line break.
    private bool IsHeadline(TextSpan sentence)
    {
        var line = _text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd();
        return line.Length > 0 && char.IsLetterOrDigit(line[^1])
            && (sentence.End >= _text.Length || _text.AsSpan(sentence.End).TrimStart(' ').StartsWith("\n", StringComparison.Ordinal));
    }

    /// <summary>True when mentions <paramref name="a"/> and <paramref name="b"/> name one thing: the same mention, key or name.</summary>
    public bool SameThing(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return false;
        }

        var (x, y) = (_mentions[a], _mentions[b]);
        return a == b || (x.Key is not null && x.Key == y.Key) || string.Equals(x.Name, y.Name, StringComparison.Ordinal);
    }

    // One thing, or a country and a place in it ("Pjöngjang", "Nordkorea"): the same side of a transfer.
    public bool SameSide(int a, int b) =>
        SameThing(a, b) || (a >= 0 && b >= 0 && _mentions[a].Country is { } x && x == _mentions[b].Country
            && _mentions[a].Schema is "Country" or "Address" && _mentions[b].Schema is "Country" or "Address");

    private bool SameParty(ArgumentRef? a, ArgumentRef? b) => a is null || b is null ? a is null && b is null : SameThing(a.Mention, b.Mention);

    private int? DeniedClaim(int deny)
    {
        var d = _events[deny];
        for (int j = deny + 1; j < _events.Count && _events[j].SentenceIndex == d.SentenceIndex; j++)
        {
            if (ReferenceEquals(_events[j].DeniedBy, d))
            {
                return j;
            }
        }

        int? nearest = null;
        for (int j = deny - 1; j >= 0 && _events[j].SentenceIndex >= d.SentenceIndex - 3; j--)
        {
            var e = _events[j];
            if (e.Deny || e.Type == "REJECT")
            {
                continue;
            }

            if (e.Type is "TRANSFER" or "ASSAULT" or "SUPPORT" or "AID" or "COOPERATE")
            {
                return j;
            }

            nearest ??= j;
        }

        return nearest;
    }

    /// <summary>The index in <see cref="Participants"/> of the first participant whose first token is at or after <paramref name="token"/>.</summary>
    public int FirstParticipantAtOrAfter(int token) => SortedSearch.FirstAtOrAfter(_participants, token, static p => p.FirstToken);

    /// <summary>Whether a participant's first token lies in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool AnyParticipantStartsIn(int from, int to)
    {
        int i = FirstParticipantAtOrAfter(from);
        return i < _participants.Count && _participants[i].FirstToken < to;
    }

    // A verb of saying within two words of the name ("…, said Yoko Kamikawa", "Kamikawa told reporters").
    private bool Speaks(Mention m)
    {
        Span<char> buffer = stackalloc char[64];
        int first = FirstTokenAtOrAfter(m.Start), end = FirstTokenAtOrAfter(m.End);
        for (int j = Math.Max(0, first - 2); j < Math.Min(_tokens.Count, end + 2); j++)
        {
            if ((j < first || j >= end) && _speech.Contains(LowerCase.Word(_text, _tokens[j], buffer)))
            {
                return true;
            }
        }

        return false;
    }

    private int FirstTokenAtOrAfter(int offset) => TokenSearch.FirstAtOrAfter(_tokens, offset);
}
