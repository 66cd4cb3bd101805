using System.Text.RegularExpressions;

namespace SanctionWatch.Analysis.Patterns;

/// <summary>Korean personal names: a Korean surname followed by one or two romanised given-name syllables ("Lim Eun-jung", "Cheong Seong Chang").</summary>
internal static partial class KoreanNames
{
    private static readonly FrozenSet<string> KoreanSurnames = new[]
    {
        "Kim", "Lee", "Yi", "Rhee", "Ri", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Cheong", "Kang",
        "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Rim", "Han", "Oh", "O", "Seo", "Suh", "Shin", "Sin",
        "Kwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Hong", "Jeon", "Jon", "Ko", "Moon", "Mun", "Yang", "Son",
        "Bae", "Baek", "Paek", "Heo", "Hyun", "Hyon", "Nam", "Noh", "No", "Ro", "Ha", "Kwak", "Sung", "Cha", "Ju", "Woo",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Surnames that are also everyday words ("Im Juli", "An der Grenze", "So sagte"): they need a hyphenated or
    // two-part given name to count.
    private static readonly FrozenSet<string> AmbiguousSurnames = new[] { "Im", "An", "So", "No", "O", "Oh", "Ha", "Son", "Song", "Moon", "Yu", "Jo", "Sin", "Ko", "Ju", "Nam", "Han", "Mun", "Ro", "Ri", "Yi", "Lee", "Park", "Chang", "Jang", "Woo", "Cha" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotGivenNames = new[] { "Juli", "Juni", "Mai", "Jan", "June", "July", "May", "Jun", "Jul", "Kim", "Lee", "Park", "Seoul", "Korea", "Pjöngjang" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> is a Korean surname that is no everyday word as well ("Choe", not "Im" or "Son").</summary>
    public static bool IsPlainSurname(string word) => KoreanSurnames.Contains(word) && !AmbiguousSurnames.Contains(word);

    /// <summary>True when <paramref name="word"/> is a Korean surname.</summary>
    public static bool IsSurname(string word) => KoreanSurnames.Contains(word);

    /// <summary>The last token of a Korean name whose surname <paramref name="word"/> stands at token <paramref name="i"/>, or null.</summary>
    public static int? At(string text, List<Token> tokens, int i, string word) =>
        KoreanSurnames.Contains(word) && GivenName(text, tokens, i) is { } korean
        && (!AmbiguousSurnames.Contains(word) || korean > i + 1 || tokens[korean].Of(text).Contains('-'))
            ? korean
            : null;

    // A Korean surname followed by one or two tokens made of romanised Korean syllables.
    private static int? GivenName(string text, List<Token> tokens, int i)
    {
        int last = -1;
        for (int k = i + 1; k < tokens.Count && k <= i + 2; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]) || PatternRecognizer.Gap(text, tokens[k - 1], token) != 1
                || !KoreanGivenName().IsMatch(token.TextOf(text)) || (NotGivenNames.Contains(token.TextOf(text)) && !SecondSyllable(text, tokens, i, k)))
            {
                break;
            }

            last = k;
        }

        return last < 0 ? null : last;
    }

    // "Pak Chol Jun": a word that is also a month ("Jun", "Mai") is a name's second syllable after a first one, unless a
    // number follows it ("Kim Chol Jun 2024" is a date).
    private static bool SecondSyllable(string text, List<Token> tokens, int i, int k) =>
        k == i + 2 && NotGivenNames.Contains(tokens[k].TextOf(text)) && !IsSurnameOrPlace(tokens[k].TextOf(text))
        && (k + 1 >= tokens.Count || tokens[k + 1].Kind != TokenKind.Number);

    private static bool IsSurnameOrPlace(string word) => KoreanSurnames.Contains(word) || word is "Seoul" or "Korea" or "Pjöngjang";

    [GeneratedRegex(
        @"^(?:(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhyw])?(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|ai|a|e|o|u|i)(?:ng|[kntlmpgb])?){1,2}(?:-(?:(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhyw])?(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|ai|a|e|o|u|i)(?:ng|[kntlmpgb])?))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KoreanGivenName();
}
