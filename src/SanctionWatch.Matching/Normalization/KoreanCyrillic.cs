using System.Collections.Frozen;

namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// Reads a Korean name written in Russian (Kontsevich) transcription back into the romanisation the lists use:
/// "Ким Чен Ын" is KIM Jong Un, "Ким Ё Чжон" KIM Yo Jong. Russian transliteration would give "Kim Chen Yn", which
/// matches nothing. The table maps the syllables of Korean names and places; a name is read this way only when it
/// starts with a Korean surname and every syllable is in the table.
/// </summary>
public static class KoreanCyrillic
{
    // Kontsevich syllable → the McCune-Reischauer-like spelling of the lists (and of North Korean names in the news).
    private static readonly FrozenDictionary<string, string> Syllables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ким"] = "kim",
        ["ли"] = "ri",
        ["ри"] = "ri",
        ["пак"] = "pak",
        ["чхве"] = "choe",
        ["чон"] = "jong",
        ["кан"] = "kang",
        ["хан"] = "han",
        ["юн"] = "yun",
        ["о"] = "o",
        ["пэк"] = "paek",
        ["со"] = "so",
        ["син"] = "sin",
        ["хён"] = "hyon",
        ["чо"] = "jo",
        ["чу"] = "ju",
        ["нам"] = "nam",
        ["мун"] = "mun",
        ["ко"] = "ko",
        ["квон"] = "kwon",
        ["рю"] = "ryu",
        ["чен"] = "jong",
        ["чжон"] = "jong",
        ["чжен"] = "jong",
        ["ын"] = "un",
        ["ун"] = "un",
        ["ё"] = "yo",
        ["йо"] = "yo",
        ["ир"] = "il",
        ["ил"] = "il",
        ["сен"] = "song",
        ["сон"] = "song",
        ["чхоль"] = "chol",
        ["чоль"] = "chol",
        ["чхол"] = "chol",
        ["ён"] = "yong",
        ["ен"] = "yong",
        ["рён"] = "ryong",
        ["мён"] = "myong",
        ["хо"] = "ho",
        ["хи"] = "hui",
        ["хый"] = "hui",
        ["сик"] = "sik",
        ["ман"] = "man",
        ["ок"] = "ok",
        ["гван"] = "gwang",
        ["кван"] = "kwang",
        ["хёк"] = "hyok",
        ["чхан"] = "chang",
        ["чан"] = "jang",
        ["су"] = "su",
        ["сун"] = "sun",
        ["ин"] = "in",
        ["ми"] = "mi",
        ["хва"] = "hwa",
        ["тхэ"] = "thae",
        ["тэ"] = "thae",
        ["ён-чхоль"] = "yong chol",
        ["пхеньян"] = "pyongyang",
        ["кэсон"] = "kaesong",
        ["нампхо"] = "nampho",
        ["вонсан"] = "wonsan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Surnames = new[]
    {
        "ким", "ли", "ри", "пак", "чхве", "чон", "кан", "хан", "юн", "о", "пэк", "со", "син", "хён", "чо", "чу", "нам",
        "мун", "ко", "квон", "рю",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The romanised reading of <paramref name="text"/> when it is a Korean name or place in Russian transcription, else null.</summary>
    public static string? Read(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && Syllables.TryGetValue(words[0], out var place) && place.Length > 5)
        {
            return place;
        }

        if (words.Length is < 2 or > 4 || !Surnames.Contains(words[0]))
        {
            return null;
        }

        var latin = new List<string>(words.Length);
        foreach (string w in words)
        {
            if (!Syllables.TryGetValue(w, out var syllable))
            {
                return null;
            }

            latin.Add(syllable);
        }

        return string.Join(' ', latin);
    }
}
