using SanctionWatch.Analysis.Patterns;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Ids;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Tests.Patterns;

public sealed class ImoNumberRecognitionTest
{
    private static List<Mention> Find(string text)
    {
        var mentions = new List<Mention>();
        PatternRecognizer.Recognize(text, Tokenizer.Tokenize(text), mentions);
        return mentions;
    }

    [Theory]
    [InlineData("Das Schiff mit der IMO 9179842 lag in Rajin.", "IMO 9179842")]
    [InlineData("Laut Register trägt es die IMO-Nummer 9179842.", "IMO-Nummer 9179842")]
    [InlineData("The vessel (IMO No. 9179842) left port.", "IMO No. 9179842")]
    [InlineData("Registered as IMO number: 9179842 in 2019.", "IMO number: 9179842")]
    [InlineData("Vessel Registration Identification IMO 9110236.", "IMO 9110236")]
    public void Recognize_ImoNumberWithValidCheckDigit_IsAVesselKeyedByTheNumber(string text, string expected)
    {
        var mention = Assert.Single(Find(text), m => m.Text == expected);

        Assert.Equal(expected, mention.Text);
        Assert.Equal("Vessel", mention.Schema);
        Assert.Equal(ImoNumber.Key(ImoNumber.Digits(expected)!), mention.Key);
    }

    [Theory]
    [InlineData("Das Schiff mit der IMO 9179843 lag in Rajin.")]
    [InlineData("The vessel IMO 917984 left port.")]
    [InlineData("Die Zahl 9179842 steht ohne IMO da.")]
    public void Recognize_WrongCheckDigitOrNoImoWord_FindsNoNumber(string text)
    {
        Assert.DoesNotContain(Find(text), m => m.Key is not null);
    }

    [Fact]
    public void Recognize_ShipNameBeforeItsNumber_SharesTheNumbersKey()
    {
        var mentions = Find("Der Frachter „Sparta IV“ (IMO 9179842) lief aus.");

        var named = Assert.Single(mentions, m => m.Text == "Sparta IV");
        Assert.Equal("imo:9179842", named.Key);
        Assert.Contains(mentions, m => m.Text == "IMO 9179842" && m.Key == "imo:9179842");
    }

    [Fact]
    public void Recognize_ShipNameRunningIntoTheNumber_EndsBeforeIt()
    {
        var mentions = Find("Der Frachter Sparta IMO 9179842 lief aus.");

        Assert.Contains(mentions, m => m.Text == "Sparta" && m.Schema == "Vessel" && m.Key == "imo:9179842");
        Assert.Contains(mentions, m => m.Text == "IMO 9179842");
    }

    [Theory]
    [InlineData("9179842", true)]
    [InlineData("9110236", true)]
    [InlineData("9163154", true)]
    [InlineData("9179841", false)]
    [InlineData("917984", false)]
    [InlineData("91798a2", false)]
    public void IsValid_SevenDigits_ChecksTheLastDigit(string digits, bool valid)
    {
        Assert.Equal(valid, ImoNumber.IsValid(digits));
    }
}
