namespace SanctionWatch.Text.Tests;

public sealed class LanguageIdentifierTest
{
    // Loaded once for this class's tests (a fixture, not product state).
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.LoadBuiltIn();

    [Theory]
    [InlineData("de", "Russland und Nordkorea wollen ihre Zusammenarbeit ausbauen, sagte der Sprecher des Kremls am Dienstag in Moskau.")]
    [InlineData("en", "The United States and its allies condemned the transfer of ballistic missiles from North Korea to Russia on Tuesday.")]
    [InlineData("fr", "La Corée du Nord a livré des obus d'artillerie à la Russie, selon les services de renseignement sud-coréens.")]
    [InlineData("ru", "Россия и Северная Корея подписали договор о всеобъемлющем стратегическом партнёрстве во время визита.")]
    [InlineData("ko", "북한과 러시아는 포괄적 전략적 동반자 관계에 관한 조약을 체결했다고 조선중앙통신이 보도했다.")]
    [InlineData("uk", "Північна Корея передала Росії артилерійські снаряди, повідомила українська розвідка у вівторок.")]
    [InlineData("es", "Corea del Norte envió proyectiles de artillería a Rusia, según los servicios de inteligencia de Corea del Sur.")]
    public void Identify_NewsSentence_GivesItsLanguage(string expected, string text)
    {
        Assert.Equal(expected, Identifier.Identify(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234 5678 !!")]
    [InlineData("Kim")]
    public void Identify_TooLittleText_IsUndetermined(string text)
    {
        Assert.Equal("und", Identifier.Identify(text));
    }

    // Short headline-like sentences that are mostly names: the n-gram distance alone puts them nearer Dutch,
    // Swedish or Romanian. Favouring the languages the analyser reads settles such close calls.
    [Theory]
    [InlineData("en", "Saudi Arabia praised Qatar's mediation efforts.")]
    [InlineData("en", "Russia denies buying arms from Pyongyang.")]
    [InlineData("de", "Pjöngjang liefert Raketen an Moskau.")]
    public void Identify_ShortSentenceOfAFavouredLanguage_GivesThatLanguage(string expected, string text)
    {
        Assert.Equal(expected, Identifier.Favouring(["de", "en"]).Identify(text));
    }

    // Favouring must not swallow other languages: a real sentence in one stays well beyond the margin.
    [Theory]
    [InlineData("nl", "Het kabinet wil de export van onderdelen naar Rusland verder beperken.")]
    [InlineData("fr", "Le ministre a qualifié ces livraisons de violation flagrante des résolutions.")]
    [InlineData("it", "Le autorità hanno sequestrato la nave nel porto di Genova.")]
    [InlineData("es", "La policía detuvo a tres personas en el puerto de Valencia.")]
    [InlineData("pl", "Rząd zapowiedział kontrole wszystkich statków w porcie.")]
    public void Identify_ShortSentenceOfAnotherLanguage_IsNotPulledToAFavouredOne(string expected, string text)
    {
        Assert.Equal(expected, Identifier.Favouring(["de", "en"]).Identify(text));
    }
}
