using System.Text;

namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// Normalises names for matching: transliteration to ASCII, case, punctuation, honorifics, legal forms,
/// particles; each token gets its spelling-group form and phonetic key.
/// </summary>
public sealed class NameNormalizer
{
    private readonly NameTransliterator _transliterator;

    /// <summary>Creates a normaliser over <paramref name="transliterator"/>.</summary>
    public NameNormalizer(NameTransliterator transliterator)
    {
        _transliterator = transliterator;
    }

    /// <summary>The transliteration engine in use.</summary>
    public string Engine => _transliterator.Engine;

    /// <summary>Normalises one name; an empty token list when nothing is left.</summary>
    public NormalizedName Normalize(string name)
    {
        string ascii = _transliterator.ToAscii(name);
        var words = new List<string>(6);
        var sb = new StringBuilder(16);
        foreach (char c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (c is '\'' or '`' or '.' && sb.Length > 1)
            {
                // Apostrophes inside names (Cho'ng, O'Brien) join; a dot after a single letter ends an initial.
                continue;
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        var tokens = new List<NameToken>(words.Count);
        foreach (string w in words)
        {
            if (NameVocabulary.Honorifics.Contains(w) && words.Count > 1)
            {
                continue;
            }

            tokens.Add(MakeToken(w));
        }

        return new NormalizedName(name, tokens.ToArray());
    }

    /// <summary>Builds the token record for one lower-case ASCII word.</summary>
    public static NameToken MakeToken(string word)
    {
        if (NameVocabulary.LegalForms.TryGetValue(word, out var legal))
        {
            return new NameToken(word, legal, legal, 0.4);
        }

        string canonical = NameVocabulary.SpellingGroups.GetValueOrDefault(word, word);
        double weight = NameVocabulary.Particles.Contains(word) ? 0.4 : Math.Clamp(word.Length, 2, 9);
        return new NameToken(word, canonical, PhoneticKey.Of(word), weight);
    }
}
