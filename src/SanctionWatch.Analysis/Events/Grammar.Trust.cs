using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Events;

/// <summary>Whether the tree can be trusted for a sentence's names: misparses that send the sentence back to the word-order rules.</summary>
internal sealed partial class Grammar
{
    // A verb under a root that is no verb, where only a clause of its own could stand: any finite verb where a number or sum is
    // the root ("$" the root and "flowed" its number), or a verb with its auxiliaries conjoined to the root, a noun or adjective
    // ("US-Dollar … überwiesen worden sein").
    private bool LostVerb(int root, int verb) =>
        (_tree.Upos[root] is "SYM" or "NUM" && _tree.Feature(verb, "VerbForm") == "Fin")
        || (_tree.Heads[verb] == root && _tree.Deprels[verb] == "conj" && _children[verb].Any(c => _tree.Deprels[c] is "aux" or "aux:pass"));

    /// <summary>
    /// False when the tree shows a misparse that would misplace the names of <paramref name="names"/> (word
    /// ranges): two names side by side run together as one (<c>flat</c> from one into the other), a relative
    /// pronoun taken for a name's article, a name made the object of an auxiliary, or a name hung on as a clause or as the subject of another name,
    /// an adverb or a vocative, or a verb lost under a root that is none. The rules then do without the tree, as before it.
    /// </summary>
    public bool Plausible(IReadOnlyList<(int Start, int End)> names)
    {
        if (_tree.Root is int root and >= 0 && _tree.Upos[root] is "ADP" or "PRON" or "DET" or "CCONJ" or "SCONJ" or "PUNCT")
        {
            return false; // "Im" as the root: the parser lost the sentence
        }

        if (_tree.Root is int top and >= 0 && _tree.Upos[top] is not ("VERB" or "AUX")
            && Enumerable.Range(0, _tree.Count).Any(w => _tree.Upos[w] == "VERB" && LostVerb(top, w)))
        {
            return false; // "$" as the root and "flowed" its number; "US-Dollar" as the root and "überwiesen worden sein" its conjunct
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

            if (parent >= 0 && (rel.StartsWith("nsubj", StringComparison.Ordinal) || rel is "obj" or "iobj")
                && names.Any(n => n.Start <= parent && parent < n.End) && !_children[parent].Any(c => _tree.Deprels[c] == "cop"))
            {
                return false; // "Moskau könnte Pjöngjang …": a subject or object hangs on a predicate, not on another name
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
}
