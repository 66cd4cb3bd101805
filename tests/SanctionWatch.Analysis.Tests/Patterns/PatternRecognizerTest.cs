using SanctionWatch.Analysis.Patterns;
using SanctionWatch.Model.Documents;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Tests.Patterns;

public sealed class PatternRecognizerTest
{
    private static List<(string Text, string Schema)> Find(string text)
    {
        var mentions = new List<Mention>();
        PatternRecognizer.Recognize(text, Tokenizer.Tokenize(text), mentions);
        return mentions.Select(m => (m.Text, m.Schema)).ToList();
    }

    [Theory]
    [InlineData("Das sagte Professor Leif-Eric Easley in Seoul.", "Leif-Eric Easley", "Person")]
    [InlineData("US-Experte Seiler warnt vor den Folgen.", "Seiler", "Person")]
    [InlineData("Die Politologin Lim Eun-jung lehrt dort.", "Lim Eun-jung", "Person")]
    [InlineData("Er lehrt an der Kokushikan-Universität in Tokio.", "Kokushikan-Universität", "Organization")]
    [InlineData("She teaches at Ewha Womans University in Seoul.", "Ewha Womans University", "Organization")]
    [InlineData("Der Frachter „Angara“ lief aus.", "Angara", "Vessel")]
    [InlineData("The tanker Kumsong 7 was seen at Vostochny.", "Kumsong 7", "Vessel")]
    [InlineData("The tanker Ryong Gang Sang 2 loaded coal at Nampo.", "Ryong Gang Sang 2", "Vessel")]
    [InlineData("Der Tanker Chon Ma San Ho 5 lag vor Anker.", "Chon Ma San Ho 5", "Vessel")]
    [InlineData("Trümmer einer Hwasong-11 wurden in Charkiw gefunden.", "Hwasong-11", "Thing")]
    [InlineData("Debris of a KN-23 missile was found.", "KN-23", "Thing")]
    public void Recognize_NameByItsContext_FindsItWithItsSchema(string text, string expected, string schema)
    {
        Assert.Contains((expected, schema), Find(text));
    }

    [Theory]
    [InlineData("Im Juli kam es zu einem Treffen.")]
    [InlineData("An der Grenze standen Soldaten.")]
    [InlineData("Der Professor sagte nichts.")]
    public void Recognize_EverydayWords_AreNoNames(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("Die Tanker „Irtysh River“, „Omsk Spirit“ und „Baltic Gull“ liefen in Nachodka aus.", "Irtysh River", "Omsk Spirit", "Baltic Gull")]
    [InlineData("The freighters \"Cape Frost\", \"Lira Dawn\" and \"Sea Falcon 2\" left Rajin.", "Cape Frost", "Lira Dawn", "Sea Falcon 2")]
    public void Recognize_QuotedShipList_EveryNameIsAVessel(string text, string first, string second, string third)
    {
        var found = Find(text);
        Assert.Contains((first, "Vessel"), found);
        Assert.Contains((second, "Vessel"), found);
        Assert.Contains((third, "Vessel"), found);
    }

    [Fact]
    public void Recognize_QuotedShipNameHoldingAPlace_TheShipWinsOverThePlace()
    {
        const string text = "Der Frachter „Amur Pearl“ lief aus.";
        var mentions = new List<Mention> { new(text.IndexOf("Amur", StringComparison.Ordinal), text.IndexOf("Amur", StringComparison.Ordinal) + 4, "Amur", "Address", null, "Amur", null, "gazetteer") };
        PatternRecognizer.Recognize(text, Tokenizer.Tokenize(text), mentions);
        var vessel = Assert.Single(mentions);
        Assert.Equal(("Amur Pearl", "Vessel"), (vessel.Text, vessel.Schema));
    }

    [Theory]
    [InlineData("Two tankers, the Sea Lion (IMO 9123453) and another, met off Tartus.", null, "Sea Lion")]
    [InlineData("Laut Bericht lud die Nordstern Zwei (IMO 9123465) Öl in Tartus.", "Organization", "Nordstern Zwei")]
    public void Recognize_NameBeforeAnImoNumber_IsThatVessel(string text, string? taggedAs, string name)
    {
        var mentions = new List<Mention>();
        if (taggedAs is not null)
        {
            int at = text.IndexOf(name, StringComparison.Ordinal);
            mentions.Add(new Mention(at, at + name.Length, name, taggedAs, null, name, null, "ner"));
        }

        PatternRecognizer.Recognize(text, Tokenizer.Tokenize(text), mentions);
        var vessel = Assert.Single(mentions, m => m.Text == name);
        Assert.Equal("Vessel", vessel.Schema);
        Assert.Equal(Assert.Single(mentions, m => m.Text.StartsWith("IMO", StringComparison.Ordinal)).Key, vessel.Key);
    }
}
