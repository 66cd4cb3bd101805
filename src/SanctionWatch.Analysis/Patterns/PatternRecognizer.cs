using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Ids;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Patterns;

/// <summary>
/// Finds names by the words around them, where gazetteers do not know them and the tagger misses them:
/// a role before a name ("Professor X", "Kremlsprecher X", "US-Experte X", "spokesperson X"), Korean personal
/// names (a Korean surname followed by romanised syllables: "Lim Eun-jung", "Cheong Seong Chang"), and
/// institutions by their head word ("Kokushikan-Universität", "Ewha Womans University", "Institut für X"),
/// weapon systems by their designations ("Hwasong-17", "KN-23", "Iskander"), and vessels by their IMO numbers
/// ("IMO 9179842", "IMO-Nummer 9179842", "IMO No. 9179842"; only numbers whose check digit is right).
/// </summary>
public static partial class PatternRecognizer
{
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "Experte", "Expertin", "Experten", "Professor", "Professorin", "Sprecher", "Sprecherin", "Analyst", "Analystin",
        "Minister", "Ministerin", "Außenminister", "Außenministerin", "Verteidigungsminister", "Präsident", "Präsidentin",
        "Botschafter", "Botschafterin", "Direktor", "Direktorin", "Leiter", "Leiterin", "Chef", "Chefin", "Machthaber",
        "Diktator", "Politologe", "Politologin", "Politikwissenschaftler", "Politikwissenschaftlerin", "Forscher",
        "Forscherin", "Historiker", "Historikerin", "Ökonom", "Ökonomin", "Diplomat", "Diplomatin", "Generalsekretär",
        "Regierungssprecher", "Kremlsprecher", "Kreml-Sprecher", "Pressesprecher", "Pressesprecherin", "Vizepräsident",
        "Senator", "Senatorin", "Abgeordnete", "Abgeordneter", "General", "Admiral", "Oberst", "Dr", "Prof",
        "Mr", "Mrs", "Ms", "President", "Minister", "Ambassador", "Director", "Secretary", "Spokesman", "Spokeswoman",
        "spokesman", "spokeswoman", "spokesperson", "analyst", "expert", "professor", "researcher", "Representative",
        "Rep", "Sen", "Gen", "Adm", "Col", "Lt", "Vice", "Chairman", "Chairwoman", "Premier", "Governor",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Role words that end hyphenated compounds: "US-Experte", "Nordkorea-Experte", "Kreml-Sprecher".
    private static readonly string[] RoleSuffixes = ["-Experte", "-Expertin", "-Sprecher", "-Sprecherin", "-Analyst", "-Analystin", "-Präsident", "-Botschafter", "-Außenminister", "-Verteidigungsminister", "-Forscher", "-Forscherin", "-Chef", "-Chefin"];

    private static readonly FrozenSet<string> KoreanSurnames = new[]
    {
        "Kim", "Lee", "Yi", "Rhee", "Ri", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Cheong", "Kang",
        "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Rim", "Han", "Oh", "O", "Seo", "Suh", "Shin", "Sin",
        "Kwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Hong", "Jeon", "Jon", "Ko", "Moon", "Mun", "Yang", "Son",
        "Bae", "Baek", "Paek", "Heo", "Hyun", "Hyon", "Nam", "Noh", "No", "Ro", "Ha", "Kwak", "Sung", "Cha", "Ju", "Woo",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Surnames that are also everyday words ("Im Juli", "An der Grenze", "So sagte"): they need a hyphenated or
    // two-part given name to count.
    private static readonly FrozenSet<string> AmbiguousSurnames = new[] { "Im", "An", "So", "No", "O", "Oh", "Ha", "Son", "Song", "Moon", "Yu", "Jo", "Sin", "Ko", "Ju", "Nam", "Han", "Mun", "Ro", "Ri", "Yi", "Lee", "Park", "Chang", "Jang", "Woo", "Cha" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotGivenNames = new[] { "Juli", "Juni", "Mai", "Jan", "June", "July", "May", "Jun", "Jul", "Kim", "Lee", "Park", "Seoul", "Korea", "Pjöngjang" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] InstitutionSuffixes = ["-Universität", "-Institut", "-Stiftung", "-Akademie", "-Hochschule", "-Zentrum", "-Institute", "-University"];
    private static readonly FrozenSet<string> InstitutionHeads = new[] { "University", "Institute", "Foundation", "Academy", "College", "Universität", "Institut", "Stiftung", "Akademie", "Hochschule", "Center", "Centre", "Zentrum" }.ToFrozenSet(StringComparer.Ordinal);

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
            if (KoreanSurnames.Contains(word) && KoreanName(text, tokens, i) is { } korean
                && (!AmbiguousSurnames.Contains(word) || korean > i + 1 || tokens[korean].Of(text).Contains('-')))
            {
                found.Add(Make(text, tokens[i].Start, tokens[korean].End, "Person"));
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

                    found.Add(Make(text, ship.Start, ship.End, "Vessel"));
                }

                i = ships[^1].Last;
                continue;
            }

            if (IsRole(word) && NameAfter(text, tokens, i + 1) is { } last)
            {
                found.Add(Make(text, tokens[i + 1].Start, tokens[last].End, "Person"));
                i = last;
                continue;
            }

            if (WeaponName().IsMatch(word))
            {
                found.Add(Make(text, tokens[i].Start, tokens[i].End, "Thing"));
                continue;
            }

            if (char.IsUpper(word[0]) && InstitutionSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)) && word.IndexOf('-', StringComparison.Ordinal) > 1)
            {
                found.Add(Make(text, tokens[i].Start, tokens[i].End, "Organization"));
                continue;
            }

            if (InstitutionHeads.Contains(word) && Institution(text, tokens, i) is { } institution)
            {
                found.Add(Make(text, institution.Start, institution.End, "Organization"));
            }
        }

        AddUntaken(found, mentions);
        AddImoNumbers(text, mentions);
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

    // An IMO number identifies the vessel whatever name it is given; the ship name just before it ("der Frachter
    // „Sparta IV“ (IMO 9179842)") gets the same key, so both resolve to one vessel named by the text.
    private static void AddImoNumbers(string text, List<Mention> mentions)
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

    private static Mention Make(string text, int start, int end, string schema) =>
        new(start, end, text[start..end], schema, null, text[start..end], null, "pattern");

    private static bool IsRole(string word) =>
        RoleWords.Contains(word) || (word.Length > 6 && RoleSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)));

    // One to three capitalised words after a role: "Professor Leif-Eric Easley", "Sprecher Dmitri Peskow".
    private static int? NameAfter(string text, List<Token> tokens, int i)
    {
        int last = -1;
        for (int k = i; k < tokens.Count && k < i + 3; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]) || (k > i && Gap(text, tokens[k - 1], token) != 1))
            {
                break;
            }

            string word = token.TextOf(text);
            if (RoleWords.Contains(word) || InstitutionHeads.Contains(word) || word.Length < 2 || word.All(char.IsUpper))
            {
                break;
            }

            last = k;
        }

        return last < 0 ? null : last;
    }

    // A Korean surname followed by one or two tokens made of romanised Korean syllables.
    private static int? KoreanName(string text, List<Token> tokens, int i)
    {
        int last = -1;
        for (int k = i + 1; k < tokens.Count && k <= i + 2; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]) || Gap(text, tokens[k - 1], token) != 1
                || !KoreanGivenName().IsMatch(token.TextOf(text)) || NotGivenNames.Contains(token.TextOf(text)))
            {
                break;
            }

            last = k;
        }

        return last < 0 ? null : last;
    }

    // "Ewha Womans University", "University of Tokyo", "Institut für Sicherheitspolitik".
    private static (int Start, int End)? Institution(string text, List<Token> tokens, int head)
    {
        int start = head;
        while (start > 0 && start > head - 3 && tokens[start - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[start - 1].Start])
               && Gap(text, tokens[start - 1], tokens[start]) == 1 && !IsRole(tokens[start - 1].TextOf(text)))
        {
            start--;
        }

        int end = head;
        if (head + 2 < tokens.Count && tokens[head + 1].TextOf(text) is "of" or "für" or "for" && char.IsUpper(text[tokens[head + 2].Start]))
        {
            end = head + 2;
            while (end + 1 < tokens.Count && end < head + 4 && tokens[end + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[end + 1].Start]))
            {
                end++;
            }
        }

        return start == head && end == head ? null : (tokens[start].Start, tokens[end].End);
    }

    internal static int Gap(string text, Token before, Token after) =>
        after.Start - before.End == 1 && text[before.End] == ' ' ? 1 : after.Start - before.End == 0 ? 0 : 2;

    // North Korean and Russian missile, rocket, drone and air-defence designations that arms-transfer reporting names.
    [GeneratedRegex(@"^(?:(?:Hwasong|Hwasal|Pukguksong|Chollima|Malligyong|Haeil|Haedam|KN)-\d{1,3}[A-Za-z]?|Iskander(?:-M)?|Kinschal|Kinzhal|Kalibr|Pantsir(?:-S1)?|Panzir(?:-S1)?|Shahed-\d{3}|Geran-\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeaponName();

    [GeneratedRegex(@"\bIMO(?:[- ]?(?:Nummer|Nr\.|No\.|no\.|number|Number))?:?\s?(\d{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImoPattern();

    [GeneratedRegex(
        @"^(?:(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhyw])?(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|ai|a|e|o|u|i)(?:ng|[kntlmpgb])?){1,2}(?:-(?:(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhyw])?(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|ai|a|e|o|u|i)(?:ng|[kntlmpgb])?))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KoreanGivenName();
}
