using System.Text.RegularExpressions;
using SanctionWatch.Model.Ids;
using SanctionWatch.Model.Schemata;

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
            mentions.Add(new Mention(start, end, text[start..end], SchemaNames.Vessel, key, "IMO " + digits, null, "pattern"));
            // The name just before the number is the ship's, whatever a tagger took it for: "the Polar Dawn (IMO …)".
            int named = mentions.FindLastIndex(x => x.Key is null && x.End <= start && IsNameBeforeNumber(text, x.End, start)
                && x.Schema is SchemaNames.Vessel or SchemaNames.Person or SchemaNames.Organization);
            if (named >= 0)
            {
                mentions[named] = mentions[named] with { Key = key, Schema = SchemaNames.Vessel };
            }
            else if (CapitalisedNameBefore(text, start) is { } name && !mentions.Any(x => x.Start < name.End && name.Start < x.End))
            {
                mentions.Add(new Mention(name.Start, name.End, text[name.Start..name.End], SchemaNames.Vessel, key, text[name.Start..name.End], null, "pattern"));
            }
        }
    }

    // Up to four capitalised words (or words with digits) ending right before "(IMO …": "the Polar Dawn (IMO 9254018)".
    private static (int Start, int End)? CapitalisedNameBefore(string text, int numberStart)
    {
        int end = numberStart;
        while (end > 0 && NameNumberSeparators.Contains(text[end - 1]))
        {
            end--;
        }

        if (numberStart - end > 4 || end == 0)
        {
            return null;
        }

        int start = end;
        for (int words = 0; words < 4; words++)
        {
            int wordEnd = start;
            int wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !(char.IsUpper(text[wordStart]) || char.IsDigit(text[wordStart])))
            {
                break;
            }

            start = wordStart;
            if (start == 0 || text[start - 1] != ' ')
            {
                break;
            }

            start--; // the space before the word, given back below if no word comes
        }

        while (start < end && text[start] == ' ')
        {
            start++;
        }

        return start < end && char.IsUpper(text[start]) ? (start, end) : null;
    }

    // Only brackets, quotation marks, commas and spaces between a ship's name and its number: "Angara (IMO …)".
    private static bool IsNameBeforeNumber(string text, int nameEnd, int numberStart) =>
        numberStart - nameEnd <= 4 && text.AsSpan(nameEnd, numberStart - nameEnd).IndexOfAnyExcept(NameNumberSeparators) < 0;

    private static readonly System.Buffers.SearchValues<char> NameNumberSeparators = System.Buffers.SearchValues.Create(" ,(“”\"»«");

    [GeneratedRegex(@"\bIMO(?:[- ]?(?:Nummer|Nr\.|No\.|no\.|number|Number))?:?\s?(\d{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImoPattern();
}
