using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Events;

/// <summary>How a phrase is attached to a predicate in the dependency tree.</summary>
internal enum GrammaticalRole : byte
{
    /// <summary>Not an argument of the predicate: it hangs in another clause, or the tree does not reach it.</summary>
    Unattached,

    /// <summary>The subject of an active clause (nsubj), or the antecedent a relative pronoun subject stands for.</summary>
    Subject,

    /// <summary>The subject of a passive clause (nsubj:pass).</summary>
    PassiveSubject,

    /// <summary>The direct object (obj).</summary>
    Object,

    /// <summary>The indirect object (iobj; a German dative).</summary>
    Indirect,

    /// <summary>An oblique or a noun's modifier with a preposition (obl, nmod): its <see cref="Argument.Case"/> says which.</summary>
    Oblique,

    /// <summary>The agent of a passive (obl:agent, or "by" / "von" / "durch" in a passive clause).</summary>
    Agent,
}

/// <summary>A phrase's role at a predicate, with the preposition that marks an oblique (lower case), if any.</summary>
internal readonly record struct Argument(GrammaticalRole Role, string? Case);

/// <summary>
/// Reads predicate–argument structure from one sentence's dependency tree (UD relations): the subject, objects and
/// obliques of a verb, voice, and the arguments a verb shares with the verb it is coordinated with, controlled by
/// or whose relative clause it heads. Word indexes are the sentence's token indexes.
/// </summary>
internal sealed class Grammar
{
    // Relations by which a name stays inside the phrase it belongs to: "Russland und Iran", "Präsident Putin",
    // "die Regierung in Pjöngjang", "Russia's defence ministry".
    private static readonly string[] PhraseInternal = ["conj", "appos", "flat", "compound", "nmod", "det", "amod", "nummod"];

    private readonly SentenceSyntax _tree;
    private readonly List<int>[] _children;

    public Grammar(SentenceSyntax tree)
    {
        _tree = tree;
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

    /// <summary>
    /// True when the predicate is passive: a passive auxiliary or agent, or a passive subject (or passive voice) with a
    /// passive auxiliary (werden, sein, be, get) and no active subject beside it. "hat … verlegt" stays active even
    /// when the parser calls its subject passive.
    /// </summary>
    public bool IsPassive(int k)
    {
        bool subject = false, passiveSubject = false, passiveAuxiliary = false;
        foreach (int c in _children[k])
        {
            string rel = _tree.Deprels[c];
            if (rel is "aux:pass" or "obl:agent")
            {
                return true;
            }

            subject |= rel == "nsubj";
            passiveSubject |= rel is "nsubj:pass" or "csubj:pass";
            passiveAuxiliary |= rel == "aux" && _tree.Lemmas[c].ToLowerInvariant() is "werden" or "sein" or "be" or "get" or "become";
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

            bool agent = _tree.Deprels[head] == "obl:agent" || (caseWord is "by" or "von" or "vom" or "durch" && IsPassive(k));
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

    /// <summary>The predicate's subject word: its own, or the one it shares (coordination, control, relative clause), or -1.</summary>
    public int SubjectOf(int k)
    {
        int head = _tree.Heads[k];
        if (head >= 0 && IsMarkedInfinitive(k) && IsVerbal(head))
        {
            // "expect Kim to pledge", "forderte Russland auf, … zu liefern": the governor's object does it; without one,
            // "beschlossen, … zu schicken": its subject. Whatever the parser hung on the infinitive itself.
            // A purpose clause ("um … zu gewinnen", "to win") is its governor's subject's, never its object's.
            int controller = _tree.HasRelation(k, "xcomp") ? _children[head].FirstOrDefault(c => _tree.Deprels[c] is "obj" or "iobj" && c != k, -1) : -1;
            return controller >= 0 ? controller : SubjectOf(head);
        }

        if (RelativeConjunct(k) is var relative and >= 0)
        {
            return _tree.Heads[relative]; // "…, das … genommen wurde und Russland … versorgt": both verbs are the antecedent's
        }

        int own = _children[k].FirstOrDefault(c => _tree.Deprels[c] == "nsubj", -1);
        if (own < 0)
        {
            // Of an active verb, a "passive subject" that is a bare name is an object the parser confused (see Direct).
            bool passive = IsPassive(k);
            own = _children[k].FirstOrDefault(c => _tree.HasRelation(c, "nsubj") && (passive || _tree.Upos[c] != "PROPN"), -1);
        }

        if (own >= 0)
        {
            return IsRelativePronoun(own) && IsRelativeClause(k) ? _tree.Heads[k] : own;
        }

        if (head >= 0 && (_tree.HasRelation(k, "conj") || _tree.HasRelation(k, "xcomp")) && IsVerbal(head))
        {
            return SubjectOf(head);
        }

        return -1;
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

    /// <summary>
    /// False when the tree shows a misparse that would misplace the names of <paramref name="names"/> (word
    /// ranges): two names side by side run together as one (<c>flat</c> from one into the other), a relative
    /// pronoun taken for a name's article, a name made the object of an auxiliary, or a name hung on as a clause,
    /// an adverb or a vocative. The rules then do without the tree, as before it.
    /// </summary>
    public bool Plausible(IReadOnlyList<(int Start, int End)> names)
    {
        if (_tree.Root is int root and >= 0 && _tree.Upos[root] is "ADP" or "PRON" or "DET" or "CCONJ" or "SCONJ" or "PUNCT")
        {
            return false; // "Im" as the root: the parser lost the sentence
        }

        foreach (var (start, end) in names)
        {
            int head = HeadOf(start, end);
            if (head < 0)
            {
                continue;
            }

            string rel = _tree.Deprels[head];
            if (rel is "ccomp" or "xcomp" or "advcl" or "vocative" or "parataxis" or "csubj" or "root" or "advmod")
            {
                return false;
            }

            if (_children[head].Any(c => _tree.Deprels[c] == "det" && c > 0 && c == head - 1 && _tree.Words[c - 1] == ","))
            {
                return false; // ", die Russland …": a relative pronoun taken for the name's article
            }

            int parent = _tree.Heads[head];
            if (rel == "nmod:poss" && parent > end - 1 && !_children[head].Any(c => _tree.Deprels[c] == "case") && _tree.Feature(head, "Case") != "Gen"
                && _tree.Words[end - 1] is var last && !(last.EndsWith('s') || last.EndsWith('\'')))
            {
                return false; // "könnte Kim lebenswichtige Hilfe erhalten": a name without a genitive taken for a possessor
            }

            if (parent >= 0 && _tree.Upos[parent] == "AUX" && (rel is "obj" or "iobj" || _tree.HasRelation(head, "nsubj")) && _tree.Deprels[parent] != "root")
            {
                return false; // "Russland hat Nordkorea …": an object of the auxiliary
            }

            if ((_tree.HasRelation(head, "flat") || _tree.HasRelation(head, "compound")) && parent >= 0
                && names.Any(n => n.Start <= parent && parent < n.End && (n.End == start || end == n.Start)))
            {
                return false; // "Moskau Pjöngjang": two names side by side taken for one
            }
        }

        return true;
    }

    /// <summary>
    /// True when the tree makes the phrase of words [start, end) a subject or object of a predicate outside
    /// [lo, hi), the stretch the punctuation gives the trigger: the tree and the commas disagree, and the commas are
    /// the more reliable ("…, Putin habe Kim einen Aurus geschenkt" with Putin hung on the verb before the comma).
    /// </summary>
    public bool CoreArgumentOutside(int start, int end, int lo, int hi)
    {
        int node = HeadOf(start, end);
        while (node >= 0 && _tree.Heads[node] >= 0 && IsPhraseInternal(node) && CaseOf(node) is null && !IsVerbal(_tree.Heads[node]))
        {
            node = _tree.Heads[node];
        }

        if (node < 0 || _tree.Heads[node] < 0)
        {
            return false;
        }

        int predicate = _tree.Heads[node];
        bool core = _tree.Deprels[node] is "obj" or "iobj" || _tree.HasRelation(node, "nsubj") || (IsVerbal(predicate) && IsPhraseInternal(node));
        return core && (predicate < lo || predicate >= hi);
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

            // A "passive subject" of an active verb is the parser's confusion of a second bare name: an object.
            return new Argument(rel != "nsubj:pass" ? GrammaticalRole.Subject : IsPassive(k) ? GrammaticalRole.PassiveSubject : GrammaticalRole.Object, null);
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

    private Argument Shared(int k, int node)
    {
        // The antecedent of a relative clause on the predicate ("das Regime, das Russland … versorgt").
        if (node == _tree.Heads[k] && IsRelativeClause(k))
        {
            int pronoun = _children[k].FirstOrDefault(IsRelativePronoun, -1);
            if (pronoun >= 0)
            {
                string rel = _tree.Deprels[pronoun];
                return rel switch
                {
                    "nsubj" => new Argument(GrammaticalRole.Subject, null),
                    "nsubj:pass" => new Argument(IsPassive(k) ? GrammaticalRole.PassiveSubject : GrammaticalRole.Subject, null),
                    "obj" => new Argument(GrammaticalRole.Object, null),
                    "iobj" => new Argument(GrammaticalRole.Indirect, null),
                    _ => default,
                };
            }
        }

        int subject = SubjectOf(k);
        return subject >= 0 && subject == node && (RelativeConjunct(k) >= 0 || IsMarkedInfinitive(k) || !_children[k].Any(c => _tree.HasRelation(c, "nsubj")))
            ? new Argument(IsPassive(k) ? GrammaticalRole.PassiveSubject : GrammaticalRole.Subject, null)
            : default;
    }

    // The word of [start, end) whose head lies outside it (the first such), or -1.
    private int HeadOf(int start, int end)
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

    private bool IsRelativeClause(int k) => _tree.HasRelation(k, "acl");

    private bool IsRelativePronoun(int word) =>
        _tree.Feature(word, "PronType") == "Rel"
        || (_tree.Upos[word] is "PRON" or "DET" && _tree.Words[word].ToLowerInvariant() is "which" or "who" or "whom" or "that"
            or "der" or "die" or "das" or "dem" or "den" or "denen" or "welche" or "welcher" or "welches" or "welchem" or "welchen");

    // The relative clause whose subject is its relative pronoun and to which predicate k is coordinated, or -1.
    private int RelativeConjunct(int k)
    {
        int head = _tree.Heads[k];
        return head >= 0 && _tree.HasRelation(k, "conj") && IsRelativeClause(head)
            && _children[head].Any(c => IsRelativePronoun(c) && _tree.HasRelation(c, "nsubj")) ? head : -1;
    }

    private bool IsMarkedInfinitive(int k) =>
        _children[k].Any(c => _tree.Deprels[c] == "mark" && _tree.Words[c].ToLowerInvariant() is "zu" or "to");

    private bool IsVerbal(int word) => _tree.Upos[word] is "VERB" or "AUX";
}
