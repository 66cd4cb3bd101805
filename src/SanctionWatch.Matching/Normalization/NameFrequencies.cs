namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// How common each name part is in the lists being screened, read from the lists themselves: a token's information is
/// log(N / names containing it) over log N, so 1 for a part no listed name has and near 0 for one almost every name has.
/// </summary>
public sealed class NameFrequencies
{
    private readonly Dictionary<string, int> _names;
    private readonly double _logTotal;

    /// <summary>Counts, for every token, how many of <paramref name="names"/> contain it.</summary>
    public NameFrequencies(IEnumerable<NormalizedName> names)
    {
        _names = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int total = 0;
        foreach (var name in names)
        {
            total++;
            seen.Clear();
            foreach (var token in name.Tokens)
            {
                if (seen.Add(token.Text))
                {
                    _names[token.Text] = _names.GetValueOrDefault(token.Text) + 1;
                }
            }
        }

        NameCount = total;
        _logTotal = Math.Log(total + 1.0);
    }

    /// <summary>Number of names counted.</summary>
    public int NameCount { get; }

    /// <summary>The information of <paramref name="token"/> in [0, 1]: 1 when no counted name contains it.</summary>
    public double Information(string token)
    {
        int n = _names.GetValueOrDefault(token);
        return _logTotal <= 0 ? 1 : Math.Clamp(Math.Log((NameCount + 1.0) / (n + 1.0)) / _logTotal, 0, 1);
    }

    /// <summary>
    /// Sets every token's information in <paramref name="name"/>'s own token array: for names just prepared and not yet
    /// shared (an index's entries), so that building an index does not copy every name once more.
    /// </summary>
    internal void ApplyInPlace(NormalizedName name)
    {
        var tokens = name.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = tokens[i] with { Information = Information(tokens[i].Text) };
        }
    }

    /// <summary><paramref name="name"/> with every token's information set.</summary>
    public NormalizedName Apply(NormalizedName name)
    {
        var tokens = new NameToken[name.Tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = name.Tokens[i] with { Information = Information(name.Tokens[i].Text) };
        }

        return new NormalizedName(name.Original, tokens);
    }
}
