using System.Text;

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
        var s = new StringBuilder(token.Length);
        int i = 0;
        while (i < token.Length)
        {
            if (Starts(token, i, "tsch")) { s.Append('C'); i += 4; }
            else if (Starts(token, i, "sch")) { s.Append('X'); i += 3; }
            else if (Starts(token, i, "tch")) { s.Append('C'); i += 3; }
            else if (Starts(token, i, "sh") || Starts(token, i, "zh")) { s.Append('X'); i += 2; }
            else if (Starts(token, i, "ch")) { s.Append('C'); i += 2; }
            else if (Starts(token, i, "kh")) { s.Append('k'); i += 2; }
            else if (Starts(token, i, "ph")) { s.Append('f'); i += 2; }
            else if (Starts(token, i, "th")) { s.Append('t'); i += 2; }
            else if (Starts(token, i, "ck")) { s.Append('k'); i += 2; }
            else if (Starts(token, i, "ts") || Starts(token, i, "tz")) { s.Append('z'); i += 2; }
            else if (Starts(token, i, "dj") || Starts(token, i, "dzh")) { s.Append('J'); i += Starts(token, i, "dzh") ? 3 : 2; }
            else if (Starts(token, i, "ou")) { s.Append('u'); i += 2; }
            else
            {
                char c = token[i++];
                s.Append(c switch
                {
                    'w' => 'v',
                    'y' or 'j' => 'i',
                    'q' => 'k',
                    'x' => 'X',
                    'c' => 'k',
                    _ => c,
                });
            }
        }

        // Keep the first letter (vowel or not), then consonants only, collapsing repeats.
        var key = new StringBuilder(s.Length);
        char first = s[0];
        key.Append(IsVowel(first) ? 'a' : first);
        for (int k = 1; k < s.Length; k++)
        {
            char c = s[k];
            if (IsVowel(c) || c == 'h')
            {
                continue;
            }

            if (key[^1] != c)
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    private static bool Starts(string s, int i, string prefix) => string.CompareOrdinal(s, i, prefix, 0, prefix.Length) == 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
