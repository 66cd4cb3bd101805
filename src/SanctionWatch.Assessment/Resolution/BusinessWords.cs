namespace SanctionWatch.Assessment.Resolution;

/// <summary>
/// Generic words of company names in German folded onto their English counterparts ("Logistik" → "logistics",
/// "Handelsgesellschaft" → "trading"), read once from the embedded <c>business-words.tsv</c>: a company's name key is the
/// same in either language.
/// </summary>
internal static class BusinessWords
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    /// <summary>The English counterpart of the folded token <paramref name="token"/>, or the token itself.</summary>
    public static string Of(string token) => Table.Value.TryGetValue(token, out string? english) ? english : token;

    /// <summary>True when the folded <paramref name="token"/> is a generic word of company names in English ("exchange", "shipping", "bank").</summary>
    public static bool IsGeneric(string token) => Generic.Value.Contains(token);

    private static readonly Lazy<HashSet<string>> Generic = new(() => [.. Table.Value.Values]);

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(BusinessWords).Assembly.GetManifestResourceStream("SanctionWatch.Assessment.business-words.tsv")
            ?? throw new InvalidOperationException("business-words.tsv is not embedded");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var word, var english])
            {
                continue;
            }

            table[string.Concat(NameKey.Tokens(word))] = string.Concat(NameKey.Tokens(english));
        }

        return table;
    }
}
