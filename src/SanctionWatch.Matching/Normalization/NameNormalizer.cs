using System.Text;

namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// Normalises names for matching: transliteration to ASCII, case, punctuation, honorifics, legal forms,
/// particles; each token gets its spelling-group form and phonetic key.
/// </summary>
public sealed class NameNormalizer
{
    private readonly NameTransliterator _transliterator;
    private readonly LegalForms _legalForms;

    /// <summary>Creates a normaliser over <paramref name="transliterator"/>.</summary>
    public NameNormalizer(NameTransliterator transliterator)
    {
        _transliterator = transliterator;
        _legalForms = new LegalForms(transliterator);
    }

    /// <summary>The transliteration engine in use.</summary>
    public string Engine => _transliterator.Engine;

    /// <summary>Normalises one name; an empty token list when nothing is left.</summary>
    public NormalizedName Normalize(string name)
    {
        var words = SplitWords(_transliterator.ToAscii(name));
        NumberWords.Apply(words);
        var tokens = new List<NameToken>(words.Count);
        int i = 0;
        while (i < words.Count)
        {
            // Legal forms stand at either end of a name (OOO Gazprom, Siemens AG); elsewhere the words are names.
            if (words.Count > 1)
            {
                var (length, form) = _legalForms.MatchAt(words, i);
                if (form is not null && (i == 0 || i + length == words.Count) && length < words.Count)
                {
                    string text = string.Join(' ', words.Skip(i).Take(length));
                    tokens.Add(new NameToken(text, "lf:" + form, "lf:" + form, 0.4, Legal: true));
                    i += length;
                    continue;
                }
            }

            string w = words[i++];
            if (NameVocabulary.Honorifics.Contains(w) && words.Count > 1)
            {
                continue;
            }

            tokens.Add(MakeToken(w));
        }

        return new NormalizedName(name, tokens.ToArray());
    }

    /// <summary>
    /// <paramref name="name"/> with each run of two or more single letters joined into one word: in an organisation's
    /// name A.B.C. is the acronym ABC, whose letters stand in order (C.B.A. Company is another company).
    /// </summary>
    public static NormalizedName JoinAcronyms(NormalizedName name)
    {
        var tokens = name.Tokens;
        int singles = 0;
        foreach (var t in tokens)
        {
            singles += t.Text.Length == 1 && !t.Legal ? 1 : 0;
        }

        if (singles < 2)
        {
            return name;
        }

        var joined = new List<NameToken>(tokens.Length);
        for (int i = 0; i < tokens.Length;)
        {
            int j = i;
            while (j < tokens.Length && tokens[j].Text.Length == 1 && !tokens[j].Legal && char.IsAsciiLetter(tokens[j].Text[0]))
            {
                j++;
            }

            if (j - i >= 2)
            {
                joined.Add(MakeToken(string.Concat(tokens[i..j].Select(t => t.Text))));
                i = j;
            }
            else
            {
                joined.Add(tokens[i++]);
            }
        }

        return joined.Count == tokens.Length ? name : new NormalizedName(name.Original, joined.ToArray());
    }

    /// <summary>Splits lower-case ASCII text into words: letters and digits; inner apostrophes join, other punctuation splits.</summary>
    public static List<string> SplitWords(string ascii)
    {
        var words = new List<string>(6);
        var sb = new StringBuilder(16);
        foreach (char c in ascii)
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(lower);
            }
            else if (lower is '\'' or '`' && sb.Length > 1)
            {
                // Apostrophes inside names (Cho'ng, O'Brien) join the parts.
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

        for (int i = 0; i < words.Count; i++)
        {
            words[i] = Deleet(words[i]);
        }

        return words;
    }

    /// <summary>Reads digits inside a word as the letters they imitate (Ig0r Sech1n); all-digit words stay numbers.</summary>
    private static string Deleet(string word)
    {
        int digits = 0;
        foreach (char c in word)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (digits == 0 || digits == word.Length || word.Length - digits < 2)
        {
            return word;
        }

        // An ordinal (1st, 22nd, 44th) is its number, not a word written with digits.
        if (char.IsAsciiDigit(word[0]) && word.Length - digits == 2 && char.IsAsciiDigit(word[digits - 1])
            && word[digits..] is "st" or "nd" or "rd" or "th")
        {
            return word[..digits];
        }

        return string.Create(word.Length, word, (span, w) =>
        {
            for (int i = 0; i < w.Length; i++)
            {
                span[i] = w[i] switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'b', '9' => 'g', _ => w[i] };
            }
        });
    }

    /// <summary>Builds the token record for one lower-case ASCII word.</summary>
    public static NameToken MakeToken(string word)
    {
        // Latvian and Lithuanian write foreign names with a nominative ending (Sergejs, Aleksandras): a known name
        // under that ending joins the name's spelling group.
        string canonical = NameVocabulary.SpellingGroups.GetValueOrDefault(word)
            ?? (word.Length > 4 && word[^1] == 's' ? NameVocabulary.SpellingGroups.GetValueOrDefault(word[..^(word.EndsWith("as", StringComparison.Ordinal) ? 2 : 1)]) : null)
            ?? word;
        bool particle = NameVocabulary.Particles.Contains(word);
        double weight = particle ? 0.4 : Math.Clamp(word.Length, 2, 9);
        string? nickname = NameVocabulary.Nicknames.GetValueOrDefault(word);
        return new NameToken(word, canonical, PhoneticKey.Of(word), weight, Nickname: nickname, Patronymic: NameVocabulary.IsPatronymic(word), Particle: particle);
    }
}
