namespace SanctionWatch.Analysis;

/// <summary>The language codes the shipped models are named by, from the spellings a user may type.</summary>
internal static class ModelLanguage
{
    /// <summary>
    /// <c>de</c> or <c>en</c> for a German or English spelling (<c>deu</c>, <c>english</c>, …), any other two-letter
    /// ISO 639-1 code as it is (a pack may ship resources for it), otherwise null.
    /// </summary>
    public static string? Code(string? language) => language?.ToLowerInvariant() switch
    {
        "de" or "deu" or "ger" or "german" => "de",
        "en" or "eng" or "english" => "en",
        { Length: 2 } code when code.All(char.IsAsciiLetterLower) => code,
        _ => null,
    };
}
