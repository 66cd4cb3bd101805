using System.Globalization;

namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>A CoNLL-U sentence: its comment lines and token lines in file order (multiword tokens and empty nodes kept).</summary>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluLine> Lines)
{
    /// <summary>The syntactic words, in order.</summary>
    public IReadOnlyList<ConlluLine> Words { get; } = [.. Lines.Where(l => l.IsWord)];

    /// <summary>The word forms.</summary>
    public string[] Forms => [.. Words.Select(w => w.Form)];

    /// <summary>The gold heads, 0-based, -1 for the root (and for a missing head).</summary>
    public int[] Heads => [.. Words.Select(w => int.TryParse(w.Head, NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h - 1 : -1)];

    /// <summary>The gold relations.</summary>
    public string[] Deprels => [.. Words.Select(w => w.Deprel)];

    /// <summary>The value of a <c># key = value</c> comment, or null.</summary>
    public string? Comment(string key)
    {
        var prefix = "# " + key + " = ";
        return Comments.FirstOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }
}
