using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Tests;

public sealed class GazetteerRecognizerTest
{
    private static List<Mention> Places(string text)
    {
        var mentions = new List<Mention>();
        Support.TestPacks.Places.Recognize(text, Tokenizer.Tokenize(text), mentions);
        return mentions;
    }

    [Fact]
    public void Recognize_PlaceSpelledInCapitalsInADateline_IsThePlace()
    {
        var mentions = Places("SEOUL, May 2 (Reuters) - Officials in MOSCOW said on Friday that talks would resume.");

        Assert.Contains(mentions, m => m.Text == "SEOUL" && m.Schema == "Address" && m.Country == "kr");
        Assert.Contains(mentions, m => m.Text == "MOSCOW" && m.Schema == "Address" && m.Country == "ru");
    }

    [Theory]
    [InlineData("Ein Lager bei Tambow brannte nach dem Angriff.", "Tambow")]
    [InlineData("The plant in Cherepovets was hit again.", "Cherepovets")]
    [InlineData("Die Arbeiter kamen über Uljanowsk in die Region.", "Uljanowsk")]
    public void Recognize_RegionalCityOfRussia_IsARussianPlace(string text, string city)
    {
        Assert.Contains(Places(text), m => m.Text == city && m.Schema == "Address" && m.Country == "ru");
    }

    [Theory]
    [InlineData("Raketen schlugen in Kramatorsk ein.", "Kramatorsk")]
    [InlineData("Shelling hit Nikopol again overnight.", "Nikopol")]
    [InlineData("Ein Lagerhaus in Pawlohrad brannte aus.", "Pawlohrad")]
    public void Recognize_FrontTownOfUkraine_IsAUkrainianPlace(string text, string town)
    {
        Assert.Contains(Places(text), m => m.Text == town && m.Schema == "Address" && m.Country == "ua");
    }

    [Theory]
    [InlineData("Vladimir Sokolov said the deal was done.")]
    [InlineData("Ships crossed the Tumen on Monday.")]
    [InlineData("The tanker Volzhsky Rassvet left port.")]
    public void Recognize_RussianTownNamedLikeAPersonRiverOrShip_IsNoRussianTown(string text)
    {
        // Vladimir (a first name), Tumen (the border river, an old spelling of Tyumen), Volzhsky (an adjective in names).
        Assert.DoesNotContain(Places(text), m => m.Schema == "Address" && m.Country == "ru" && m.Text is "Vladimir" or "Tumen" or "Volzhsky");
    }

    [Fact]
    public void Recognize_ShortCapitalisedWord_IsNoPlace()
    {
        // Capitals are added only for names of four letters or more: "ROME" is Rome, "US" or "EU" is not a city's.
        Assert.DoesNotContain(Places("The UN said NATO and the EU agreed."), m => m.Schema == "Address");
    }

    [Fact]
    public void Recognize_CommonGermanNoun_IsNoPlace()
    {
        // "Mann" was a secondary name of the Isle of Man; the treebanks use it as a common noun.
        Assert.Empty(Places("Ein Mann aus der Region sagte, er habe die Schiffe gesehen."));
    }

    [Fact]
    public void Recognize_ThePresidentsResidence_IsNoCityAbroad()
    {
        // "White House" was an alternate name of Casablanca; an uncurated alternate of common words is dropped.
        Assert.Empty(Places("The White House said the Salt River project and the Garden City talks would go on."));
    }
}
