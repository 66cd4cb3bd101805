using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Reads how a predicate is stated from its own words in the dependency tree — the auxiliaries and modals that hang
/// on it, the verb that governs it as an infinitive, a negation on it or on its object ("keine", "no") — rather
/// than from any cue in a stretch of the sentence, so that a "will" or "nicht" of another clause does not count.
/// </summary>
internal sealed class ClauseMood(Grammar g, CueKind[] cues)
{
    private readonly SentenceSyntax _tree = g.Tree;

    /// <summary>True when the predicate or its direct object or passive subject is negated ("has not delivered", "keine … geliefert", "delivered no jets").</summary>
    public bool Negated(int k)
    {
        foreach (int v in VerbGroup(k))
        {
            foreach (int c in g.Children(v))
            {
                if (IsNegation(c) && _tree.Deprels[c] is "advmod" or "advmod:neg" or "neg" or "det" or "obj" or "nsubj:pass" or "cc")
                {
                    return true;
                }

                if (_tree.Deprels[c] is "obj" or "nsubj:pass" && g.Children(c).Any(d => _tree.Deprels[d] == "det" && IsNegation(d)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the predicate is planned or future: a future or modal auxiliary of intention on it ("will deliver",
    /// "will … liefern", "wird … liefern"), or a verb of intention governing it as an infinitive ("plans to ship").
    /// </summary>
    public bool Expected(int k)
    {
        bool infinitive = _tree.Feature(k, "VerbForm") == "Inf" || _tree.Xpos[k] is "VB" or "VVINF" or "VVIZU";
        foreach (int v in VerbGroup(k))
        {
            if (v != k && (cues[v] & CueKind.Expected) != 0)
            {
                return true;
            }

            if (v != k && infinitive && (cues[v] & CueKind.Future) != 0 && _tree.Deprels[v] is "aux")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a verb of phase or success governs the predicate as an infinitive ("continued to send"): it happens.</summary>
    public bool Aspectual(int k) =>
        _tree.Heads[k] is int head and >= 0 && _tree.Deprels[k] is "xcomp" or "ccomp" && (cues[head] & CueKind.Aspect) != 0;

    /// <summary>True when the predicate has a finite form of possibility of its own ("könnte liefern", "could supply").</summary>
    public bool Hypothetical(int k) =>
        VerbGroup(k).Any(v => v != k && _tree.Deprels[v] is "aux" && (cues[v] & CueKind.Hypothetical) != 0);

    /// <summary>The predicate, its auxiliaries, and the verb that governs it as an infinitive with that verb's auxiliaries.</summary>
    private IEnumerable<int> VerbGroup(int k)
    {
        yield return k;
        foreach (int c in g.Children(k))
        {
            if (_tree.Deprels[c] is "aux" or "aux:pass" or "cop")
            {
                yield return c;
            }
        }

        if (_tree.Deprels[k] == "xcomp" && _tree.Heads[k] is int head and >= 0)
        {
            yield return head;
            foreach (int c in g.Children(head))
            {
                if (_tree.Deprels[c] is "aux" or "cop")
                {
                    yield return c;
                }
            }
        }
    }

    private bool IsNegation(int word) => (cues[word] & CueKind.Negation) != 0 && (cues[word] & CueKind.NegationNone) == 0;
}
