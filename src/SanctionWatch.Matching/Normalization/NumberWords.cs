using System.Collections.Frozen;

namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// Reads English number words in names as digits, so Brigade Forty-Four meets Brigade 44, Three Percenters meets
/// 3 Percenters and First International Bank meets 1st International Bank.
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "fourty" is a common misspelling; it is read as the number it means.
    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fourty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Replaces number words in <paramref name="words"/> (lower-case) by digits, joining a ten and a unit (forty four,
    /// forty 4) into one number; a one-word name is left alone (Seven is a name, not a number).
    /// </summary>
    public static void Apply(List<string> words)
    {
        if (words.Count < 2)
        {
            return;
        }

        for (int i = 0; i < words.Count; i++)
        {
            // Every number word starts with one of these letters; most name parts are rejected without a lookup.
            if (words[i].Length < 3 || words[i][0] is not ('o' or 't' or 'f' or 's' or 'e' or 'n'))
            {
                continue;
            }

            if (Tens.TryGetValue(words[i], out int ten))
            {
                if (i + 1 < words.Count && UnitOf(words[i + 1]) is int unit and < 10)
                {
                    words[i] = (ten + unit).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    words.RemoveAt(i + 1);
                }
                else
                {
                    words[i] = ten.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else if (Units.TryGetValue(words[i], out int value))
            {
                words[i] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static int? UnitOf(string word) =>
        Units.TryGetValue(word, out int v) ? v : word.Length == 1 && char.IsAsciiDigit(word[0]) ? word[0] - '0' : null;
}
