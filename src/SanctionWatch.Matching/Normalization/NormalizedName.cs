namespace SanctionWatch.Matching.Normalization;

/// <summary>A name as the matcher sees it: the original text and its tokens.</summary>
/// <param name="Original">The name as given.</param>
/// <param name="Tokens">Normalised tokens in their original order.</param>
public sealed record NormalizedName(string Original, NameToken[] Tokens)
{
    /// <summary>Total weight of all tokens.</summary>
    public double TotalWeight { get; } = Tokens.Sum(t => t.Weight);

    /// <summary>The tokens joined by spaces (for explanations).</summary>
    public string Text => string.Join(' ', Tokens.Select(t => t.Text));
}
