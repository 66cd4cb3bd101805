namespace SanctionWatch.Analysis.Patterns;

/// <summary>Institutions by their head word: "Kokushikan-Universität", "Ewha Womans University", "University of Tokyo", "Institut für X".</summary>
internal static class InstitutionNames
{
    private static readonly string[] InstitutionSuffixes = ["-Universität", "-Institut", "-Stiftung", "-Akademie", "-Hochschule", "-Zentrum", "-Institute", "-University"];
    private static readonly FrozenSet<string> InstitutionHeads = new[] { "University", "Institute", "Foundation", "Academy", "College", "Universität", "Institut", "Stiftung", "Akademie", "Hochschule", "Center", "Centre", "Zentrum" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a hyphenated institution name in one word: "Kokushikan-Universität".</summary>
    public static bool IsCompound(string word) =>
        char.IsUpper(word[0]) && InstitutionSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)) && word.IndexOf('-', StringComparison.Ordinal) > 1;

    /// <summary>True for a word that heads an institution's name: "University", "Institut".</summary>
    public static bool IsHead(string word) => InstitutionHeads.Contains(word);

    /// <summary>The span of the institution named around the head word at token <paramref name="head"/>: "Ewha Womans University", "University of Tokyo", "Institut für Sicherheitspolitik"; null for the head word alone.</summary>
    public static (int Start, int End)? Around(string text, List<Token> tokens, int head)
    {
        int start = head;
        while (start > 0 && start > head - 3 && tokens[start - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[start - 1].Start])
               && PatternRecognizer.Gap(text, tokens[start - 1], tokens[start]) == 1 && !RoleNames.IsRole(tokens[start - 1].TextOf(text)))
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
}
