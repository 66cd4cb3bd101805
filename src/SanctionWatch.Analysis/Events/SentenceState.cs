using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// One sentence as the event rules see it: its words, cue marks and clause numbers, its participants and the
/// sources found for its claims, with the small predicates the rules share.
/// </summary>
internal sealed class SentenceState
{
    private bool? _plausible;

    public SentenceState(DocumentRun doc, SentenceWords s, int index, TextSpan span)
    {
        Doc = doc;
        S = s;
        Index = index;
        Span = span;
        Lex = doc.Lexicon;
        Cues();
    }

    public DocumentRun Doc { get; }

    public SentenceWords S { get; }

    public int Index { get; }

    public TextSpan Span { get; }

    public EventLexicon Lex { get; }

    public CueKind[] Cue { get; private set; } = [];

    public int[] Clause { get; private set; } = [];

    public int[] Hard { get; private set; } = [];

    /// <summary>Per word, true inside a list of examples between commas (", including …,"), after which the clause goes on.</summary>
    public bool[] Aside { get; private set; } = [];

    public List<Participant> Parts { get; set; } = [];

    /// <summary>The sentence's dependency tree, word for token, or null when it was not parsed.</summary>
    public Grammar? Tree { get; init; }

    /// <summary>
    /// The tree when the sentence has one and it looks right around the participants (<see cref="Grammar.Plausible"/>),
    /// else null; judged once, after the participants are found.
    /// </summary>
    public Grammar? TrustedTree
    {
        get
        {
            if (Tree is null)
            {
                return null;
            }

            _plausible ??= Tree.Plausible([.. Parts.Select(p => (p.Start, p.End))]);
            return _plausible.Value ? Tree : null;
        }
    }

    public HashSet<int> Excluded { get; } = [];

    public Participant? Claimant { get; set; }

    public Participant? Speaker { get; set; }

    public int SpeechAt { get; set; } = -1;

    public bool UnnamedSource { get; set; }

    /// <summary>The words of claiming in the sentence ("accused", "claims"), for the reach of each.</summary>
    public List<int> ClaimWords { get; } = [];

    /// <summary>
    /// True when a claim of the sentence reaches the word at <paramref name="k"/>: a claim that describes a noun ("companies it
    /// accused of helping …") reaches only the words below it, the main clause it hangs in is no claim; the word of claiming
    /// itself is not reached (the accusation is told as made).
    /// </summary>
    public bool ClaimReaches(int k) => ClaimWords.Exists(w => ClaimReaches(w, k));

    /// <summary>True when the claim at <paramref name="w"/> reaches the word at <paramref name="k"/> (see <see cref="ClaimReaches(int)"/>).</summary>
    public bool ClaimReaches(int w, int k) => k != w && (!DescribesANoun(w) || Tree!.InSubtree(w, k, k + 1));

    /// <summary>True when the parsed word at <paramref name="w"/> hangs on a noun as a clause or participle describing it.</summary>
    public bool DescribesANoun(int w) => Tree is { } g && g.Tree.Deprels[w] is "acl" or "acl:relcl" or "amod";

    public CueKind SentenceCues { get; private set; }

    /// <summary>The last conjunction or clause break strictly between two triggers, or -1: it separates their arguments.</summary>
    public int Cut(int from, int to)
    {
        int found = -1;
        for (int j = from + 1; j < to; j++)
        {
            if ((Lex.Words.Is(S.Lower(j), FunctionWord.ClauseBreak) && !JoinsNouns(j)) || Clause[j] != Clause[j - 1])
            {
                found = j;
            }
        }

        return found;
    }

    // "obtained missiles and electronic-warfare equipment from Russia": by the tree, the coordinator joins two nouns, not two clauses.
    private bool JoinsNouns(int j) =>
        Tree is { } g && g.Tree.Deprels[j] == "cc" && g.Tree.Heads[j] is int head and >= 0 && g.Tree.Upos[head] == "NOUN"
        && !Parts.Any(p => p.Start <= head && head < p.End);

    // The two words of a gapped attribution ("nach … Angaben"), reused for every token that starts a cue phrase.
    private readonly string[] _pair = new string[2];
    private const int MinSourceHead = 7;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Cues()
    {
        Cue = new CueKind[S.Count];
        Clause = new int[S.Count];
        Hard = new int[S.Count];
        Aside = new bool[S.Count];
        int clause = 0, hard = 0, next = 0, hardNext = 0;
        int shortEnd = -1, resume = 0; // a short aside in quotes or brackets ("Tanker „Kum Song 9“", "(IMO 9387425)") and the clause after it
        int appositionEnd = -1, hardResume = 0; // an apposition between commas after a name ("Sovgavan Trans, a Russian shipping company, to …")
        for (int k = 0; k < S.Count; k++)
        {
            var (length, kind) = Lex.Cues.Match(S.Words, k, S.Count);
            if (length == 0 && k + 1 < S.Count && S.IsUpper(k + 1) && Lex.Cues.Starts(S.Lower(k)) && SourceCompound(k, k + 1))
            {
                (length, kind) = (2, CueKind.SourceBefore); // "nach Regierungsangaben"
            }

            for (int gap = 1; length == 0 && gap <= 2 && k + gap + 1 < S.Count && Lex.Cues.Starts(S.Lower(k)); gap++)
            {
                // "nach ukrainischen Angaben", "nach einem vertraulichen Bericht": the attribution with an article or its
                // source's adjective inside.
                _pair[0] = S.Lower(k);
                _pair[1] = S.Lower(k + gap + 1);
                if (!S.IsPunct(k + gap) && !S.IsUpper(k + gap)
                    && ((Lex.Cues.Match(_pair, 0, 2) is (2, var gapped) && (gapped & CueKind.SourceBefore) != 0) || SourceCompound(k, k + gap + 1)))
                {
                    (length, kind) = (gap + 2, CueKind.SourceBefore);
                }
                else if (S.IsPunct(k + gap) || S.IsUpper(k + gap))
                {
                    break;
                }
            }

            if (length == 0 && !Lex.Shapes.AdjacentParticles && SeparatedSpeech(k))
            {
                Cue[k] |= CueKind.Speech;
                SentenceCues |= CueKind.Speech;
            }

            if (length == 1 && (kind & CueKind.Negation) != 0 && NumberSign(k))
            {
                (length, kind) = (0, CueKind.None); // "Taesong No. 7", "Nr. 5": a number sign, no negation
            }

            if (length > 0)
            {
                // A phrase's kind sits on its first word; "nicht nur" hides the negation of "nicht".
                Cue[k] |= kind;
                SentenceCues |= kind;
                for (int j = k + 1; j < k + length; j++)
                {
                    Cue[j] |= CueKind.NegationNone;
                }
            }

            bool hardBreak = (S.IsPunct(k) && S.Lower(k) is "," or ";" or ":") || ((kind & CueKind.Clause) != 0 && length > 0 && !(k > 0 && S.Lower(k - 1) == ","));
            if (k == shortEnd)
            {
                clause = resume; // the clause goes on after a quoted name or a bracketed number: "soll … an „X“ abgegeben haben"
                Clause[k] = clause;
                Hard[k] = hard;
                continue;
            }

            if (!hardBreak && shortEnd < k && ShortAside(k) is int end and > 0)
            {
                (resume, shortEnd, clause) = (clause, end, ++next);
            }
            else if (hardBreak || (S.IsPunct(k) && S.Lower(k) is "(" or ")" or "\"" or "„" or "“" or "”" or "»" or "«" or "–" or "—"))
            {
                clause = ++next;
            }

            if (k == appositionEnd)
            {
                // The clause and its stretch go on after the apposition: "has added Sovgavan Trans, a Russian shipping company, to its list".
                (clause, hard, appositionEnd) = (resume, hardResume, -1);
                Clause[k] = clause;
                Hard[k] = hard;
                continue;
            }

            if (hardBreak && appositionEnd < k && shortEnd < k && Apposition(k) is int close and > 0)
            {
                (resume, hardResume, appositionEnd) = (clause, hard, close);
                if (Lex.Words.Is(S.Lower(k + 1), FunctionWord.InclusionWord))
                {
                    Array.Fill(Aside, true, k, close - k); // ", including …,": the verb's arguments go on after it
                }
            }

            if (hardBreak)
            {
                hard = ++hardNext;
            }

            Clause[k] = clause;
            Hard[k] = hard;
        }
    }

    private const int AppositionWords = 8;

    // A comma after a name that opens a short description closed by another comma: an article, lower-case words among the
    // rest, and no verb of saying, relative or conjunction ("X, a Russian shipping company, …", "X, ein
    // Unternehmen aus Slawjanka, …"; not "X, the United States, China" or "X, the ministry said, …"). The closing comma's
    // index, or -1.
    private int Apposition(int k)
    {
        if (S.Lower(k) == "," && k > 0 && k + 2 < S.Count && Lex.Words.Is(S.Lower(k + 1), FunctionWord.InclusionWord))
        {
            return Inclusion(k);
        }

        if (S.Lower(k) != "," || k == 0 || !S.IsUpper(k - 1) || k + 2 >= S.Count || !Lex.Determiners.Contains(S.Lower(k + 1))
            || Lex.Words.Is(S.Lower(k + 1), FunctionWord.Relative))
        {
            return -1; // "die Länder, die Putin empfangen wollen, …": an article that is also a relative pronoun opens a relative clause
        }

        bool described = false;
        for (int j = k + 2; j < S.Count && j <= k + AppositionWords + 1; j++)
        {
            string w = S.Lower(j);
            if (S.IsPunct(j))
            {
                return w == "," && described ? j : -1;
            }

            if (Lex.SpeechWords.Contains(w) || Lex.Words.Is(w, FunctionWord.Relative | FunctionWord.Complementiser | FunctionWord.Coordinator))
            {
                return -1;
            }

            described |= !S.IsUpper(j) && S.Token(j).Kind != TokenKind.Number;
        }

        return -1;
    }

    private const int InclusionWords = 16;

    // ", including U.S.-made Javelin missiles and parts of a Leopard tank, to North Korea": examples between commas, with no
    // verb of saying, relative or complementiser inside; the closing comma's index, or -1.
    private int Inclusion(int k)
    {
        for (int j = k + 2; j < S.Count && j <= k + InclusionWords + 1; j++)
        {
            string w = S.Lower(j);
            if (S.IsPunct(j) && w is "," or ";" or ":" or "." or "(" or ")")
            {
                return w == "," ? j : -1;
            }

            // German articles are relative pronouns too ("darunter die Ostrow-Bank"): only a complementiser or a verb of saying ends it.
            if (Lex.SpeechWords.Contains(w) || Lex.Words.Is(w, FunctionWord.Complementiser))
            {
                return -1;
            }
        }

        return -1;
    }

    private const int ShortAsideWords = 5;

    // An opening quote or bracket closed within a few words with no other punctuation inside: a ship's name or an IMO
    // number, not a quotation or a clause. The closing mark's index, or -1.
    private int ShortAside(int k)
    {
        if (!S.IsPunct(k) || S.Lower(k) is not ("(" or "„" or "»" or "«" or "\"" or "“"))
        {
            return -1;
        }

        for (int j = k + 1; j < S.Count && j <= k + ShortAsideWords + 1; j++)
        {
            if (S.IsPunct(j))
            {
                return j > k + 1 && S.Lower(j) is ")" or "“" or "”" or "«" or "»" or "\"" ? j : -1;
            }
        }

        return -1;
    }

    // "nach japanischen Regierungsangaben", "nach Geheimdiensterkenntnissen": a compound whose head makes an attribution
    // with the word at k. A short head is no head: "nach den Soldaten" does not end in "Daten".
    private bool SourceCompound(int k, int j)
    {
        string word = S.Lower(j);
        _pair[0] = S.Lower(k);
        for (int i = 3; i <= word.Length - MinSourceHead; i++)
        {
            _pair[1] = word[i..];
            if (Lex.Cues.Match(_pair, 0, 2) is (2, var kind) && (kind & CueKind.SourceBefore) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "teilte das Ministerium am Montag mit": a speech verb whose particle closes the clause.
    private bool SeparatedSpeech(int k)
    {
        if (S.IsPunct(k) || !Lex.SpeechWords.Contains(S.Lower(k)))
        {
            return false; // only the first word of a speech cue can be one whose particle closes the clause
        }

        int end = k + 1;
        while (end < S.Count && !S.IsPunct(end))
        {
            end++;
        }

        if (end - 1 <= k + 1)
        {
            return false;
        }

        _pair[0] = S.Lower(k);
        _pair[1] = S.Lower(end - 1);
        return Lex.Cues.Match(_pair, 0, 2) is (2, var kind) && (kind & CueKind.Speech) != 0;
    }

    // "No. 7", "No 7": the abbreviation of "number" before a number.
    private bool NumberSign(int k) =>
        k + 1 < S.Count && ((S.Lower(k + 1) == "." && k + 2 < S.Count && S.Token(k + 2).Kind == TokenKind.Number)
            || (S.IsUpper(k) && S.Token(k + 1).Kind == TokenKind.Number));

    // The word at j is the owner in a phrase of money ("the earnings of North Korean laborers", "die Löhne nordkoreanischer
    // Arbeiter"): a word of money before it, with only "of", articles, adjectives, names and numbers between.
    public bool OwnerOfMoney(int j)
    {
        for (int b = j - 1; b >= 0 && b >= j - 5 && !S.IsPunct(b); b--)
        {
            string w = S.Lower(b);
            if (Lex.ItemWords.Find(w).Value is { Category: "finance" })
            {
                return true;
            }

            if (!(Lex.Words.Is(w, FunctionWord.OfCase) || Lex.Determiners.Contains(w) || S.Token(b).Kind == TokenKind.Number
                || Tree?.Tree.Upos[b] is "ADJ" or "NUM" or "DET" or "PROPN"))
            {
                return false;
            }
        }

        return false;
    }

    public bool IsItemWord(int k) => !S.IsPunct(k) && (Lex.ItemWords.Find(S.Lower(k)).Value is { Category: not "-" } || Lex.ItemPhrases.Starts(S.Lower(k)));

    /// <summary>
    /// The verb of judging, asking or punishing (a trigger flagged <c>about</c>) whose object is the noun at
    /// <paramref name="k"/> or a noun it modifies ("condemned the delivery", "kritisierte die Lieferung"), or -1.
    /// </summary>
    public int JudgingVerb(int k) =>
        TrustedTree is { } g && g.GoverningVerb(k) is int verb and >= 0 && Lex.Triggers.Find(S.Lower(verb)).Value is { Noun: false, About: true } judging
        && (!judging.Means || MeansNamed(verb)) ? verb : -1;

    /// <summary>
    /// The noun of judging (a word of a trigger flagged <c>about</c>, read as a noun) whose phrase holds the noun at
    /// <paramref name="k"/> ("Protest gegen die Lieferung", "protest over the shipment"), or -1.
    /// </summary>
    public int JudgingNoun(int k)
    {
        if (Tree is not { } g)
        {
            return -1;
        }

        // By the tags, not the attachment the parser guesses: a preposition before the noun, at most articles and adjectives between.
        int j = k - 1;
        while (j > 0 && (Lex.Determiners.Contains(S.Lower(j)) || g.Tree.Upos[j] is "ADJ" or "DET"))
        {
            j--;
        }

        if (j <= 0 || g.Tree.Upos[j] != "ADP")
        {
            return -1;
        }

        // The noun of judging before the preposition, or a few words before it with no verb between ("a protest with Iran over").
        for (int n = j - 1; n >= Math.Max(0, j - 5) && !S.IsPunct(n) && g.Tree.Upos[n] is not ("VERB" or "AUX"); n--)
        {
            if (g.Tree.Upos[n] == "NOUN" && Lex.Triggers.Find(S.Lower(n)).Value is { About: true })
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when what a trigger flagged <c>means</c> needs stands in its clause: its object ("froze the assets") or its
    /// measure right after the preposition that marks it ("mit Sanktionen belegt", "auf seine Sanktionsliste gesetzt", "added
    /// … to its sanctions list"), not a measure mentioned in passing ("trotz der Sanktionen fortgesetzt").
    /// </summary>
    public bool MeansNamed(int k) =>
        AnyInHardClause(k, FunctionWord.MeansNoun, _ => true)
        || AnyInHardClause(k, FunctionWord.MeasureNoun, j => MarkedBy(j, FunctionWord.MeansMark, 3) || MarkedBy(OwnerStart(j), FunctionWord.MeansMark, 2));

    // "to Japan's sanctions list": the first word of the owner named before the possessive clitic ahead of the noun at j,
    // or j itself.
    private int OwnerStart(int j)
    {
        int clitic = j - 1;
        while (clitic > 0 && !IsUpperOrClitic(clitic))
        {
            clitic--;
        }

        if (clitic <= 0 || !Lex.Words.Is(S.Lower(clitic), FunctionWord.PossessiveClitic) || j - clitic > 2)
        {
            return j;
        }

        int start = clitic;
        while (start > 0 && S.IsUpper(start - 1))
        {
            start--;
        }

        return start;
    }

    private bool IsUpperOrClitic(int j) => S.IsUpper(j) || Lex.Words.Is(S.Lower(j), FunctionWord.PossessiveClitic) || S.IsPunct(j);

    /// <summary>True when a word of <paramref name="kind"/> other than the one at <paramref name="k"/> stands in its clause and passes <paramref name="also"/>.</summary>
    public bool AnyInHardClause(int k, FunctionWord kind, Func<int, bool> also)
    {
        for (int j = 0; j < S.Count; j++)
        {
            if (j != k && Hard[j] == Hard[k] && Lex.Words.Is(S.Lower(j), kind) && also(j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a preposition of <paramref name="kind"/> stands at most <paramref name="reach"/> words before the noun at
    /// <paramref name="j"/>, with only lower-case words (articles, possessives, adjectives) between: "mit Sanktionen", "auf die
    /// neue Sanktionsliste", "to its sanctions list", "um weitere humanitäre Hilfe".
    /// </summary>
    public bool MarkedBy(int j, FunctionWord kind, int reach)
    {
        for (int m = j - 1; m >= 0 && m >= j - reach; m--)
        {
            if (Lex.Words.Is(S.Lower(m), kind))
            {
                return true;
            }

            if (S.IsPunct(m) || S.IsUpper(m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a country adjective that names who made goods ("North Korean-made missiles", "Rakete nordkoreanischer Bauart",
    /// "shells of North Korean origin"): the maker, never the attacker nor the side attacked.
    /// </summary>
    public bool MadeIn(Participant p) => p.Adjective
        && (Doc.Mentions[p.Mention].End < S.Token(p.End - 1).End // glued: "North Korean-made"
            || (p.End < S.Count && Lex.Words.Is(S.Lower(p.End), FunctionWord.OriginNoun)));

    public bool IsTitle(int k) => !S.IsPunct(k) && Lex.Titles.Find(S.Lower(k)).Value is not null;

    public bool IsAdjective(int k)
    {
        if (S.IsPunct(k))
        {
            return false;
        }

        string w = S.Lower(k);
        return w.Length > 3 && Lex.Shapes.IsInflectedAdjective(w, S.IsUpper(k))
            && Lex.Triggers.Find(w).Value is null && (Cue[k] & (CueKind.Speech | CueKind.Future | CueKind.Perfect | CueKind.Passive | CueKind.ModalSoll)) == 0;
    }

    /// <summary>True for a quotation mark of either language, opening or closing („ “ ” " » « ‚ ‘).</summary>
    public bool IsQuote(int k) => S.IsPunct(k) && S.Lower(k) is "„" or "“" or "”" or "\"" or "»" or "«" or "‚" or "‘";

    public bool IsQuoteOrComma(int k) => S.IsPunct(k) && S.Lower(k) is "," or "\"" or "“" or "”" or "«" or "»" or "'";

    public bool HasParticle(int k, string particle)
    {
        if (Lex.Shapes.AdjacentParticles)
        {
            return k + 1 < S.Count && S.Lower(k + 1) == particle;
        }

        for (int j = k + 1; j < S.Count; j++)
        {
            if (S.Lower(j) == particle && (j + 1 == S.Count || S.IsPunct(j + 1) || Lex.Words.Is(S.Lower(j + 1), FunctionWord.Coordinator)))
            {
                return true;
            }
        }

        return false;
    }

    public bool SameThing(int a, int b) => Doc.SameThing(a, b);

    /// <summary>True when the two sides are one party: the same thing, or a state and its seat of power ("Russia's ambassador … Moscow's delivery").</summary>
    public bool SameSide(ArgumentRef a, ArgumentRef b)
    {
        bool State(ArgumentRef r) => r.AsGovernment || Doc.Mentions[r.Mention].Schema == SchemaNames.Country;
        return SameThing(a.Mention, b.Mention)
            || (State(a) && State(b) && Doc.Mentions[a.Mention].Country is { } country && country == Doc.Mentions[b.Mention].Country);
    }

    public bool InParticipant(int j) => Parts.Any(p => p.Start <= j && j < p.End);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AnyInClause(int clause, CueKind kind)
    {
        for (int j = 0; j < S.Count; j++)
        {
            if (Clause[j] == clause && (Cue[j] & kind) != 0 && (Cue[j] & CueKind.NegationNone) == 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool AnyBetween(int from, int to, int clause, CueKind kind)
    {
        for (int j = Math.Max(0, from); j < to; j++)
        {
            if (Clause[j] == clause && (Cue[j] & kind) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool AnyBefore(int k, int clause, CueKind kind)
    {
        for (int j = 0; j < k; j++)
        {
            if ((clause < 0 || Clause[j] == clause) && (Cue[j] & kind) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A passive auxiliary in the trigger's clause, not across "und" ("genommen wurde und Russland … versorgt").</summary>
    public bool PassiveNear(int k, int clause)
    {
        for (int dir = -1; dir <= 1; dir += 2)
        {
            for (int j = k + dir; j >= 0 && j < S.Count && Clause[j] == clause; j += dir)
            {
                if (Lex.Words.Is(S.Lower(j), FunctionWord.Coordinator))
                {
                    break;
                }

                if ((Cue[j] & CueKind.Passive) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "nach Recherchen eines südkoreanischen Instituts", "according to a Japanese report": the source of a report is no party (to a transfer, nor what an attack hit).
    public bool InAttribution(int start)
    {
        bool described = false;
        for (int j = start - 1; j >= 0 && j >= start - 6; j--)
        {
            if ((Cue[j] & CueKind.SourceBefore) != 0)
            {
                return true;
            }

            // "nach Angaben des südkoreanischen Geheimdienstes NIS": one noun (with its adjectives) right before the name,
            // when a genitive article or "of" introduces them.
            if (!described && j == start - 1 && S.IsUpper(j) && !S.IsPunct(j) && !Doc.AnyParticipantStartsIn(S.First + j, S.First + j + 1)
                && GenitiveBefore(j))
            {
                described = true;
                continue;
            }

            if (described && !S.IsUpper(j) && IsAdjective(j))
            {
                continue;
            }

            // Only the cue's own words and articles may stand between: "laut Satellitenbildern im September nordkoreanische
            // Munition" has its attribution closed before the adjective.
            bool inCue = (Cue[j] & CueKind.NegationNone) != 0;
            string w = S.Lower(j);
            // "nach Angaben von Außenministerin Penny Wong", "according to Foreign Minister X": the source's "von" and title too.
            if (!inCue && !Lex.Determiners.Contains(w) && !Lex.Words.Is(w, FunctionWord.GenitiveArticle | FunctionWord.OfCase) && !IsTitle(j)
                && !(j == start - 1 && Lex.SourceMarks.Contains(w))) // "nach Angaben aus Washington"
            {
                return false;
            }
        }

        return false;
    }

    // A genitive article or "of" within two words before `j`, with only lower-case words between.
    private bool GenitiveBefore(int j)
    {
        for (int m = j - 1; m >= 0 && m >= j - 3; m--)
        {
            if (Lex.Words.Is(S.Lower(m), FunctionWord.GenitiveArticle | FunctionWord.OfCase))
            {
                return true;
            }

            if (S.IsUpper(m) || S.IsPunct(m))
            {
                return false;
            }
        }

        return false;
    }
}
