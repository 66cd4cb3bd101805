using System.Runtime.CompilerServices;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Events;

/// <summary>The state of one <see cref="EventExtractor.Extract"/> call: sentences are fed in order, then finished.</summary>
internal sealed class DocumentRun
{
    private static readonly string[] ParticipantSchemas = ["Country", "Address", "Person", "Organization", "PublicBody", "Company", "LegalEntity"];

    private readonly EventLexicon _lex;
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly (int Year, int Month, int Day)? _date;
    private readonly List<(int Mention, int FirstToken, int EndToken)> _participants = [];
    private readonly List<RawEvent> _events = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _speech;
    private (int Mention, int Sentence)? _lastSpeaker;

    public DocumentRun(EventLexicon lex, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, (int, int, int)? date)
    {
        _lex = lex;
        _text = text;
        _tokens = tokens;
        _mentions = mentions;
        _date = date;
        _speech = lex.SpeechWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (Array.IndexOf(ParticipantSchemas, m.Schema) < 0)
            {
                continue;
            }

            int first = FirstTokenAtOrAfter(m.Start);
            int end = FirstTokenAtOrAfter(m.End);
            if (end > first)
            {
                _participants.Add((i, first, end));
            }
        }

        _participants.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
    }

    /// <summary>The index of the first participant whose first token is at or after <paramref name="token"/>.</summary>
    private int FirstParticipantAtOrAfter(int token)
    {
        int lo = 0, hi = _participants.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_participants[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether a participant's first token lies in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool AnyParticipantStartsIn(int from, int to)
    {
        int i = FirstParticipantAtOrAfter(from);
        return i < _participants.Count && _participants[i].FirstToken < to;
    }

    /// <summary>Processes one sentence: tokens [first, end) of the document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan over every token
    public void Sentence(int index, TextSpan span, int first, int end)
    {
        Span<char> buffer = stackalloc char[64];
        List<(int Token, TriggerEntry Entry)>? triggers = null;
        bool speech = false;
        for (int k = first; k < end; k++)
        {
            var t = _tokens[k];
            if (t.Kind != TokenKind.Word || t.Length > buffer.Length)
            {
                continue;
            }

            var lower = buffer[..t.Length];
            LowerCase.Invariant(_text.AsSpan(t.Start, t.Length), lower);
            var match = _lex.Triggers.Find(lower);
            if (match.Value is { } entry)
            {
                (triggers ??= []).Add((k - first, entry));
            }
            else if (!speech && _speech.Contains(lower))
            {
                speech = true;
            }
        }

        if (triggers is null && !speech)
        {
            return;
        }

        var s = new SentenceWords(_lex, _text, _tokens, first, end);
        new SentenceRun(this, s, index, span, triggers ?? []).Run();
    }

    /// <summary>Links denials to the claims they deny and returns the events.</summary>
    public IReadOnlyList<EventMention> Finish()
    {
        var result = new List<EventMention>(_events.Count);
        for (int i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            int? denies = null;
            if (e.Deny)
            {
                denies = DeniedClaim(i);
            }

            result.Add(new EventMention(e.Type, e.Mode, e.Actor, e.Target, e.Items, e.Date, e.Location, e.Modality, e.Claimant, [e.Sentence])
            {
                Denies = denies,
                Trigger = e.Trigger,
            });
        }

        return result;
    }

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

    private int FirstTokenAtOrAfter(int offset) => TokenSearch.FirstAtOrAfter(_tokens, offset);

    /// <summary>An event being built, with what the linking needs.</summary>
    internal sealed class RawEvent
    {
        public required string Type { get; set; }

        public string? Mode { get; set; }

        public ArgumentRef? Actor { get; set; }

        public ArgumentRef? Target { get; set; }

        public List<ItemMention> Items { get; set; } = [];

        public EventDate? Date { get; set; }

        public int? Location { get; set; }

        public string Modality { get; set; } = "asserted";

        public ArgumentRef? Claimant { get; set; }

        public TextSpan Sentence { get; set; }

        public int SentenceIndex { get; set; }

        public TextSpan Trigger { get; set; }

        public int TriggerToken { get; set; }

        public int Clause { get; set; }

        public bool Noun { get; set; }

        public bool Deny { get; set; }

        public RawEvent? DeniedBy { get; set; }

        public Participant? Subject { get; set; }

        public bool NeedsItem { get; set; }
    }

    /// <summary>The rules for one sentence.</summary>
    private sealed class SentenceRun(DocumentRun doc, SentenceWords s, int index, TextSpan span, List<(int Token, TriggerEntry Entry)> triggers)
    {
        private readonly EventLexicon _lex = doc._lex;
        private CueKind[] _cue = [];
        private int[] _clause = [];
        private int[] _hard = [];
        private List<Participant> _parts = [];
        private readonly HashSet<int> _excluded = [];
        private Participant? _claimant;
        private Participant? _speaker;
        private int _speechAt = -1;
        private bool _unnamedSource;
        private bool _claim;
        private CueKind _sentenceCues;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run()
        {
            Cues();
            Participants();
            Sources();
            if (_speaker is not null)
            {
                doc._lastSpeaker = (_speaker.Mention, index);
            }

            if (triggers.Count == 0)
            {
                return;
            }

            var dates = DateFinder.Find(s, doc._date);
            var built = new List<RawEvent>();
            var pendingQuantity = (Quantity?)null;
            var valid = new List<(int Token, TriggerEntry Entry, bool Noun)>();
            foreach (var (k, entry) in triggers)
            {
                if (valid.Count > 0 && valid[^1].Token == k - 1 && valid[^1].Entry.Type == entry.Type)
                {
                    continue; // "Waffen liefern" style doubles of one word family
                }

                if (entry.Particle is { } particle && !HasParticle(k, particle))
                {
                    continue;
                }

                if (_lex.German && entry.Noun && !s.IsUpper(k))
                {
                    continue;
                }

                valid.Add((k, entry, entry.Noun || (_lex.German && s.IsUpper(k) && k > 0)));
            }

            for (int i = 0; i < valid.Count; i++)
            {
                var (k, entry, noun) = valid[i];
                int lo = 0, hi = s.Count;
                if (i > 0)
                {
                    int previousToken = valid[i - 1].Token;
                    int cut = Cut(previousToken, k);
                    lo = (cut >= 0 ? cut : previousToken) + 1;
                }

                if (i + 1 < valid.Count)
                {
                    int nextToken = valid[i + 1].Token;
                    int cut = Cut(k, nextToken);
                    hi = cut >= 0 ? cut : nextToken;
                }

                // A trigger's arguments after it stay in its clause ("…, Öl zu liefern, um Arbeiter zu gewinnen").
                int clauseEnd = k + 1;
                while (clauseEnd < hi && (_hard[clauseEnd] == _hard[k]
                    || (s.Lower(clauseEnd) == "," && clauseEnd + 1 < hi && IsItemWord(clauseEnd + 1))
                    || (clauseEnd > 0 && s.Lower(clauseEnd - 1) == "," && IsItemWord(clauseEnd))))
                {
                    clauseEnd++;
                }

                hi = clauseEnd;
                int clauseStart = k;
                while (clauseStart > lo && _hard[clauseStart - 1] == _hard[k])
                {
                    clauseStart--;
                }

                if (clauseStart > 0 && ((_cue[clauseStart] & CueKind.Clause) != 0 || (clauseStart + 1 < s.Count && (_cue[clauseStart + 1] & CueKind.Clause) != 0)))
                {
                    lo = clauseStart; // a subordinate clause has its own subject ("…, dass Kim Russland Granaten liefert")
                }
                var e = Build(k, entry, noun, lo, hi, built, dates, ref pendingQuantity);
                if (e is not null)
                {
                    built.Add(e);
                }
            }

            Merge(built);
            foreach (var e in built)
            {
                if (Keep(e))
                {
                    doc._events.Add(e);
                }
            }
        }

        /// <summary>The last conjunction or clause break strictly between two triggers, or -1: it separates their arguments.</summary>
        private int Cut(int from, int to)
        {
            int found = -1;
            for (int j = from + 1; j < to; j++)
            {
                if (s.Lower(j) is "und" or "and" or "sowie" or "aber" or "but" or "while" or "während" or ";" || _clause[j] != _clause[j - 1])
                {
                    found = j;
                }
            }

            return found;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Cues()
        {
            _cue = new CueKind[s.Count];
            _clause = new int[s.Count];
            _hard = new int[s.Count];
            int clause = 0, hard = 0;
            for (int k = 0; k < s.Count; k++)
            {
                var (length, kind) = _lex.Cues.Match(s.Words, k, s.Count);
                if (length > 0)
                {
                    // A phrase's kind sits on its first word; "nicht nur" hides the negation of "nicht".
                    _cue[k] |= kind;
                    _sentenceCues |= kind;
                    for (int j = k + 1; j < k + length; j++)
                    {
                        _cue[j] |= CueKind.NegationNone;
                    }
                }

                bool hardBreak = (s.IsPunct(k) && s.Lower(k) is "," or ";" or ":") || ((kind & CueKind.Clause) != 0 && length > 0 && !(k > 0 && s.Lower(k - 1) == ","));
                if (hardBreak || (s.IsPunct(k) && s.Lower(k) is "(" or ")" or "\"" or "„" or "“" or "”" or "»" or "«" or "–" or "—"))
                {
                    clause++;
                }

                if (hardBreak)
                {
                    hard++;
                }

                _clause[k] = clause;
                _hard[k] = hard;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Participants()
        {
            var parts = new List<Participant>();
            int sentenceStart = s.First, sentenceEnd = s.First + s.Count;
            // Participants are sorted by first token: start at this sentence's first one, so a document's cost
            // stays linear in its length instead of sentences × participants.
            for (int p = doc.FirstParticipantAtOrAfter(sentenceStart); p < doc._participants.Count; p++)
            {
                var (m, first, end) = doc._participants[p];
                if (first >= sentenceEnd)
                {
                    break;
                }

                if (parts.Count > 0 && first < parts[^1].End + sentenceStart)
                {
                    continue; // nested in the previous, longer mention
                }

                var mention = doc._mentions[m];
                bool seat = mention.Schema == "Address" && (_lex.Seats.Contains(mention.Name) || _lex.Seats.Contains(mention.Text));
                bool place = mention.Schema == "Address" && !seat;
                bool person = mention.Schema is not ("Country" or "Address");
                int start = first - sentenceStart;
                var marker = MarkerBefore(start, parts);
                int after = Math.Min(end, sentenceEnd) - sentenceStart;
                bool adjective = mention.Schema == "Country" && (_lex.German
                    ? char.IsLower(mention.Text[0])
                    : mention.Text != mention.Name && (mention.Text.EndsWith("an", StringComparison.Ordinal) || mention.Text.EndsWith("ese", StringComparison.Ordinal) || mention.Text.EndsWith("ish", StringComparison.Ordinal)));

                // "Nordkoreas Machthaber Kim", "Russia's president": a possessive modifies the noun after it.
                bool possessive = mention.Schema is "Country" or "Address" && after < s.Count && !s.IsPunct(after) && (_lex.German
                    ? mention.Text.EndsWith('s') && !mention.Name.EndsWith('s') && s.IsUpper(after) && _lex.Triggers.Find(s.Lower(after)).Value is not { Noun: false }
                    : s.Lower(after) is "'s" or "’s");

                // "gave North Korea's leader two limousines": a country's title with no name after it is that country.
                int title = _lex.German ? after : after + 1;
                possessive &= !(title < s.Count && IsTitle(title) && !doc.AnyParticipantStartsIn(sentenceStart + title + 1, sentenceStart + title + 3));
                adjective |= possessive;

                // "im Fernen Osten Russlands": a genitive after a noun that is not an event word belongs to that noun.
                adjective |= _lex.German && mention.Schema is "Country" or "Address" && start > 0 && mention.Text.EndsWith('s') && !mention.Name.EndsWith('s')
                    && !s.IsPunct(start - 1) && s.IsUpper(start - 1) && _lex.Triggers.Find(s.Lower(start - 1)).Value is null
                    && !parts.Any(p => p.End == start);
                parts.Add(new Participant(m, start, Math.Min(end, sentenceEnd) - sentenceStart, marker, seat, place, person, adjective));
            }

            _parts = parts;
        }

        private Marker MarkerBefore(int start, List<Participant> previous)
        {
            for (int j = start - 1, steps = 0; j >= 0 && steps < 4; j--, steps++)
            {
                string w = s.Lower(j);
                if (_lex.TargetMarks.Contains(w) || w is "einladung" or "invitation" or "gastgeber" or "host")
                {
                    // "auf Einladung des Präsidenten Putin", "at the invitation of": the host, not the visitor.
                    return Marker.Target;
                }

                if (_lex.SourceMarks.Contains(w))
                {
                    return Marker.Source;
                }

                if (_lex.LocationMarks.Contains(w))
                {
                    return Marker.Location;
                }

                if (w is "und" or "and" or "sowie" or "oder" or "or" && previous.Count > 0 && previous[^1].End == j)
                {
                    return previous[^1].Marker;
                }

                if (_lex.Determiners.Contains(w) || IsTitle(j) || IsAdjective(j))
                {
                    continue;
                }

                break;
            }

            return Marker.None;
        }

        private bool IsItemWord(int k) => !s.IsPunct(k) && (_lex.ItemWords.Find(s.Lower(k)).Value is { Category: not "-" } || _lex.ItemPhrases.Starts(s.Lower(k)));

        private bool IsTitle(int k) => !s.IsPunct(k) && _lex.Titles.Find(s.Lower(k)).Value is not null;

        private bool IsAdjective(int k)
        {
            if (!_lex.German || s.IsPunct(k) || s.IsUpper(k))
            {
                return false;
            }

            string w = s.Lower(k);
            return w.Length > 3 && (w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal)
                || w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("em", StringComparison.Ordinal))
                && _lex.Triggers.Find(w).Value is null && (_cue[k] & (CueKind.Speech | CueKind.Future | CueKind.Perfect | CueKind.Passive | CueKind.ModalSoll)) == 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Sources()
        {
            for (int k = 0; k < s.Count; k++)
            {
                var kind = _cue[k];
                if (kind == CueKind.None)
                {
                    continue;
                }

                int length = Math.Max(1, _lex.Cues.Match(s.Words, k, s.Count).Length);
                if ((kind & CueKind.SourceBefore) != 0)
                {
                    bool so = s.Lower(k) == "so";
                    if (so && !(k > 0 && IsQuoteOrComma(k - 1)))
                    {
                        continue;
                    }

                    var p = After(k + length, 3);
                    if (p is not null)
                    {
                        _claimant ??= p;
                        _excluded.Add(p.Mention);
                    }
                    else if (!so)
                    {
                        _unnamedSource = true;
                    }
                }

                if ((kind & CueKind.SourceAfter) != 0)
                {
                    var p = _parts.LastOrDefault(x => x.End == k || x.End == k - 1);
                    if (p is not null)
                    {
                        _claimant ??= p;
                        _excluded.Add(p.Mention);
                    }
                    else
                    {
                        _unnamedSource = true;
                    }
                }

                if ((kind & (CueKind.Speech | CueKind.Claim)) != 0)
                {
                    _claim |= (kind & CueKind.Claim) != 0;
                    var p = Speaker(k, length, (kind & CueKind.Speech) == 0);
                    if (p is not null && _speaker is null)
                    {
                        _speaker = p;
                        _speechAt = k;
                    }
                }
            }
        }

        private Participant? Speaker(int k, int length, bool claimOnly)
        {
            bool inverted = k > 0 && IsQuoteOrComma(k - 1);
            var after = claimOnly ? null : After(k + length, 3);
            if (after is not null && (inverted || after.Person))
            {
                return after;
            }

            if (!claimOnly && UnnamedSubject(k))
            {
                return null; // ", analysts say": the speakers are not named, whoever the sentence named before
            }

            bool pronoun = (k + length < s.Count && (_cue[k + length] & CueKind.Pronoun) != 0) || (k > 0 && (_cue[k - 1] & CueKind.Pronoun) != 0);
            if (pronoun && doc._lastSpeaker is { } last && index - last.Sentence <= 6)
            {
                return new Participant(last.Mention, -1, -1, Marker.None, false, false, true);
            }

            Participant? before = null;
            foreach (var p in _parts)
            {
                if (p.End > k)
                {
                    break;
                }

                if (p.Person || p.End == k)
                {
                    before = p.Person || before is null || !before.Person ? p : before;
                }
            }

            return before is not null && !before.Place ? before : null;
        }

        // A verb of saying whose subject, right after a comma or quote, is a common noun ("…, analysts say",
        // "…, the ministry said", "…, sagten Diplomaten" is handled by the inverted case).
        private bool UnnamedSubject(int k)
        {
            for (int j = k - 1, words = 0; j >= 0 && words <= 3; j--, words++)
            {
                if (IsQuoteOrComma(j))
                {
                    return words > 0;
                }

                if (s.IsPunct(j) || s.IsUpper(j) || _parts.Any(p => p.Start <= j && j < p.End))
                {
                    return false;
                }
            }

            return false;
        }

        private Participant? After(int from, int window)
        {
            foreach (var p in _parts)
            {
                if (p.Start < from)
                {
                    continue;
                }

                if (p.Start > from + window)
                {
                    return null;
                }

                for (int j = from; j < p.Start; j++)
                {
                    if (!(_lex.Determiners.Contains(s.Lower(j)) || IsTitle(j) || IsAdjective(j)))
                    {
                        return null;
                    }
                }

                return p.Place ? null : p;
            }

            return null;
        }

        private bool IsQuoteOrComma(int k) => s.IsPunct(k) && s.Lower(k) is "," or "\"" or "“" or "”" or "«" or "»" or "'";

        private bool HasParticle(int k, string particle)
        {
            for (int j = k + 1; j < s.Count; j++)
            {
                if (s.Lower(j) == particle && (j + 1 == s.Count || s.IsPunct(j + 1) || s.Lower(j + 1) is "und" or "and"))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private RawEvent? Build(int k, TriggerEntry entry, bool noun, int lo, int hi, List<RawEvent> built, List<DateFinder.Found> dates, ref Quantity? pendingQuantity)
        {
            int clause = _clause[k];
            var region = new List<Participant>();
            foreach (var p in _parts)
            {
                if (p.Start >= lo && p.Start < hi && !(p.Start <= k && k < p.End) && !_excluded.Contains(p.Mention)
                    && !(p.Mention == _speaker?.Mention && _speechAt != k))
                {
                    region.Add(p);
                }
            }

            bool passive = IsParticiple(k) && PassiveNear(k, clause) && entry.Frame != Frame.Deny;
            var unmarked = new List<Participant>();
            foreach (var p in region)
            {
                if (p.Marker == Marker.None && !p.Place && !p.Adjective && !unmarked.Any(u => SameThing(u.Mention, p.Mention)))
                {
                    unmarked.Add(p);
                }
            }

            int clauseStart = k;
            while (clauseStart > 0 && _hard[clauseStart - 1] == _hard[k])
            {
                clauseStart--;
            }

            if (unmarked.Count == 0 && noun)
            {
                // "dass Kim und Putin bei dessen Besuch einen Vertrag … schließen": a noun takes the clause's names.
                foreach (var p in _parts)
                {
                    if (p.Start >= clauseStart && p.Start < k && p.Marker == Marker.None && !p.Place && !p.Adjective && !_excluded.Contains(p.Mention)
                        && !unmarked.Any(u => SameThing(u.Mention, p.Mention)))
                    {
                        unmarked.Add(p);
                    }
                }
            }

            // A relative clause right after a name has that name as its subject ("dem iranischen Regime, das … Russland … versorgt").
            Participant? antecedent = null;
            if (!noun && clauseStart > 0 && clauseStart + 1 < k && s.Lower(clauseStart) == "," && s.Lower(clauseStart + 1) is "das" or "der" or "die" or "welches" or "welcher" or "which" or "who" or "that")
            {
                antecedent = _parts.LastOrDefault(p => p.End <= clauseStart && p.End >= clauseStart - 2 && !p.Place);
            }

            if (antecedent is not null)
            {
                unmarked.RemoveAll(u => SameThing(u.Mention, antecedent.Mention));
                unmarked.Insert(0, antecedent);
            }
            var targets = region.Where(p => p.Marker == Marker.Target && !p.Place && !SameThing(p.Mention, antecedent?.Mention ?? -1)).ToList();
            var sources = region.Where(p => p.Marker == Marker.Source && !p.Place && !SameThing(p.Mention, antecedent?.Mention ?? -1)).ToList();
            var places = region.Where(p => p.Place || p.Marker == Marker.Location).ToList();
            var origin = region.FirstOrDefault(p => p.Adjective && p.Marker == Marker.None);
            var previous = built.Count > 0 ? built[^1] : null;

            Participant? subject = unmarked.FirstOrDefault();
            Participant? other = unmarked.Skip(1).FirstOrDefault();
            bool pronounSubject = subject is not null && !noun && AnyBetween(lo, subject.Start, clause, CueKind.Pronoun);
            if (pronounSubject)
            {
                // "weil es Nordkorea … versorgt habe": the pronoun is the subject, the name an object.
                other = subject;
                subject = null;
            }

            bool elided = !noun && previous is not null && k > 0 && s.Lower(k - 1) is "und" or "and" or "sowie" or "aber" or "but" or "or" or "oder";
            if (elided && subject is not null)
            {
                // "verhängten Sanktionen … und warnten Nordkorea": the subject is the first verb's, the name an object.
                other = subject;
                subject = null;
            }

            if (subject is null && !noun && !pronounSubject && !elided && k > 0 && s.Lower(k - 1) is "zu" or "to")
            {
                // "Die USA verdächtigen Moskau, Waffen kaufen zu wollen" / "plant, Öl zu liefern": the nearest name before the clause.
                for (int j = _parts.Count - 1; j >= 0; j--)
                {
                    var p = _parts[j];
                    if (p.Start < k && _hard[p.Start] < _hard[k] && p.Marker == Marker.None && !p.Place && !p.Adjective && !_excluded.Contains(p.Mention))
                    {
                        subject = p;
                        break;
                    }
                }
            }

            RawEvent? accusation = previous is { Type: "ACCUSE", Target: not null } && subject is null && !noun ? previous : null;
            if (subject is null && !noun && !pronounSubject && accusation is null && previous?.Subject is { } inherited && previous.Clause <= clause)
            {
                subject = inherited;
            }

            if (subject is null && !noun && AnyBefore(k, clause, CueKind.Pronoun) && _speaker is not null)
            {
                subject = _speaker;
            }

            Participant? actor, target;
            if (passive)
            {
                target = subject ?? targets.FirstOrDefault();
                actor = sources.FirstOrDefault();
            }
            else if (entry.Frame == Frame.Receive)
            {
                target = subject;
                actor = sources.FirstOrDefault() ?? other ?? targets.FirstOrDefault();
            }
            else
            {
                actor = subject ?? sources.FirstOrDefault();
                target = targets.FirstOrDefault() ?? other;
                if (entry.Type != "TRANSFER" && target is null && sources.FirstOrDefault() is { } asked && !ReferenceEquals(asked, actor))
                {
                    target = asked; // "fordert von Südkorea", "asked Germany for"
                }
            }

            if (origin is not null)
            {
                // "nordkoreanische Arbeiter", "a North Korean delegation": the origin of the goods or the party met.
                bool ofGoods = origin.End < s.Count && !s.IsPunct(origin.End) && _lex.ItemWords.Find(s.Lower(origin.End)).Value is not null;
                if (entry.Type == "TRANSFER" && entry.Frame == Frame.Receive && !ofGoods && target is null && origin.Mention != actor?.Mention)
                {
                    target = origin; // "ein nordkoreanischer Diplomat … beschaffen": the procurer's side
                }
                else if ((entry.Type == "TRANSFER" || origin.Start < k) && actor is null && origin.Mention != target?.Mention)
                {
                    actor = origin;
                }
                else if (entry.Type != "TRANSFER" && target is null && origin.Mention != actor?.Mention)
                {
                    target = origin;
                }
            }

            var location = places.FirstOrDefault(p => p.Marker == Marker.Location) ?? places.FirstOrDefault(p => p.Place);
            if (entry.Mode == "visit" && target is null && location is not null && (location.Seat || !location.Place))
            {
                target = location;
            }

            if (target is not null && actor is not null && SameThing(target.Mention, actor.Mention))
            {
                target = null;
            }

            var e = new RawEvent
            {
                Type = entry.Type,
                Mode = entry.Mode,
                Actor = Ref(actor),
                Target = Ref(target),
                Sentence = span,
                SentenceIndex = index,
                Trigger = new TextSpan(s.Token(k).Start, s.Token(k).End),
                TriggerToken = k,
                Clause = clause,
                Noun = noun,
                Deny = entry.Frame == Frame.Deny,
                Subject = subject,
                NeedsItem = entry.NeedsItem,
                Location = location is not null && (location.Place || location.Marker == Marker.Location) && location.Mention != actor?.Mention && location.Mention != target?.Mention
                    ? location.Mention : null,
            };

            if (entry.Type is "TRANSFER" || entry.Aid)
            {
                Items(e, k, lo, hi, ref pendingQuantity);
                if (e.Items.Count == 0 && entry.Type == "TRANSFER" && previous is { Type: "TRANSFER", Items.Count: > 0 })
                {
                    // Ellipsis: "zusätzlich zu den bereits gelieferten fünf Millionen" takes the items of the event before.
                    foreach (var item in previous.Items)
                    {
                        e.Items.Add(pendingQuantity is not null ? item with { Quantity = pendingQuantity } : item);
                        pendingQuantity = null;
                    }

                    e.Actor ??= previous.Actor;
                    e.Target ??= previous.Target is { } t && t.Mention != e.Actor?.Mention ? t : null;
                }
            }

            if (entry.Aid)
            {
                if (e.Items.Count > 0)
                {
                    e.Type = "TRANSFER";
                    e.Mode = e.Items.All(x => x.Category is "food" or "other" or "fertiliser") ? "humanitarian" : null;
                }
                else
                {
                    e.Mode = null;
                }
            }

            e.Date = NearestDate(dates, k, lo, hi);
            Modality(e, entry, k, clause, built);
            if (accusation is not null && e.Modality is not "denied")
            {
                // "Japan accused North Korea of selling shells": the accused did it, on the accuser's word.
                e.Actor ??= accusation.Target;
                e.Claimant = accusation.Actor;
                e.Modality = e.Modality is "asserted" or "reported" ? "alleged" : e.Modality;
            }

            return e;
        }

        private void Items(RawEvent e, int k, int lo, int hi, ref Quantity? pending)
        {
            for (int j = lo; j < hi; j++)
            {
                if (s.IsPunct(j) || InParticipant(j))
                {
                    continue;
                }

                var (length, phrase) = _lex.ItemPhrases.Match(s.Words, j, hi);
                if (phrase is null && _lex.ItemPhrases.Match(s.Words, j, s.Count) is { Value.Category: "-" } beyond)
                {
                    // "… satellite images show": a non-item phrase may run past the trigger's region.
                    (length, phrase) = beyond;
                }

                ItemEntry? item = phrase;
                int last = j + Math.Max(length, 1) - 1;
                if (item is null)
                {
                    if (_lex.German && !s.IsUpper(j))
                    {
                        continue;
                    }

                    item = _lex.ItemWords.Find(s.Lower(j)).Value;
                }

                if (item is null)
                {
                    continue;
                }

                if (item.Category == "-")
                {
                    // "satellite images": the words are how something was seen, not what moved.
                    j = last;
                    continue;
                }

                int start = s.Token(j).Start;
                int end = s.Token(last).End;
                if (e.Items.Count > 0 && e.Items[^1] is { } before && before.Category == item.Category && before.End == s.Token(j - 1).End && j > lo)
                {
                    // "artillery shells", "Öl und Gas" stay one item when the words are adjacent.
                    e.Items[^1] = before with { End = end, Text = s.Text[before.Start..end] };
                    j = last;
                    continue;
                }

                var quantity = QuantityParser.Before(s, j, lo, item.Category);
                e.Items.Add(new ItemMention(start, end, s.Text[start..end], item.Category, quantity));
                j = last;
            }

            // A quantity without its noun ("fünf Millionen") goes to the first item without one.
            for (int j = lo; j < hi; j++)
            {
                if (!_lex.Multipliers.ContainsKey(s.Lower(j)) || (j + 1 < hi && !s.IsPunct(j + 1) && _lex.ItemWords.Find(s.Lower(j + 1)).Value is not null))
                {
                    continue;
                }

                var q = QuantityParser.Elliptic(s, j, lo);
                if (q is null || e.Items.Any(x => x.Quantity?.Text == q.Text))
                {
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

        private bool SameThing(int a, int b)
        {
            if (a < 0 || b < 0)
            {
                return false;
            }

            var x = doc._mentions[a];
            var y = doc._mentions[b];
            return a == b || (x.Key is not null && x.Key == y.Key) || string.Equals(x.Name, y.Name, StringComparison.Ordinal);
        }

        private bool InParticipant(int j) => _parts.Any(p => p.Start <= j && j < p.End);

        private static EventDate? NearestDate(List<DateFinder.Found> dates, int k, int lo, int hi)
        {
            DateFinder.Found? best = null;
            int bestDistance = int.MaxValue;
            foreach (var d in dates)
            {
                int distance = d.Start > k ? d.Start - k : k - d.End;
                if (d.Start >= lo && d.End <= hi)
                {
                    distance -= 1000; // a date in the trigger's own region wins
                }

                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = d;
                }
            }

            return best?.Date;
        }

        private void Modality(RawEvent e, TriggerEntry entry, int k, int clause, List<RawEvent> built)
        {
            bool negated = AnyInClause(clause, CueKind.Negation) && !e.Deny;
            bool conditional = (_sentenceCues & CueKind.Conditional) != 0 || VerbFirstConditional();
            bool hypothetical = conditional || AnyInClause(clause, CueKind.Hypothetical);
            bool soll = AnyInClause(clause, CueKind.ModalSoll);
            bool perfect = AnyInClause(clause, CueKind.Perfect);
            bool past = AnyInClause(clause, CueKind.Past) || (_lex.German && IsParticiple(k) && s.Lower(k).StartsWith("ge", StringComparison.Ordinal) && !AnyInClause(clause, CueKind.Future | CueKind.ModalSoll));
            bool question = s.Lower(s.Count - 1) == "?";
            hypothetical |= question;
            bool expected = entry.Expected || AnyInClause(clause, CueKind.Expected) || (AnyBefore(k, -1, CueKind.ExpectedSentence) && !past)
                || (AnyInClause(clause, CueKind.Future) && IsInfinitive(k))
                || (soll && !perfect)
                || (AnyInClause(clause, CueKind.Would) && !conditional)
                || (k > 0 && s.Lower(k - 1) is "to" or "zu" && !(_lex.German && perfect));
            bool alleged = (_sentenceCues & CueKind.Alleged) != 0 || (soll && perfect) || _claim;
            bool konjunktiv = _lex.German && ((_sentenceCues & CueKind.Konjunktiv) != 0 || IsKonjunktiv(k));
            var claimant = _claimant ?? ((_cue[k] & (CueKind.Speech | CueKind.Claim)) != 0 ? null : _speaker);
            if (claimant is null && konjunktiv && doc._lastSpeaker is { } last && index - last.Sentence <= 3)
            {
                claimant = new Participant(last.Mention, -1, -1, Marker.None, false, false, true);
            }

            bool reported = claimant is not null || _unnamedSource || konjunktiv;
            e.Modality = negated ? "negated" : hypothetical ? "hypothetical" : expected ? "expected" : alleged ? "alleged" : reported ? "reported" : "asserted";
            e.Claimant = claimant is not null && claimant.Mention != e.Actor?.Mention ? Ref(claimant) : (claimant is not null && e.Modality != "asserted" ? Ref(claimant) : null);

            // A named happening that is the content of an accusation, warning or request is not asserted.
            if (e.Noun && built.Count > 0 && built[^1] is { Noun: false } governing && e.Modality is "asserted" or "reported")
            {
                e.Modality = governing.Type switch
                {
                    "ACCUSE" => "alleged",
                    "THREATEN" => "hypothetical",
                    "REQUEST" => "expected",
                    _ => e.Modality,
                };
            }

            // An event embedded after a denial ("bestreitet, Waffen geliefert zu haben") is what the denial denies.
            for (int i = built.Count - 1; i >= 0; i--)
            {
                var d = built[i];
                if (!d.Deny || e.Deny || d.TriggerToken >= k)
                {
                    continue;
                }

                e.Modality = "denied";
                e.Claimant = d.Actor;
                e.Actor ??= d.Actor is { } a && a.Mention != e.Target?.Mention ? a : null;
                e.DeniedBy = d;
                break;
            }
        }

        /// <summary>"Sollte Nordkorea Waffen liefern, …", "Should Russia supply …": a conditional without "wenn"/"if".</summary>
        private bool VerbFirstConditional()
        {
            for (int j = 0; j < s.Count; j++)
            {
                if ((j == 0 || s.Lower(j - 1) is "," or ":" or "\"" or "„") && s.Lower(j) is "sollte" or "sollten" or "should" or "were" or "had"
                    && j + 1 < s.Count && !s.IsPunct(j + 1) && (j == 0 || s.IsUpper(j) || s.Lower(j - 1) == ","))
                {
                    return j == 0 || s.Lower(j - 1) != ",";
                }
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool AnyInClause(int clause, CueKind kind)
        {
            for (int j = 0; j < s.Count; j++)
            {
                if (_clause[j] == clause && (_cue[j] & kind) != 0 && (_cue[j] & CueKind.NegationNone) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A passive auxiliary in the trigger's clause, not across "und" ("genommen wurde und Russland … versorgt").</summary>
        private bool PassiveNear(int k, int clause)
        {
            for (int dir = -1; dir <= 1; dir += 2)
            {
                for (int j = k + dir; j >= 0 && j < s.Count && _clause[j] == clause; j += dir)
                {
                    if (s.Lower(j) is "und" or "and" or "oder" or "or")
                    {
                        break;
                    }

                    if ((_cue[j] & CueKind.Passive) != 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool AnyBetween(int from, int to, int clause, CueKind kind)
        {
            for (int j = Math.Max(0, from); j < to; j++)
            {
                if (_clause[j] == clause && (_cue[j] & kind) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        private bool AnyBefore(int k, int clause, CueKind kind)
        {
            for (int j = 0; j < k; j++)
            {
                if ((clause < 0 || _clause[j] == clause) && (_cue[j] & kind) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsParticiple(int k)
        {
            string w = s.Lower(k);
            if (_lex.German)
            {
                int ge = w.IndexOf("ge", StringComparison.Ordinal);
                // Verbs with an inseparable prefix have no ge- ("beliefert", "verkauft"); with a passive auxiliary
                // in the clause a final -t reads as a participle.
                return ge == 0 || (ge > 0 && ge <= 6 && (w.EndsWith('t') || w.EndsWith("en", StringComparison.Ordinal))) || w.EndsWith('t');
            }

            return w.EndsWith("ed", StringComparison.Ordinal) || w is "sold" or "sent" or "given" or "bought" or "shipped" or "struck" or "withdrawn" or "seized" or "held" or "met" or "got";
        }

        private bool IsInfinitive(int k)
        {
            string w = s.Lower(k);
            if (!_lex.German)
            {
                return true; // English future is "will" + base form; the auxiliary alone decides
            }

            return !s.IsUpper(k) && w.EndsWith('n') && !IsParticiple(k);
        }

        private bool IsKonjunktiv(int k)
        {
            string w = s.Lower(k);
            return !s.IsUpper(k) && w.Length > 4 && w.EndsWith('e') && !w.EndsWith("te", StringComparison.Ordinal);
        }

        private static void Merge(List<RawEvent> built)
        {
            for (int i = 0; i < built.Count; i++)
            {
                for (int j = i + 1; j < built.Count; j++)
                {
                    var a = built[i];
                    var b = built[j];
                    if (a.Type != b.Type || a.Clause != b.Clause || !(a.Noun || b.Noun) || a.Deny != b.Deny)
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

        private static bool Keep(RawEvent e)
        {
            if (e.NeedsItem && e.Items.Count == 0)
            {
                return false;
            }

            bool party = e.Actor is not null || e.Target is not null;
            if (e.Type == "TRANSFER")
            {
                return e.Items.Count > 0 ? party || !e.Noun : e.Actor is not null && e.Target is not null;
            }

            return party;
        }

        private static ArgumentRef? Ref(Participant? p) => p is null ? null : new ArgumentRef(p.Mention, p.Seat);
    }
}
