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
