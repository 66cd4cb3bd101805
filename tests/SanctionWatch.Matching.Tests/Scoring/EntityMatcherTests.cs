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
    [InlineData("Brigade Forty-Four", "Brigade 44")]
    [InlineData("1st International Bank", "First International Bank")]
    [InlineData("Володимир Зеленський", "Volodymyr Oleksandrovych Zelenskyy")]
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
    public void CompareNames_OmittedPatronymic_CostsLessThanAnotherName()
    {
        var patronymic = _matcher.CompareNames("Person", "Volodymyr Zelenskyy", "Volodymyr Oleksandrovych Zelenskyy").Score;
        var otherName = _matcher.CompareNames("Person", "Volodymyr Zelenskyy", "Volodymyr Oleksandrovyk Zelenskyy").Score;

        Assert.True(patronymic > otherName, $"{patronymic} vs {otherName}");
    }

    [Fact]
    public void Score_WithListFrequencies_PartialMatchOnCommonPartsFallsBelowThreshold()
    {
        string[] listed =
        [
            "Juan Carlos Ortega Murillo", "Carlos Ortega Ruiz", "Carlos Medina Ortega", "Carlos Perez", "Carlos Soto",
            "Ortega Diaz, Maria", "Juan Ortega", "Carlos Alberto Ortega", "Usama bin Ladin", "Jose Carlos Ortega",
        ];
        var frequencies = new NameFrequencies(listed.Select(_matcher.Normalizer.Normalize));
        var informed = _matcher.WithFrequencies(frequencies);
        var candidate = informed.Prepare("Person", ["Juan Carlos Ortega Murillo"], [], []);

        var plain = _matcher.Score(_matcher.Prepare("Person", ["Carlos Ortega"], [], []), _matcher.Prepare("Person", ["Juan Carlos Ortega Murillo"], [], []), explain: false);
        var common = informed.Score(informed.Prepare("Person", ["Carlos Ortega"], [], []), candidate, explain: true);
        var full = informed.Score(informed.Prepare("Person", ["Juan Carlos Ortega Murillo"], [], []), candidate, explain: false);
        var rare = informed.Score(informed.Prepare("Person", ["Juan Murillo"], [], []), candidate, explain: false);

        Assert.True(plain.Match, $"without frequencies {plain.Score}");
        Assert.False(common.Match, $"with frequencies {common.Score}");
        Assert.Contains("rarity of aligned parts", common.Explanations["name_match"].Detail, StringComparison.Ordinal);
        Assert.True(rare.Score > common.Score, $"rare parts {rare.Score} vs common parts {common.Score}");
        Assert.Equal(1, full.Score);
    }

    [Fact]
    public void Score_WithListFrequencies_LeftOverParticleMakesNoPartialMatch()
    {
        string[] listed = ["Al-Qaeda", "Al-Shabaab", "Al Nusrah Front", "Al-Qaida in Iraq", "Hizballah", "Al-Aqsa Foundation"];
        var informed = _matcher.WithFrequencies(new NameFrequencies(listed.Select(_matcher.Normalizer.Normalize)));

        var plain = _matcher.Score(_matcher.Prepare("Organization", ["Qaeda"], [], []), _matcher.Prepare("Organization", ["Al-Qaeda"], [], []), explain: false);
        var withFrequencies = informed.Score(informed.Prepare("Organization", ["Qaeda"], [], []), informed.Prepare("Organization", ["Al-Qaeda"], [], []), explain: false);

        Assert.Equal(plain.Score, withFrequencies.Score);
    }

    [Theory]
    [InlineData("ABC Co.", "A.B.C. Company")]
    [InlineData("LXC Aviation", "L.X.C Aviation")]
    [InlineData("Siemens AG", "SiemensAG")]
    public void CompareNames_CompanyAcronymOrRunTogetherLegalForm_Match(string a, string b)
    {
        var score = _matcher.CompareNames("Company", a, b);

        Assert.True(score.Match, $"{a} ~ {b}: {score.Score}");
    }

    [Theory]
    [InlineData("PLA", "People's Liberation Army")]
    [InlineData("U.S. Department of State", "United States Department of State")]
    public void CompareNames_OrganisationAcronymAgainstItsWords_Match(string a, string b)
    {
        var score = _matcher.CompareNames("Organization", a, b);

        Assert.True(score.Match, $"{a} ~ {b}: {score.Score}");
    }

    [Fact]
    public void CompareNames_PersonNameSpelledByInitials_DoesNotMatch()
    {
        Assert.False(_matcher.CompareNames("Person", "Ali", "Ahmed Latif Ibrahim").Match);
    }

    [Fact]
    public void CompareNames_CompanyAcronymLettersInAnotherOrder_DoNotMatch()
    {
        Assert.False(_matcher.CompareNames("Company", "C.B.A. Company", "A.B.C. Company").Match);
    }

    [Fact]
    public void Prepare_PersonInitials_StayInitials_CompanyLettersJoin()
    {
        var person = _matcher.Prepare("Person", ["J. R. R. Tolkien"], [], []);
        var company = _matcher.Prepare("Company", ["J. R. R. Tolkien"], [], []);

        Assert.Equal(4, person.Names[0].Tokens.Length);
        Assert.Equal("jrr tolkien", company.Names[0].Text);
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
