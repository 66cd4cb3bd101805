using System.Text.RegularExpressions;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Patterns;

/// <summary>
/// Finds names by the words around them, where gazetteers do not know them and the tagger misses them:
/// a role before a name ("Professor X", "Kremlsprecher X", "US-Experte X", "spokesperson X"), Korean personal
/// names (a Korean surname followed by romanised syllables: "Lim Eun-jung", "Cheong Seong Chang"), and
/// institutions by their head word ("Kokushikan-Universität", "Ewha Womans University", "Institut für X"),
/// weapon systems by their designations ("Hwasong-17", "KN-23", "Iskander"), and vessels by their IMO numbers
/// ("IMO 9179842", "IMO-Nummer 9179842", "IMO No. 9179842"; only numbers whose check digit is right).
/// This class walks the words and adds what each kind of pattern finds where no mention stands yet.
/// </summary>
public static partial class PatternRecognizer
{
    /// <summary>Appends the mentions found to <paramref name="mentions"/>, skipping spans already covered.</summary>
    public static void Recognize(string text, List<Token> tokens, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var found = new List<Mention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            string word = tokens[i].TextOf(text);
            if (KoreanNames.At(text, tokens, i, word) is { } korean)
            {
                found.Add(Make(text, tokens[i].Start, tokens[korean].End, SchemaNames.Person));
                i = korean;
                continue;
            }

            if (VesselNames.IsShipNoun(word) && VesselNames.After(text, tokens, i + 1) is { Count: > 0 } ships)
            {
                foreach (var ship in ships)
                {
                    if (ship.Quoted)
                    {
                        // A quoted name after a ship noun is the ship's, whatever place or person a word of it names.
                        mentions.RemoveAll(m => m.Start >= ship.Start && m.End <= ship.End);
                    }

                    found.Add(Make(text, ship.Start, ship.End, SchemaNames.Vessel));
                }

                i = ships[^1].Last;
                continue;
            }

            if (RoleNames.IsRole(word) && RoleNames.NameAfter(text, tokens, i + 1) is { } last)
            {
                found.Add(Make(text, tokens[i + 1].Start, tokens[last].End, SchemaNames.Person));
                i = last;
                continue;
            }

            if (WeaponName().IsMatch(word))
            {
                found.Add(Make(text, tokens[i].Start, tokens[i].End, SchemaNames.Thing));
                continue;
            }

            if (InstitutionNames.IsCompound(word))
            {
                found.Add(Make(text, tokens[i].Start, tokens[i].End, SchemaNames.Organization));
                continue;
            }

            if (InstitutionNames.IsHead(word) && InstitutionNames.Around(text, tokens, i) is { } institution)
            {
                found.Add(Make(text, institution.Start, institution.End, SchemaNames.Organization));
            }
        }

        AddUntaken(found, mentions);
        ImoMentions.Add(text, mentions);
    }

    // Adds each found mention that overlaps no mention before it. The taken spans are kept by start, so that only
    // those starting within one mention's length are asked: a long document stays linear (asking all was quadratic).
    private static void AddUntaken(List<Mention> found, List<Mention> mentions)
    {
        if (found.Count == 0)
        {
            return;
        }

        var taken = new SortedSet<(int Start, int End)>(mentions.Select(m => (m.Start, m.End)));
        int longest = found.Concat(mentions).Max(m => m.End - m.Start);
        foreach (var mention in found)
        {
            bool overlaps = false;
            foreach (var (start, end) in taken.GetViewBetween((mention.Start - longest, int.MinValue), (Math.Max(mention.End - 1, mention.Start - longest), int.MaxValue)))
            {
                if (start < mention.End && mention.Start < end)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                mentions.Add(mention);
                taken.Add((mention.Start, mention.End));
            }
        }
    }

    private static Mention Make(string text, int start, int end, string schema) =>
        new(start, end, text[start..end], schema, null, text[start..end], null, "pattern");

    // 1 when one space stands between two tokens, 0 when they touch, 2 for anything else.
    internal static int Gap(string text, Token before, Token after) =>
        after.Start - before.End == 1 && text[before.End] == ' ' ? 1 : after.Start - before.End == 0 ? 0 : 2;

    // North Korean and Russian missile, rocket, drone and air-defence designations that arms-transfer reporting names.
    [GeneratedRegex(@"^(?:(?:Hwasong|Hwasal|Pukguksong|Chollima|Malligyong|Haeil|Haedam|KN)-\d{1,3}[A-Za-z]?|Iskander(?:-M)?|Kinschal|Kinzhal|Kalibr|Pantsir(?:-S1)?|Panzir(?:-S1)?|Shahed-\d{3}|Geran-\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeaponName();
}
