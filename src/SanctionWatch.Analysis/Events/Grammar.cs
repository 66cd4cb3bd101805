using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Reads predicate–argument structure from one sentence's dependency tree (UD relations): the subject, objects and
/// obliques of a verb, voice, and the arguments a verb shares with the verb it is coordinated with, controlled by
/// or whose relative clause it heads. Word indexes are the sentence's token indexes.
/// </summary>
internal sealed partial class Grammar
{
    // Relations by which a name stays inside the phrase it belongs to: "Russland und Iran", "Präsident Putin",
    // "die Regierung in Pjöngjang", "Russia's defence ministry".
    private static readonly string[] PhraseInternal = ["conj", "appos", "flat", "compound", "nmod", "det", "amod", "nummod"];

    private readonly SentenceSyntax _tree;
    private readonly FunctionWords _words;
    private readonly bool _verbFinalInfinitive;
    private readonly List<int>[] _children;

    /// <summary>Reads <paramref name="tree"/>; <paramref name="verbFinalInfinitive"/> when the language ends infinitive clauses in marker and verb.</summary>
    public Grammar(SentenceSyntax tree, FunctionWords words, bool verbFinalInfinitive = false)
    {
        _tree = tree;
        _words = words;
        _verbFinalInfinitive = verbFinalInfinitive;
        _children = new List<int>[tree.Count];
        for (int i = 0; i < tree.Count; i++)
        {
            _children[i] = [];
        }

        for (int i = 0; i < tree.Count; i++)
        {
            if (tree.Heads[i] >= 0 && tree.Heads[i] < tree.Count)
            {
                _children[tree.Heads[i]].Add(i);
            }
        }
    }

    /// <summary>The tree read.</summary>
    public SentenceSyntax Tree => _tree;

    /// <summary>The dependents of <paramref name="word"/>, left to right (indexed once, unlike <see cref="SentenceSyntax.Children"/>).</summary>
    public IReadOnlyList<int> Children(int word) => _children[word];

    /// <summary>
    /// True when the predicate is passive: a passive auxiliary or agent, or a passive subject (or passive voice) with a
    /// passive auxiliary (werden, sein, be, get) and no active subject beside it. "hat … verlegt" stays active even
    /// when the parser calls its subject passive.
    /// </summary>
    public bool IsPassive(int k)
    {
        bool subject = false, passiveSubject = false, passiveAuxiliary = false, agent = false;
        foreach (int c in _children[k])
        {
            string rel = _tree.Deprels[c];
            if (rel == "aux:pass")
            {
                return true;
            }

            agent |= rel == "obl:agent";

            subject |= rel == "nsubj";
            passiveSubject |= rel is "nsubj:pass" or "csubj:pass";
            passiveAuxiliary |= rel == "aux" && _words.Is(_tree.Lemmas[c].ToLowerInvariant(), FunctionWord.PassiveAuxiliary);
        }

        // An agent beside an active subject and no passive auxiliary is a misread "von" ("Iran soll … im Wert von 10 Millionen
        // Dollar bezahlt haben"): the verb is active.
        if (agent && !subject)
        {
            return true;
        }

        return !subject && passiveAuxiliary && (passiveSubject || _tree.Feature(k, "Voice") == "Pass")
            && (_tree.Feature(k, "VerbForm") == "Part" || _tree.Xpos[k] is "VVPP" or "VBN");
    }

    /// <summary>
    /// The preposition of the prepositional phrase whose noun the phrase of words [start, end) directly modifies
    /// ("nach" for "Japan" in "nach Angaben aus Japan"), or -1.
    /// </summary>
    public int EnclosingPreposition(int start, int end)
    {
        int head = HeadOf(start, end);
        int parent = head >= 0 ? _tree.Heads[head] : -1;
        return parent < 0 || !_tree.HasRelation(head, "nmod") ? -1 : _children[parent].FirstOrDefault(c => _tree.Deprels[c] == "case", -1);
    }

    /// <summary>
    /// True when the phrase of words [start, end) sits in a prepositional phrase of one of <paramref name="kinds"/> below
    /// predicate <paramref name="k"/>: a word on its way up to <paramref name="k"/> has such a preposition ("wegen der
    /// Kooperation zwischen Minsk und Teheran").
    /// </summary>
    public bool UnderPreposition(int k, int start, int end, FunctionWord kinds)
    {
        int node = HeadOf(start, end);
        for (int steps = 0; node >= 0 && node != k && steps < _tree.Count; steps++, node = _tree.Heads[node])
        {
            if (_children[node].Any(c => _tree.Deprels[c] == "case" && _words.Is(_tree.Words[c].ToLowerInvariant(), kinds)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the phrase of words [start, end) belongs to the clause of predicate <paramref name="k"/> (not to a clause under it).</summary>
    public bool InClause(int k, int start, int end)
    {
        int head = HeadOf(start, end);
        return head >= 0 && InClauseOf(head, k);
    }

    /// <summary>
    /// The role of the phrase of words [start, end) at predicate <paramref name="k"/>. A phrase with a preposition is
    /// an oblique of the predicate's clause whatever noun the tree hangs it on (its preposition decides its role);
    /// another climbs from its head through phrase-internal relations to an argument of the predicate, or of the
    /// predicate it shares arguments with.
    /// </summary>
    public Argument RoleOf(int k, int start, int end)
    {
        int head = HeadOf(start, end);
        if (head < 0)
        {
            return default;
        }

        if (CaseOf(head) is { } caseWord)
        {
            if (!InClauseOf(head, k, nestedPhrases: false))
            {
                return default; // in another clause, or inside another prepositional phrase ("nach Angaben aus Japan")
            }

            bool agent = _tree.Deprels[head] == "obl:agent" || (_words.Is(caseWord, FunctionWord.AgentCase) && IsPassive(k));
            return new Argument(agent ? GrammaticalRole.Agent : GrammaticalRole.Oblique, caseWord);
        }

        int node = head;
        for (int steps = 0; steps < _tree.Count; steps++)
        {
            int parent = _tree.Heads[node];
            if (parent == k)
            {
                return Direct(k, node);
            }

            if (parent < 0 || !IsPhraseInternal(node) || CaseOf(node) is not null)
            {
                break; // a prepositional phrase further up belongs to its own preposition
            }

            node = parent;
        }

        // Arguments shared with another predicate: a coordinated or controlling verb's subject, a relative clause's antecedent.
        return Shared(k, node);
    }

    /// <summary>True when the phrase of words [start, end) is, or sits inside, the phrase headed by <paramref name="word"/>.</summary>
    public bool Dominates(int word, int start, int end)
    {
        int node = HeadOf(start, end);
        for (int steps = 0; node >= 0 && steps < _tree.Count; steps++)
        {
            if (node == word)
            {
                return true;
            }

            if (!IsPhraseInternal(node) || CaseOf(node) is not null)
            {
                return false; // a prepositional phrase is a party of its own ("die Drohnen … von Iran")
            }

            node = _tree.Heads[node];
        }

        return false;
    }

    /// <summary>The first word of the phrase <paramref name="word"/> heads (its leftmost descendant, or itself).</summary>
    public int SubtreeStart(int word)
    {
        int left = word;
        foreach (int c in _children[word])
        {
            if (c < word)
            {
                left = Math.Min(left, SubtreeStart(c));
            }
        }

        return left;
    }

    /// <summary>One past the last word of the phrase <paramref name="word"/> heads.</summary>
    public int SubtreeEnd(int word)
    {
        int end = word + 1;
        foreach (int c in _children[word])
        {
            if (c > word)
            {
                end = Math.Max(end, SubtreeEnd(c));
            }
        }

        return end;
    }

    /// <summary>True when the head of the words [start, end) hangs, at any depth, below <paramref name="word"/>.</summary>
    public bool InSubtree(int word, int start, int end)
    {
        int node = HeadOf(start, end);
        for (int steps = 0; node >= 0 && steps < _tree.Count; steps++)
        {
            if (node == word)
            {
                return true;
            }

            node = _tree.Heads[node];
        }

        return false;
    }

    /// <summary>True when the word is a pronoun (personal, demonstrative or relative), or a determiner standing alone as one ("das").</summary>
    public bool IsPronoun(int word) => _tree.Upos[word] == "PRON" || (_tree.Upos[word] == "DET" && _tree.Deprels[word] != "det");

    private Argument Direct(int k, int node)
    {
        string rel = _tree.Deprels[node];
        if (_tree.HasRelation(node, "nsubj"))
        {
            if (IsRelativePronoun(node) && IsRelativeClause(k))
            {
                return default; // the pronoun itself names nothing; its antecedent is the subject
            }

            if (RelativeConjunct(k) >= 0 || IsMarkedInfinitive(k))
            {
                return new Argument(GrammaticalRole.Object, null); // the relative pronoun (or the governor's subject) is the subject; a bare name is no second one
            }

            // A "passive subject" of an active verb is the parser's confusion of a second bare name: an object, or the
            // indirect object when its case says dative ("sollen russischen Rüstungsbetrieben … verkauft haben").
            return new Argument(rel != "nsubj:pass" ? GrammaticalRole.Subject : IsPassive(k) ? GrammaticalRole.PassiveSubject
                : _tree.Feature(node, "Case") == "Dat" ? GrammaticalRole.Indirect : GrammaticalRole.Object, null);
        }

        return rel switch
        {
            "obj" => new Argument(GrammaticalRole.Object, null),
            "iobj" => new Argument(GrammaticalRole.Indirect, null),
            _ => default,
        };
    }

    // True when the word hangs (through nouns and modifiers, not through another clause) under predicate k; with
    // nestedPhrases false, not inside another prepositional phrase either.
    private bool InClauseOf(int word, int k, bool nestedPhrases = true)
    {
        int node = word;
        for (int steps = 0; steps < _tree.Count; steps++)
        {
            int parent = _tree.Heads[node];
            if (parent == k)
            {
                return true;
            }

            if (parent < 0 || IsClausal(node) || (!nestedPhrases && CaseOf(parent) is not null))
            {
                return false;
            }

            node = parent;
        }

        return false;
    }

    private bool IsClausal(int node) =>
        _tree.HasRelation(node, "acl") || _tree.HasRelation(node, "advcl") || _tree.HasRelation(node, "ccomp")
        || _tree.HasRelation(node, "xcomp") || _tree.HasRelation(node, "parataxis") || _tree.HasRelation(node, "csubj")
        || (_tree.HasRelation(node, "conj") && _tree.Upos[node] is "VERB" or "AUX");

    // The word of [start, end) whose head lies outside it (the first such), or -1.
    public int HeadOf(int start, int end)
    {
        for (int i = start; i < end && i < _tree.Count; i++)
        {
            int h = _tree.Heads[i];
            if (h < start || h >= end)
            {
                return i;
            }
        }

        return -1;
    }

    private string? CaseOf(int word)
    {
        foreach (int c in _children[word])
        {
            if (_tree.Deprels[c] == "case")
            {
                return _tree.Words[c].ToLowerInvariant();
            }
        }

        return null;
    }

    private bool IsPhraseInternal(int node)
    {
        string rel = _tree.Deprels[node];
        int colon = rel.IndexOf(':', StringComparison.Ordinal);
        return Array.IndexOf(PhraseInternal, colon < 0 ? rel : rel[..colon]) >= 0;
    }

    private bool IsVerbal(int word) => _tree.Upos[word] is "VERB" or "AUX";
}
