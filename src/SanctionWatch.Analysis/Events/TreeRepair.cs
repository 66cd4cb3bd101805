using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Mends two parser errors that reverse who did what to whom, before the event rules read the tree: a verb of
/// judging or asking with two subjects (the German dative or accusative after the finite verb taken for a second
/// subject: "Japan hat China vorgeworfen", "Seoul warf Moskau vor") keeps the first and takes the later one as its
/// object, and, where infinitive clauses end in marker and verb, the "subject" of a marked infinitive ("…, Nordkorea
/// mit Öl zu versorgen"), which cannot have one, is its object; a bare proper name taken for an oblique beside a
/// subject and no object ("Russland hat Odessa angegriffen") is the object; a passive subject of a clause with "haben"
/// and no passive auxiliary is the subject; of two objects and no subject, the one before the verb is the subject when the
/// other's article is no nominative. Other verbs keep two subjects as parsed: their order may be object first ("Kampfflugzeuge hat
/// Russland keine geliefert"), which the parser's features do not tell.
/// </summary>
internal static class TreeRepair
{
    /// <summary>The tree with those relations mended, or the same tree when none needed it.</summary>
    public static SentenceSyntax Apply(SentenceSyntax tree, EventLexicon lexicon)
    {
        var words = lexicon.Words;
        var children = new List<int>?[tree.Count];
        for (int c = 0; c < tree.Count; c++)
        {
            if (tree.Heads[c] is int h and >= 0 && h < tree.Count)
            {
                (children[h] ??= []).Add(c);
            }
        }

        string[]? deprels = null;
        for (int v = 0; v < tree.Count; v++)
        {
            if (children[v] is not { } dependents || tree.Upos[v] is not ("VERB" or "AUX"))
            {
                continue;
            }

            bool infinitive = false, otherMark = false;
            int finite = v; // the clause's finite word: its auxiliary, or the verb itself
            foreach (int c in dependents)
            {
                if (tree.Deprels[c] == "mark")
                {
                    bool marker = words.Is(tree.Words[c].ToLowerInvariant(), FunctionWord.InfinitiveMark);
                    infinitive |= marker;
                    otherMark |= !marker;
                }
                else if (finite == v && tree.Deprels[c] is "aux" or "aux:pass")
                {
                    finite = c;
                }
            }

            // "Iran hat der EU mit Gegenmaßnahmen gedroht": a clause whose auxiliary is a form of "haben" and has no passive
            // auxiliary is active, whatever the parser calls its subject.
            if (dependents.Any(c => tree.Deprels[c] == "nsubj:pass") && !dependents.Any(c => tree.Deprels[c] == "aux:pass")
                && dependents.Any(c => tree.Deprels[c] == "aux" && IsPerfectAuxiliary(lexicon, tree.Words[c])))
            {
                foreach (int c in dependents.Where(c => tree.Deprels[c] == "nsubj:pass"))
                {
                    (deprels ??= [.. tree.Deprels])[c] = "nsubj";
                }
            }

            // "Russland hat Odessa angegriffen": a bare proper name the parser hangs on the verb as an oblique, with
            // no preposition and no object beside it, is the object.
            if (tree.Upos[v] == "VERB" && lexicon.Triggers.Find(tree.Words[v].ToLowerInvariant()).Value is { Noun: false }
                && !dependents.Any(c => tree.Deprels[c] is "obj" or "iobj" or "ccomp" or "xcomp")
                && dependents.Any(c => tree.Deprels[c] == "nsubj"))
            {
                foreach (int c in dependents)
                {
                    if (tree.Deprels[c] == "obl" && tree.Upos[c] == "PROPN" && Bare(tree, c, children))
                    {
                        (deprels ??= [.. tree.Deprels])[c] = "obj";
                        break;
                    }
                }
            }

            // "Das russische Außenministerium bestellte den südkoreanischen Botschafter ein": two objects and no subject,
            // the later one's article no nominative: the earlier one, before the finite verb, is the subject.
            if (!dependents.Any(c => tree.Deprels[c].StartsWith("nsubj", StringComparison.Ordinal))
                && dependents.Where(c => tree.Deprels[c] == "obj").ToList() is [int before, int after]
                && before < finite && finite < after && NoSubject(after) && !NoSubject(before))
            {
                (deprels ??= [.. tree.Deprels])[before] = "nsubj";
            }

            int first = -1;
            foreach (int c in dependents)
            {
                if (!tree.Deprels[c].StartsWith("nsubj", StringComparison.Ordinal) || tree.Upos[c] is not ("PROPN" or "NOUN"))
                {
                    continue;
                }

                if (infinitive && !otherMark && tree.Deprels[c] is "nsubj" or "nsubj:pass" && lexicon.Shapes.VerbFinalInfinitive)
                {
                    (deprels ??= [.. tree.Deprels])[c] = "obj";
                }
                else if (first < 0)
                {
                    first = c;
                }
                else if (first < finite && finite < c && Bare(tree, first, children)
                    && lexicon.Triggers.Find(tree.Words[v].ToLowerInvariant()).Value is { Noun: false, About: true })
                {
                    (deprels ??= [.. tree.Deprels])[c] = "iobj";
                }
            }
        }

        return deprels is null ? tree : tree with { Deprels = deprels };

        bool NoSubject(int noun) => children[noun]?.Any(c => tree.Deprels[c] == "det" && words.Is(tree.Words[c].ToLowerInvariant(), FunctionWord.ObjectArticle)) ?? false;
    }

    private static bool IsPerfectAuxiliary(EventLexicon lexicon, string word) =>
        lexicon.Cues.Match([word.ToLowerInvariant()], 0, 1) is (1, var kind) && (kind & CueKind.Perfect) != 0;

    // A nominal with no preposition before it or under it: "im Gegenzug" is no subject, whatever the parser says.
    private static bool Bare(SentenceSyntax tree, int word, List<int>?[] children) =>
        !(word > 0 && tree.Upos[word - 1] == "ADP") && !(children[word]?.Any(c => tree.Deprels[c] == "case") ?? false);
}
