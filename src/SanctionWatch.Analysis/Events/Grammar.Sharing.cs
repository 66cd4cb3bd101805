using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Events;

/// <summary>The subject a predicate shares with another: the governor of an infinitive, a coordinated verb, the antecedent of a relative clause.</summary>
internal sealed partial class Grammar
{
    /// <summary>
    /// The verb whose object or oblique is the noun <paramref name="noun"/> or a noun it modifies ("condemned the delivery",
    /// "released photographs of a transfer", "sanktionierte wegen der Lieferung"), or -1. Callers decide by the verb's
    /// class what that means: an oblique of most verbs ("per Veto", "under a deal") is the subject's own means.
    /// </summary>
    public int GoverningVerb(int noun)
    {
        int node = noun;
        for (int steps = 0; steps < 4; steps++)
        {
            int parent = _tree.Heads[node];
            string rel = _tree.Deprels[node];
            if (parent < 0)
            {
                return -1;
            }

            if (rel is "obj" || rel == "obl" || rel.StartsWith("obl:", StringComparison.Ordinal))
            {
                // "condemned the delivery", and "verhängte wegen der Lieferung …", "sanctioned over the transfer".
                return _tree.Upos[parent] is "VERB" && rel != "obl:agent" ? parent : -1;
            }

            if (!(rel is "nmod" || (rel.StartsWith("nmod:", StringComparison.Ordinal) && rel != "nmod:poss")))
            {
                return -1;
            }

            node = parent;
        }

        return -1;
    }

    /// <summary>The subject word of the clause that <paramref name="k"/> takes as its complement ("demanded that Uganda withdraw"), or -1.</summary>
    public int ComplementSubject(int k)
    {
        foreach (int c in Children(k))
        {
            if (_tree.Deprels[c] != "ccomp")
            {
                continue;
            }

            foreach (int s in Children(c))
            {
                if (_tree.Deprels[s] is "nsubj" or "nsubj:pass")
                {
                    return s;
                }
            }
        }

        return -1;
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
            // However the parser hung it ("warf Moskau vor, … zu versorgen" as ccomp, conj, advcl or even a relative
            // clause), a German marked infinitive is a complement, controlled the same way; a purpose clause ("um … zu",
            // a second marker) is not.
            bool complement = _tree.HasRelation(k, "xcomp")
                || (_verbFinalInfinitive && !_children[k].Any(c => _tree.Deprels[c] == "mark" && !Marker(c)));
            int controller = complement ? _children[head].FirstOrDefault(c => _tree.Deprels[c] is "obj" or "iobj" && c != k, -1) : -1;
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

        if (head >= 0 && _tree.Deprels[k] == "acl" && (_tree.Feature(k, "VerbForm") == "Ger" || _tree.Xpos[k] == "VBG") && !IsVerbal(head))
        {
            return head; // "showed the tanker Polar Finch pumping diesel into …": the noun a present participle describes does it
        }

        if (head >= 0 && (_tree.HasRelation(k, "conj") || _tree.HasRelation(k, "xcomp")) && IsVerbal(head))
        {
            return SubjectOf(head);
        }

        if (head >= 0 && ForDoing(k) && IsVerbal(head))
        {
            // "thanked Russia for delivering the jets", "sanctioned Minsk for hosting …": whom the verb thanks or blames
            // did it; "was praised for sending …": the passive's subject ("appealed for sending …" asks, it did nothing).
            int named = _children[head].FirstOrDefault(c => _tree.Deprels[c] == "obj"
                && (_tree.Upos[c] == "PROPN" || _words.Is(_tree.Words[c].ToLowerInvariant(), FunctionWord.GovernmentNoun)), -1);
            return named >= 0 ? named : IsPassive(head) ? SubjectOf(head) : -1;
        }

        return -1;
    }

    // A gerund after "for" hung on a verb: "thanked Russia for delivering".
    private bool ForDoing(int k) =>
        _tree.HasRelation(k, "advcl") && _tree.Xpos[k] == "VBG"
        && _children[k].Any(c => _tree.Deprels[c] == "mark" && _words.Is(_tree.Words[c].ToLowerInvariant(), FunctionWord.BeneficiaryCase));

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

    private bool IsRelativeClause(int k) => _tree.HasRelation(k, "acl");

    private bool IsRelativePronoun(int word) =>
        _tree.Feature(word, "PronType") == "Rel"
        || (_tree.Upos[word] is "PRON" or "DET" && _words.Is(_tree.Words[word].ToLowerInvariant(), FunctionWord.Relative));

    // The relative clause whose subject is its relative pronoun and to which predicate k is coordinated, or -1.
    private int RelativeConjunct(int k)
    {
        int head = _tree.Heads[k];
        return head >= 0 && _tree.HasRelation(k, "conj") && IsRelativeClause(head)
            && _children[head].Any(c => IsRelativePronoun(c) && _tree.HasRelation(c, "nsubj")) ? head : -1;
    }

    // "zu liefern", "to deliver", and the perfect "geliefert zu haben", whose marker may hang on the auxiliary.
    public bool IsMarkedInfinitive(int k) =>
        _children[k].Any(c => Marker(c) || (_verbFinalInfinitive && _tree.Deprels[c] == "aux" && _children[c].Any(Marker)));

    private bool Marker(int word) => _tree.Deprels[word] == "mark" && _words.Is(_tree.Words[word].ToLowerInvariant(), FunctionWord.InfinitiveMark);

    /// <summary>
    /// The heads of the nouns coordinated with the phrase of words [start, end) after it ("Iran und Nordkorea",
    /// "both Iran and North Korea", "to Russia and China"), conjuncts of conjuncts included.
    /// </summary>
    public IEnumerable<int> Conjuncts(int start, int end)
    {
        int head = HeadOf(start, end);
        var pending = new Stack<int>();
        if (head >= 0)
        {
            pending.Push(head);
            // "the shipping company Arktika Tankers and its tanker Volna": the name stands under a kind-of-party noun
            // right before it, and the noun is what the next conjunct joins.
            if (KindNounOf(head, start) is int kind and >= 0)
            {
                pending.Push(kind);
            }
        }

        while (pending.Count > 0)
        {
            int from = pending.Pop();
            foreach (int c in _children[from])
            {
                // Later conjuncts stand to the right of the first; going only rightwards also ends on a malformed tree.
                if (_tree.Deprels[c] == "conj" && c >= end && c > from && _tree.Upos[c] is "PROPN" or "NOUN")
                {
                    yield return c;
                    pending.Push(c);
                }
            }
        }
    }

    /// <summary>
    /// False when the phrase of words [start, end) only qualifies another noun, in the genitive or with "of"/"von"
    /// ("die Außenminister der USA, Japans und Südkoreas", "the ministers of the US, Japan and South Korea"): its
    /// conjuncts then qualify that noun too, and are no parties. A name with another preposition under a noun
    /// ("weapons to Iran and Syria") is most often an argument of the verb attached one level too low.
    /// </summary>
    public bool StandsForItself(int start, int end)
    {
        int head = HeadOf(start, end);
        return head < 0 || !_tree.HasRelation(head, "nmod") || KindNounOf(head, start) >= 0
            || _children[head].Any(c => _tree.Deprels[c] == "case" && !_words.Is(_tree.Words[c].ToLowerInvariant(), FunctionWord.OfCase));
    }

    // The noun right before a name that the name names ("the shipping company Arktika Tankers", "der Frachter Amur"), or -1.
    private int KindNounOf(int head, int start)
    {
        int kind = _tree.Heads[head];
        return kind >= 0 && kind < start && start - kind <= 2 && _tree.Upos[kind] == "NOUN" && _tree.Deprels[head] is "nmod" or "appos" or "flat" or "nmod:desc"
            && !_children[head].Any(c => _tree.Deprels[c] == "case") ? kind : -1;
    }
}
