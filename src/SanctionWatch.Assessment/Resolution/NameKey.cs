using System.Text;

namespace SanctionWatch.Assessment.Resolution;

/// <summary>
/// A spelling-independent key for a person's or organisation's name, so that German and English
/// transcriptions meet: Wladimir/Vladimir, Peskow/Peskov, Sergej/Sergey, Schoigu/Shoigu, Kim Jong-un/Kim Jong Un.
/// Applied to both sides of every comparison, so it only has to be consistent, not pretty.
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="name"/>: folded tokens joined by spaces.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Tokens(name);
        return string.Join(' ', tokens);
    }

    /// <summary>The folded tokens of <paramref name="name"/>; hyphenated parts become tokens of their own.</summary>
    public static List<string> Tokens(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = new List<string>();
        var builder = new StringBuilder();
        string decomposed = name.Normalize(NormalizationForm.FormD);
        void Flush()
        {
            if (builder.Length > 0)
            {
                result.Add(Fold(builder.ToString()));
                builder.Clear();
            }
        }

        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’')
            {
                continue; // P'yongyang, O'Brien
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return result;
    }

    // German and English transcriptions of Russian (and Korean) names folded onto one spelling.
    private static string Fold(string token)
    {
        string t = token
            .Replace("tsch", "ch", StringComparison.Ordinal)
            .Replace("sch", "sh", StringComparison.Ordinal)
            .Replace("kh", "ch", StringComparison.Ordinal)
            .Replace("zh", "sh", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace('w', 'v')
            .Replace('j', 'y')
            .Replace("ks", "x", StringComparison.Ordinal)
            .Replace("iy", "i", StringComparison.Ordinal)
            .Replace("yy", "y", StringComparison.Ordinal);
        if (t.Length > 3 && t.EndsWith('y'))
        {
            t = t[..^1] + "i"; // Dmitry / Dmitri, Zelenskyy / Selenskyi
        }

        if (t.StartsWith("dimitri", StringComparison.Ordinal))
        {
            t = "dmitri" + t[7..];
        }

        if (t.Length > 1 && t[0] == 's' && t[1] is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            t = "z" + t[1..]; // Selenskyj / Zelensky, Solotoi Rog / Zolotoy Rog, Sabaikalski / Zabaikalsky: German writes Russian З as S
        }

        var collapsed = new StringBuilder(t.Length);
        foreach (char c in t)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
