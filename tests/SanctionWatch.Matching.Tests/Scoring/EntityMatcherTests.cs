using SanctionWatch.Matching.Normalization;
using SanctionWatch.Matching.Scoring;

namespace SanctionWatch.Matching.Tests.Scoring;

public sealed class EntityMatcherTests
{
    private readonly EntityMatcher _matcher = EntityMatcher.CreateDefault();

    [Theory]
    [InlineData("Dimitri Peskow", "Dmitriy Peskov")]
    [InlineData("Sergej Schoigu", "Sergei Shoigu")]
    [InlineData("Wladimir Putin", "Vladimir Putin")]
    [InlineData("Kim Jong-un", "KIM, Jong Un")]
    [InlineData("Jong Un Kim", "Kim Jong Un")]
    [InlineData("Kim Jongun", "Kim Jong Un")]
    [InlineData("Ri Pyong Chol", "Rhee Pyong Chol")]
    [InlineData("Pol Pot", "PolPot")]
    [InlineData("Шойгу Сергей", "Sergei Shoigu")]
    [InlineData("김정은", "KIM, Jong Un")]
    [InlineData("Dima Peskov", "Dmitriy Peskov")]
    [InlineData("Bibi Netanyahu", "Benjamin Netanyahu")]
    [InlineData("Ig0r Sech1n", "Igor Sechin")]
    [InlineData("Siemens Aktiengesellschaft", "Siemens AG")]
    [InlineData("OOO Gazprom", "Общество с ограниченной ответственностью Газпром")]
    public void CompareNames_SpellingVariants_Match(string a, string b)
    {
        var score = _matcher.CompareNames("Person", a, b);

        Assert.True(score.Match, $"{a} ~ {b}: {score.Score}");
    }

    [Theory]
    [InlineData("Dmitriy Peskov", "Nikolay Peskov")]
    [InlineData("Sergey Ivanevich Lavrov", "Sergey Viktorovich Lavrov")]
    [InlineData("Barack Obama", "George Hussein Onyango Obama")]
    [InlineData("Oliver Lopez", "Alvaro Lopez")]
    [InlineData("Ahmad bin Hasan al-Ubaidi", "Hasan bin Ahmad al-Ubaidi")]
    public void CompareNames_DifferentPeople_DoNotMatch(string a, string b)
    {
        var score = _matcher.CompareNames("Person", a, b);

        Assert.False(score.Match, $"{a} ~ {b}: {score.Score}");
    }

    [Fact]
    public void CompareNames_DifferentLegalForms_DoNotMatch()
    {
        Assert.False(_matcher.CompareNames("Company", "Deutsche Bank AG", "Deutsche Bank GmbH").Match);
    }

    [Fact]
    public void CompareNames_Explanations_HaveYenteShape()
    {
        var score = _matcher.CompareNames("Person", "Dimitri Peskow", "PESKOV, Dmitriy Sergeevich");

        var feature = Assert.Contains("name_match", score.Explanations);
        Assert.Equal(score.Score, feature.Score, 3);
        Assert.Contains("peskow~peskov", feature.Detail, StringComparison.Ordinal);
        Assert.Contains("sergeevich", feature.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SchemaMismatch_Penalised()
    {
        var person = _matcher.Prepare("Person", ["Ocean Star"], [], []);
        var vessel = _matcher.Prepare("Vessel", ["Ocean Star"], [], []);

        var score = _matcher.Score(person, vessel, explain: true);

        Assert.False(score.Match);
        Assert.Contains("schema_mismatch", score.Explanations.Keys);
    }

    [Fact]
    public void Algorithm_IsNamedAndVersioned()
    {
        Assert.Matches(@"^[a-z-]+/\d+\.\d+$", EntityMatcher.Algorithm);
    }

    [Fact]
    public void Score_IsSymmetricEnough_ForSwappedNames()
    {
        var ab = _matcher.CompareNames("Person", "Olaf Scholze", "Olaf Scholz").Score;
        var ba = _matcher.CompareNames("Person", "Olaf Scholz", "Olaf Scholze").Score;

        Assert.Equal(ab, ba, 3);
    }

    [Fact]
    public void CompareNames_Empty_ScoresZero()
    {
        Assert.Equal(0, _matcher.CompareNames(null, "...", "Kim").Score);
    }

    [Fact]
    public void Normalize_HonorificsAndAccents_Removed()
    {
        var n = _matcher.Normalizer.Normalize("Präsident Dr. José Müller");

        Assert.Equal("jose muller", n.Text);
    }
}
