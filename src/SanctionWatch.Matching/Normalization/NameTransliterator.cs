using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// Turns any script into lower-case ASCII: Latin by stripping accents, Cyrillic with ICU's
/// <c>Russian-Latin/BGN</c>, other scripts with ICU's <c>Any-Latin</c>, and AnyAscii when ICU is not available.
/// </summary>
public sealed class NameTransliterator : IDisposable
{
    private readonly object _icuLock = new();
    private readonly Icu.Transliterator? _russian;
    private readonly Icu.Transliterator? _any;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates the transliterator; ICU is used when the system library loads.</summary>
    public NameTransliterator(bool useIcu = true)
    {
        if (!useIcu)
        {
            return;
        }

        try
        {
            Icu.Wrapper.Init();
            _russian = Icu.Transliterator.CreateInstance("Russian-Latin/BGN; Latin-ASCII", Icu.Transliterator.UTransDirection.Forward);
            _any = Icu.Transliterator.CreateInstance("Any-Latin; Latin-ASCII", Icu.Transliterator.UTransDirection.Forward);
        }
#pragma warning disable CA1031 // ICU is optional: any failure to load it means "use the fallback".
        catch (Exception)
#pragma warning restore CA1031
        {
            _russian?.Dispose();
            _russian = null;
            _any = null;
        }
    }

    /// <summary>Which engine handles non-Latin scripts: <c>icu</c> or <c>anyascii</c>.</summary>
    public string Engine => _any is null ? "anyascii" : "icu";

    /// <summary>Lower-case ASCII form of <paramref name="text"/> (punctuation kept).</summary>
    public string ToAscii(string text)
    {
        bool latin = true;
        bool ascii = true;
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                ascii = false;
                if (c >= 0x250 && !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x1E00 && c <= 0x1EFF) && c != 0x2BC && c != 0x2BB)
                {
                    latin = false;
                    break;
                }
            }
        }

        if (ascii)
        {
            return text.ToLowerInvariant();
        }

        if (latin)
        {
            return StripLatin(text);
        }

        if (_cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        string result = Foreign(text);
        if (_cache.Count < 100_000)
        {
            _cache[text] = result;
        }

        return result;
    }

    private string Foreign(string text)
    {
        // A Korean name written as one word (김정은) is surname + given-name syllables: keep the syllables apart so
        // that their romanisation variants (Gim/Kim, Jeong/Jong, Eun/Un) meet the lists' spellings.
        string trimmed = text.Trim();
        if (trimmed.Length is >= 2 and <= 4 && trimmed.All(c => c is >= '\uAC00' and <= '\uD7AF'))
        {
            return string.Join(' ', trimmed.Select(c => new string(ForeignWord(c.ToString()).Where(char.IsAsciiLetterOrDigit).ToArray())));
        }

        // A Korean name in Russian transcription ("Ким Чен Ын") reads back into Korean romanisation, not Russian.
        if (text.Any(c => c is >= '\u0400' and <= '\u04FF') && KoreanCyrillic.Read(trimmed) is { } korean)
        {
            return korean;
        }

        // Otherwise Chinese and Korean transliterate syllable by syllable; a written word (a given name) stays one token.
        if (text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF'))
        {
            return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => new string(ForeignWord(word).Where(char.IsAsciiLetterOrDigit).ToArray())));
        }

        return ForeignWord(text);
    }

    private string ForeignWord(string text)
    {
        bool cyrillic = text.Any(c => c is >= '\u0400' and <= '\u04FF');
        if (_any is not null)
        {
            lock (_icuLock)
            {
                string latin = (cyrillic ? _russian! : _any).Transliterate(text);
                if (latin.All(c => c < 0x80))
                {
                    return latin.ToLowerInvariant();
                }

                return AnyAscii.Transliteration.Transliterate(latin).ToLowerInvariant();
            }
        }

        return AnyAscii.Transliteration.Transliterate(text).ToLowerInvariant();
    }

    private static string StripLatin(string text)
    {
        string d = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (char c in d)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
                default:
                    break;
            }

            if (c < 0x80)
            {
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }

            sb.Append(c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' or 'ð' or 'Ð' => "d",
                'ı' => "i",
                'þ' or 'Þ' => "th",
                '\u2019' or '\u2018' or '\u02BC' or '\u02BB' => "'",
                _ when c is >= '\u2010' and <= '\u2015' => "-",
                _ => AnyAscii.Transliteration.Transliterate(c.ToString()).ToLowerInvariant(),
            });
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _russian?.Dispose();
        _any?.Dispose();
    }
}
