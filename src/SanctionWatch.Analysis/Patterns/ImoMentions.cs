using System.Text.RegularExpressions;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Ids;

namespace SanctionWatch.Analysis.Patterns;

/// <summary>Vessels by their IMO numbers ("IMO 9179842", "IMO-Nummer 9179842", "IMO No. 9179842"; only numbers whose check digit is right), keyed so the ship's name before the number names the same vessel.</summary>
internal static partial class ImoMentions
{
    /// <summary>
    /// Adds a mention for each valid IMO number in <paramref name="text"/>. The number identifies the vessel whatever
    /// name it is given; the ship name just before it ("der Frachter „Sparta IV“ (IMO 9179842)") gets the same key,
    /// so both resolve to one vessel named by the text.
    /// </summary>
    public static void Add(string text, List<Mention> mentions)
    {
        foreach (Match m in ImoPattern().Matches(text))
        {
            string digits = m.Groups[1].Value;
            if (!ImoNumber.IsValid(digits))
            {
                continue;
            }

            int start = m.Index, end = m.Index + m.Length;
            // A tagger or gazetteer that read "IMO" as the organisation gives way to the vessel's number, and a ship
            // name this recogniser ran into the number ("Frachter Sparta IMO 9179842") ends before it.
            mentions.RemoveAll(x => x.Start >= start && x.End <= end);
            for (int k = mentions.Count - 1; k >= 0; k--)
            {
                var x = mentions[k];
                if (x.Source == "pattern" && x.Start < start && x.End > start)
                {
                    string kept = text[x.Start..start].TrimEnd(' ', ',', '(', '\n');
                    mentions.RemoveAt(k);
                    if (kept.Length > 0)
                    {
                        mentions.Add(x with { End = x.Start + kept.Length, Text = kept, Name = kept });
                    }
                }
            }

            if (mentions.Any(x => x.Start < end && start < x.End))
            {
                continue;
            }

            string key = ImoNumber.Key(digits);
            mentions.Add(new Mention(start, end, text[start..end], "Vessel", key, "IMO " + digits, null, "pattern"));
            int named = mentions.FindLastIndex(x => x.Schema == "Vessel" && x.Key is null && x.End <= start && IsNameBeforeNumber(text, x.End, start));
            if (named >= 0)
            {
                mentions[named] = mentions[named] with { Key = key };
            }
        }
    }

    // Only brackets, quotation marks, commas and spaces between a ship's name and its number: "Angara (IMO …)".
    private static bool IsNameBeforeNumber(string text, int nameEnd, int numberStart) =>
        numberStart - nameEnd <= 4 && text.AsSpan(nameEnd, numberStart - nameEnd).IndexOfAnyExcept(NameNumberSeparators) < 0;

    private static readonly System.Buffers.SearchValues<char> NameNumberSeparators = System.Buffers.SearchValues.Create(" ,(“”\"»«");

    [GeneratedRegex(@"\bIMO(?:[- ]?(?:Nummer|Nr\.|No\.|no\.|number|Number))?:?\s?(\d{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImoPattern();
}
