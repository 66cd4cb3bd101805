namespace SanctionWatch.Analysis.Syntax;

/// <summary>The tags, morphology, lemmas and dependency tree of one sentence, one entry per word (heads 0-based, -1 for the root).</summary>
public sealed record SentenceSyntax(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Upos,
    IReadOnlyList<string> Xpos,
    IReadOnlyList<string> Feats,
    IReadOnlyList<string> Lemmas,
    IReadOnlyList<int> Heads,
    IReadOnlyList<string> Deprels)
{
    /// <summary>The number of words.</summary>
    public int Count => Words.Count;

    /// <summary>The word that heads the sentence (its head is -1), or -1 for an empty sentence.</summary>
    public int Root
    {
        get
        {
            for (var i = 0; i < Heads.Count; i++)
            {
                if (Heads[i] < 0)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>The dependents of a word, left to right.</summary>
    public IEnumerable<int> Children(int head)
    {
        for (var i = 0; i < Heads.Count; i++)
        {
            if (Heads[i] == head)
            {
                yield return i;
            }
        }
    }

    /// <summary>The first dependent of a word whose relation is <paramref name="deprel"/> or one of its subtypes, or -1.</summary>
    public int Child(int head, string deprel)
    {
        foreach (var child in Children(head))
        {
            if (HasRelation(child, deprel))
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>Whether a word's relation is <paramref name="deprel"/> or a subtype of it (<c>obl</c> matches <c>obl:agent</c>).</summary>
    public bool HasRelation(int word, string deprel)
    {
        var label = Deprels[word];
        return label == deprel || (label.Length > deprel.Length && label[deprel.Length] == ':' && label.StartsWith(deprel, StringComparison.Ordinal));
    }

    /// <summary>The value of one morphological feature of a word (e.g. <c>Case</c>), or null.</summary>
    public string? Feature(int word, string name)
    {
        foreach (var pair in Feats[word].Split('|'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq == name.Length && pair.StartsWith(name, StringComparison.Ordinal))
            {
                return pair[(eq + 1)..];
            }
        }

        return null;
    }
}
