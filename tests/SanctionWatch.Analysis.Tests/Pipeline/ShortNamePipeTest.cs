using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Tests.Pipeline;

/// <summary>
/// A person named in full and again by the surname alone, before or after: the surname is a mention of that person.
/// Names invented for these tests.
/// </summary>
public sealed class ShortNamePipeTest
{
    [Theory]
    [InlineData("de", "Dorofejew und Choe unterzeichnen Abkommen\n\nDer russische Vizeminister Iwan Dorofejew traf in Wladiwostok die nordkoreanische Ministerin Choe Ryong Hwa.", "Choe", "Choe Ryong Hwa")]
    [InlineData("de", "Dorofejew und Choe unterzeichnen Abkommen\n\nDer russische Vizeminister Iwan Dorofejew traf in Wladiwostok die nordkoreanische Ministerin Choe Ryong Hwa.", "Dorofejew", "Iwan Dorofejew")]
    [InlineData("en", "Dorofeyev and Choe sign fisheries deal\n\nRussian deputy minister Ivan Dorofeyev met Choe Ryong Hwa in Vladivostok on Monday.", "Choe", "Choe Ryong Hwa")]
    public void Analyze_SurnameOfAFullName_IsThatPerson(string language, string text, string surname, string full)
    {
        var analysis = Analyze(language, text);
        var first = analysis.Mentions.First(m => m.Text == surname);
        Assert.Equal(SchemaNames.Person, first.Schema);
        Assert.Equal(full, first.Name);
    }

    [Fact]
    public void Analyze_SurnameTwoPeopleShare_NamesNoOne()
    {
        // Two Choes in the document: the lone surname could be either, so it is left to the tagger and never given a full name.
        const string text = "Choe Ryong Hwa and Choe Sun Ok arrived in Moscow on Monday. Choe spoke first.";
        var analysis = Analyze("en", text);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "Choe" && m.Source == "short-name");
    }

    [Fact]
    public void Analyze_KoreanNameWithAMonthWordAsSecondSyllable_IsOnePerson()
    {
        var analysis = Analyze("de", "London (dpa) - Generaloberst Pak Chol Jun ist von der britischen Regierung mit Sanktionen belegt worden.");
        Assert.Contains(analysis.Mentions, m => m.Schema == SchemaNames.Person && m.Text == "Pak Chol Jun");
    }

    [Fact]
    public void Analyze_MonthOfADate_IsNoPerson()
    {
        var analysis = Analyze("de", "Das Treffen mit Kim Yong Chol fand am 3. Jun 2024 in Wladiwostok statt, wie die Agentur meldete.");
        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "Jun");
    }

    [Fact]
    public void Analyze_SurnameOfAKnownPerson_TakesTheirKeyAndCountry()
    {
        const string text = "Lawrow und Choe beraten über Fischerei\n\nDer russische Außenminister Sergej Lawrow hat die nordkoreanische Außenministerin Choe Son Hui in Sotschi empfangen.";
        var analysis = Analyze("de", text);
        var choe = analysis.Mentions.First(m => m.Text == "Choe");
        Assert.Equal("kp", choe.Country);
        Assert.NotNull(choe.Key);
    }
}
