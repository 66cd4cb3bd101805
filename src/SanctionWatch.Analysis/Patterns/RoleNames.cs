namespace SanctionWatch.Analysis.Patterns;

/// <summary>People named after their role: "Professor Leif-Eric Easley", "Kremlsprecher Dmitri Peskow", "US-Experte X", "spokesperson X".</summary>
internal static class RoleNames
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

    /// <summary>True for a word that names a role a person is called by: "Professor", "Sprecher", "Nordkorea-Experte".</summary>
    public static bool IsRole(string word) =>
        RoleWords.Contains(word) || (word.Length > 6 && RoleSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)));

    /// <summary>The last token of one to three capitalised words from token <paramref name="i"/> on, or null.</summary>
    public static int? NameAfter(string text, List<Token> tokens, int i)
    {
        int last = -1;
        for (int k = i; k < tokens.Count && k < i + 3; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]) || (k > i && PatternRecognizer.Gap(text, tokens[k - 1], token) != 1))
            {
                break;
            }

            string word = token.TextOf(text);
            if (RoleWords.Contains(word) || InstitutionNames.IsHead(word) || word.Length < 2 || word.All(char.IsUpper))
            {
                break;
            }

            last = k;
        }

        return last < 0 ? null : last;
    }
}
