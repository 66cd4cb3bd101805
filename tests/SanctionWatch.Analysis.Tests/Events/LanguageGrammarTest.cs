using System.Text.RegularExpressions;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// The grammar a language pack brings (<c>grammar.tsv</c>): word-shape guesses, function words by kind, and that the
/// steps themselves never ask which language they read.
/// </summary>
public sealed partial class LanguageGrammarTest
{
    private static readonly EventLexicon German = EventLexicon.LoadBuiltIn("de")!;
    private static readonly EventLexicon English = EventLexicon.LoadBuiltIn("en")!;

    [Theory]
    [InlineData("geliefert", true)]
    [InlineData("zurückgewiesen", true)] // separable prefix before ge-
    [InlineData("verkauft", true)] // inseparable prefix: no ge-, weak ending
    [InlineData("liefern", false)]
    [InlineData("gewinnen", true)] // ge- at the start reads as a participle: a known limit of a shape guess
    public void German_Participle_GuessedFromShape(string word, bool participle) =>
        Assert.Equal(participle, German.Shapes.IsParticiple(word));

    [Theory]
    [InlineData("shipped", true)]
    [InlineData("sold", true)]
    [InlineData("ship", false)]
    [InlineData("geliefert", false)]
    public void English_Participle_GuessedFromShape(string word, bool participle) =>
        Assert.Equal(participle, English.Shapes.IsParticiple(word));

    [Fact]
    public void Subjunctive_OnlyWhereItMarksReportedSpeech()
    {
        Assert.True(German.Shapes.IsSubjunctive("liefere", upper: false));
        Assert.False(German.Shapes.IsSubjunctive("lieferte", upper: false));
        Assert.False(German.Shapes.IsSubjunctive("Lieferte", upper: true));
        Assert.False(English.Shapes.IsSubjunctive("deliverable", upper: false));
    }

    [Fact]
    public void Infinitive_UnmarkedInEnglish_EndingInGerman()
    {
        Assert.True(English.Shapes.IsInfinitive("ship", upper: false));
        Assert.True(German.Shapes.IsInfinitive("liefern", upper: false));
        Assert.False(German.Shapes.IsInfinitive("Liefern", upper: true)); // a capitalised noun
        Assert.False(German.Shapes.IsInfinitive("geliefert", upper: false));
    }

    [Fact]
    public void Traits_DifferBetweenTheLanguages()
    {
        Assert.True(German.Shapes.CapitalisedNouns && German.Shapes.DecimalComma && German.Shapes.AgoFirst && German.Shapes.GenitiveS);
        Assert.False(English.Shapes.CapitalisedNouns || English.Shapes.DecimalComma || English.Shapes.AgoFirst || English.Shapes.GenitiveS);
        Assert.True(English.Shapes.MonthFirst);
        Assert.Equal("ge", German.Shapes.ParticiplePrefix);
        Assert.Null(English.Shapes.ParticiplePrefix);
    }

    [Fact]
    public void FunctionWords_AreTheLanguagesOwn()
    {
        Assert.True(German.Words.Is("und", FunctionWord.Coordinator));
        Assert.False(English.Words.Is("und", FunctionWord.Coordinator));
        Assert.True(English.Words.Is("by", FunctionWord.AgentCase));
        Assert.False(English.Words.Is("by", FunctionWord.OfCase));
        Assert.True(German.Words.Is("dem", FunctionWord.Relative));
        Assert.False(German.Words.Is("dem", FunctionWord.SubjectRelative)); // a dative relative is not the clause's subject
        Assert.True(English.Words.Is("’s", FunctionWord.PossessiveClitic));
    }

    [Fact]
    public void Steps_NeverAskWhichLanguageTheyRead()
    {
        // Adding a language means adding a pack (its TSV rows, models), not editing a step. Only the loaders may
        // name a language code.
        string root = Path.Combine(SharedData.RepositoryRoot, "src", "SanctionWatch.Analysis");
        string[] loaders = ["EventLexicon.cs", "LanguagePacks.cs", "ModelLanguage.cs", "LanguagePack.cs", "SyntaxModel.cs", "NerModel.cs"];
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !loaders.Contains(Path.GetFileName(f)))
            .Where(f => LanguageSwitch().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(offenders);
    }

    [GeneratedRegex("""(==|is|case)\s+"(de|en)"|\.German\b""")]
    private static partial Regex LanguageSwitch();
}
