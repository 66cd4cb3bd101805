using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Assessment.Resolution;
using SanctionWatch.Assessment.Tests.Support;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Ids;

namespace SanctionWatch.Assessment.Tests;

public sealed class EntityResolverTest
{
    private static (Document, DocumentAnalysis) Doc(string text, params (string Surface, string Schema)[] extra)
    {
        var document = new Document(ContentId.ForDocument(text), "t.txt", null, "de", null, text, null);
        var analysis = TestData.Analyzer.Analyze(document);
        // Stand-ins for NER mentions: keyless, found by surface form.
        var mentions = analysis.Mentions.ToList();
        foreach (var (surface, schema) in extra)
        {
            int at = 0;
            while ((at = text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                if (!mentions.Any(m => m.Start < at + surface.Length && at < m.End))
                {
                    mentions.Add(new Mention(at, at + surface.Length, surface, schema, null, surface, null, "ner"));
                }

                at += surface.Length;
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (document, analysis with { Mentions = mentions });
    }

    private static List<ResolvedEntity> Resolve(params (Document, DocumentAnalysis)[] documents) =>
        new EntityResolver(EntityResolver.KnownPeople(TestData.Gazetteer)).Resolve(documents.OrderBy(d => d.Item1.Id, StringComparer.Ordinal).ToList()).Entities.ToList();

    private static ResolvedEntity With(List<ResolvedEntity> entities, string surface) =>
        Assert.Single(entities, e => e.Mentions.Any(m => m.Mention.Text == surface));

    [Fact]
    public void Resolve_PutinInGermanAndEnglish_IsOnePerson()
    {
        var entities = Resolve(
            Doc("Wladimir Putin reiste nach Pjöngjang. Putin traf dort Kim Jong Un."),
            Doc("Vladimir Putin arrived in Pyongyang on Tuesday."));
        var putin = With(entities, "Wladimir Putin");
        Assert.Contains(putin.Mentions, m => m.Mention.Text == "Vladimir Putin");
        Assert.Contains(putin.Mentions, m => m.Mention.Text == "Putin");
        Assert.Equal("ru", putin.Country);
    }

    [Theory]
    [InlineData("Orontes Shipping Ltd", "Orontes Shipping", true)]
    [InlineData("Orontes Shipping GmbH", "Orontes Shipping LLC", true)]
    [InlineData("Orontes Trading", "Orontes", false)]
    [InlineData("Orontes Shipping Group", "Orontes Shipping", false)]
    [InlineData("Levanteflot", "Levante Flot", true)]
    [InlineData("Orontes-Coin", "OrontesCoin", true)]
    [InlineData("Levante Flot", "Levante Fleet", false)]
    [InlineData("Orontes Logistik", "Orontes Logistics", true)]
    [InlineData("Orontes-Handelsgesellschaft", "Orontes Trading", true)]
    [InlineData("Orontes Logistik", "Orontes Trading", false)]
    [InlineData("Solotoi Rog Shipping", "Zolotoy Rog Shipping", true)]
    [InlineData("Sabaikalski Bank", "Zabaikalsky Bank", true)]
    public void Resolve_CompanyNamedWithAndWithoutItsLegalForm_IsOneCompany(string first, string second, bool same)
    {
        var entities = Resolve(
            Doc($"Die Firma {first} wurde gelistet.", (first, "Organization")),
            Doc($"Die Firma {second} wurde gelistet.", (second, "Organization")));
        Assert.Equal(same, With(entities, first) == With(entities, second));
    }

    [Fact]
    public void Resolve_KimsOfTheRulingFamilyAndAnUnrelatedKim_StayFourPeople()
    {
        var entities = Resolve(
            Doc("Kim Jong Un empfing Gäste. Seine Schwester Kim Yo Jong sprach. Kim Jong Il war sein Vater."),
            Doc("Der Forscher Kim Min-seok sagte, Kim Jong-un wolle Geld.", ("Kim Min-seok", "Person")));
        var kims = entities.Where(e => e.Schema == "Person" && e.Name.StartsWith("Kim", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, kims.Count);
        var kimJongUn = With(entities, "Kim Jong Un");
        Assert.Contains(kimJongUn.Mentions, m => m.Mention.Text == "Kim Jong-un");
    }

    [Fact]
    public void Resolve_SurnameAfterFullNameInTheSameDocument_IsThatPerson()
    {
        var entities = Resolve(Doc(
            "Leif-Eric Easley lehrt in Seoul. Easley sagt, das Treffen sei wichtig.",
            ("Leif-Eric Easley", "Person"), ("Easley", "Person")));
        var easley = With(entities, "Leif-Eric Easley");
        Assert.Equal(2, easley.Mentions.Count);
        Assert.Equal("Leif-Eric Easley", easley.Name);
    }

    [Fact]
    public void Resolve_GermanAndEnglishTranscriptions_MeetOnOneKey()
    {
        Assert.Equal(NameKey.Of("Dmitry Peskov"), NameKey.Of("Dimitri Peskow"));
        Assert.Equal(NameKey.Of("Sergey Shoigu"), NameKey.Of("Sergej Schoigu"));
        Assert.Equal(NameKey.Of("Kim Jong-un"), NameKey.Of("Kim Jong Un"));
        Assert.NotEqual(NameKey.Of("Kim Jong Un"), NameKey.Of("Kim Jong Il"));
    }

    [Fact]
    public void Resolve_RussianKhaWrittenChInGermanAndKhInEnglish_MeetsOnOneKey()
    {
        Assert.Equal(NameKey.Of("Mikhail Mishustin"), NameKey.Of("Michail Mischustin"));
        Assert.Equal(NameKey.Of("Khabarovsk"), NameKey.Of("Chabarowsk"));
        Assert.NotEqual(NameKey.Of("Khabarovsk"), NameKey.Of("Kabarovsk"));
    }

    [Fact]
    public void Resolve_DocumentOrder_DoesNotChangeTheEntities()
    {
        var a = Doc("James Brown von der Temple University sagte, Brown sei skeptisch.", ("James Brown", "Person"), ("Brown", "Person"), ("Temple University", "Organization"));
        var b = Doc("Brown said the talks failed.", ("Brown", "Person"));
        var c = Doc("Russland und Nordkorea unterzeichneten einen Vertrag in Pjöngjang.");
        var first = new EntityResolver(EntityResolver.KnownPeople(TestData.Gazetteer)).Resolve([a, b, c]).Entities.Select(e => (e.Id, e.Name, e.Mentions.Count)).ToList();
        var second = new EntityResolver(EntityResolver.KnownPeople(TestData.Gazetteer)).Resolve([c, b, a]).Entities.Select(e => (e.Id, e.Name, e.Mentions.Count)).ToList();
        Assert.Equal(first, second);
        // The lone "Brown" of the second document joins the only full name that ends with it.
        Assert.Contains(first, e => e.Name == "James Brown" && e.Count == 3);
    }

    [Fact]
    public void Resolve_KindOfCompanyBeforeOrAfterTheName_IsOneCompany()
    {
        var entities = Resolve(
            Doc("Das Handelshaus Sosna lieferte Holz nach Japan.", ("Handelshaus Sosna", "Company")),
            Doc("Sosna Trading shipped timber to Japan.", ("Sosna Trading", "Company")));
        Assert.Same(With(entities, "Handelshaus Sosna"), With(entities, "Sosna Trading"));
    }

    [Fact]
    public void Resolve_BareNameAndTheOneCompanyOfThatNameAndGenericWords_IsOneCompany()
    {
        var entities = Resolve(
            Doc("Die Kryptobörse Tundra meldete am Montag hohe Umsätze.", ("Tundra", "Company")),
            Doc("Tundra Exchange reported high volumes on Monday.", ("Tundra Exchange", "Company")));
        Assert.Same(With(entities, "Tundra"), With(entities, "Tundra Exchange"));
    }

    [Fact]
    public void Resolve_BareNameThatTwoCompaniesShare_JoinsNeither()
    {
        var entities = Resolve(
            Doc("Die Firma Kumsong meldete am Montag Verluste.", ("Kumsong", "Company")),
            Doc("Kumsong Bank reported losses on Monday.", ("Kumsong Bank", "Company")),
            Doc("Kumsong Shipping reported profits on Monday.", ("Kumsong Shipping", "Company")));
        Assert.Equal(3, new[] { With(entities, "Kumsong"), With(entities, "Kumsong Bank"), With(entities, "Kumsong Shipping") }.Distinct().Count());
    }

    [Fact]
    public void Resolve_SameNameOfCompaniesInTwoCountries_StaysTwoCompanies()
    {
        var entities = Resolve(
            Doc("Die russische Kryptobörse Tundra meldete am Montag hohe Umsätze."),
            Doc("Die chinesische Firma Tundra Exchange meldete am Montag hohe Umsätze."));
        Assert.NotSame(With(entities, "Tundra"), With(entities, "Tundra Exchange"));
    }

    [Fact]
    public void Resolve_NameOfTwoWordsAfterAKindAndTheSameWithItsGenericWord_IsOneCompany()
    {
        var entities = Resolve(
            Doc("Die Reederei Polar Stern wurde am Montag gelistet.", ("Polar Stern", "Company")),
            Doc("Polar Stern Shipping wurde ebenfalls gelistet.", ("Polar Stern Shipping", "Company")));
        Assert.Same(With(entities, "Polar Stern"), With(entities, "Polar Stern Shipping"));
    }

    [Fact]
    public void Resolve_ShortNameBesideAFullOneWithAGenericWord_StaysApart()
    {
        // "Nordwind" may be the parent of the listed "Nordwind Trading": nothing before it says which company it is.
        var entities = Resolve(Doc("Gelistet wurde die Firma Nordwind Trading. Die Firma Nordwind bestreitet jede Verbindung.", ("Nordwind Trading", "Company"), ("Nordwind", "Company")));
        Assert.NotSame(With(entities, "Nordwind"), With(entities, "Nordwind Trading"));
    }
}
