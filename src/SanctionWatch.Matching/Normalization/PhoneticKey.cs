namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// A phonetic key for one lower-case ASCII name token that folds the usual transcriptions of Russian and German
/// names onto one form (Peskow/Peskov, Schoigu/Shoigu/Shoygu, Wladimir/Vladimir, Jelzin/Yeltsin, -ij/-iy/-y):
/// digraphs become one consonant class, w becomes v, j/y become i, doubled letters collapse, and vowels after
/// the first letter are dropped.
/// </summary>
public static class PhoneticKey
{
    /// <summary>The key of <paramref name="token"/> (lower-case ASCII letters).</summary>
    public static string Of(string token)
    {
        if (token.Length == 0)
        {
            return token;
        }

        // Rewrite digraphs into single placeholder letters first; order matters (tsch before sch before ch).
        // Both passes write into stack buffers: keys are made for every token of every name normalised.
        Span<char> s = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        int length = 0;
        int i = 0;
        while (i < token.Length)
        {
            if (Starts(token, i, "tsch")) { s[length++] = 'C'; i += 4; }
            else if (Starts(token, i, "sch")) { s[length++] = 'X'; i += 3; }
            else if (Starts(token, i, "tch")) { s[length++] = 'C'; i += 3; }
            else if (Starts(token, i, "sh") || Starts(token, i, "zh")) { s[length++] = 'X'; i += 2; }
            else if (Starts(token, i, "ch")) { s[length++] = 'C'; i += 2; }
            else if (Starts(token, i, "kh")) { s[length++] = 'k'; i += 2; }
            else if (Starts(token, i, "ph")) { s[length++] = 'f'; i += 2; }
            else if (Starts(token, i, "th")) { s[length++] = 't'; i += 2; }
            else if (Starts(token, i, "ck")) { s[length++] = 'k'; i += 2; }
            else if (Starts(token, i, "ts") || Starts(token, i, "tz")) { s[length++] = 'z'; i += 2; }
            else if (Starts(token, i, "dj") || Starts(token, i, "dzh")) { s[length++] = 'J'; i += Starts(token, i, "dzh") ? 3 : 2; }
            else if (Starts(token, i, "ou")) { s[length++] = 'u'; i += 2; }
            else
            {
                char c = token[i++];
                s[length++] = c switch
                {
                    'w' => 'v',
                    'y' or 'j' => 'i',
                    'q' => 'k',
                    'x' => 'X',
                    'c' => 'k',
                    _ => c,
                };
            }
        }

        // Keep the first letter (vowel or not), then consonants only, collapsing repeats.
        Span<char> key = length <= 128 ? stackalloc char[length] : new char[length];
        char first = s[0];
        key[0] = IsVowel(first) ? 'a' : first;
        int k = 1;
        for (int n = 1; n < length; n++)
        {
            char c = s[n];
            if (IsVowel(c) || c == 'h')
            {
                continue;
            }

            if (key[k - 1] != c)
            {
                key[k++] = c;
            }
        }

        return new string(key[..k]);
    }

    private static bool Starts(string s, int i, string prefix) => s.AsSpan(i).StartsWith(prefix, StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
