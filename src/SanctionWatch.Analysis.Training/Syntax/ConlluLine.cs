namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>One token line of a CoNLL-U file: a word (integer id), a multiword token (<c>1-2</c>) or an empty node (<c>1.1</c>), ten columns.</summary>
public sealed record ConlluLine(string[] Fields)
{
    public string Id => Fields[0];

    public string Form => Fields[1];

    public string Lemma => Fields[2];

    public string Upos => Fields[3];

    public string Xpos => Fields[4];

    public string Feats => Fields[5];

    public string Head => Fields[6];

    public string Deprel => Fields[7];

    /// <summary>Whether the line is a syntactic word (not a multiword token or an empty node).</summary>
    public bool IsWord => !Id.Contains('-', StringComparison.Ordinal) && !Id.Contains('.', StringComparison.Ordinal);

    /// <summary>The line as written in a file.</summary>
    public override string ToString() => string.Join('\t', Fields);
}
