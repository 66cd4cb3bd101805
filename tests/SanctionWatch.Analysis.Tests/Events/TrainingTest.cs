using static SanctionWatch.Analysis.Tests.Support.ShortTexts;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Training another country's soldiers or pilots is military aid from the trainers' side to the trainees' side; a word
/// for training that is no act of training (a train, troops in training) is none. Sentences written for these tests.
/// </summary>
public sealed class TrainingTest
{
    [Theory]
    [InlineData("en", "Iranian instructors trained Russian drone operators in Crimea last year, officials said.", "ir", "ru")]
    [InlineData("de", "Die iranischen Ausbilder schulen russische Drohnenpiloten.", "ir", "ru")]
    [InlineData("de", "Russland bildet syrische Piloten aus.", "ru", "sy")]
    public void Analyze_TrainingAnotherSidesSoldiers_IsAidToIt(string language, string text, string trainer, string trainee)
    {
        var analysis = Analyze(language, text);
        var e = Assert.Single(analysis.Events);
        Assert.Equal("AID", e.Type);
        Assert.Equal(trainer, Country(analysis, e.Actor));
        Assert.Equal(trainee, Country(analysis, e.Target));
    }

    [Theory]
    [InlineData("en", "The train from Moscow arrived in Minsk on Monday.")]
    [InlineData("en", "Syrian troops are training in Russia.")]
    [InlineData("de", "Die Schulen in Minsk bleiben geschlossen.")]
    public void Analyze_NoActOfTraining_IsNoAid(string language, string text)
    {
        var analysis = Analyze(language, text);
        Assert.DoesNotContain(analysis.Events, e => e.Type == "AID");
    }
}
