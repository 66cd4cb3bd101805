using SanctionWatch.Assessment.Linking;
using SanctionWatch.Assessment.Tests.Support;
using SanctionWatch.Lists.Model;
using SanctionWatch.Matching.Normalization;

namespace SanctionWatch.Assessment.Tests.Linking;

// Names are made up or taken from parties the issue does not name, so the rules are tested, not the examples.
public sealed class ListingDeciderTest
{
    private static readonly ContextReader Context = new(TestData.Gazetteer);
    private static readonly NameRules Rules = new(new NameNormalizer(new NameTransliterator(useIcu: false)), w => Context.Countries(w).Count > 0);
    private static readonly ListingDecider Decider = new(Rules, Context);

    private static ListEntity Entry(string reference, string schema, string name, string? country = null, string[]? aliases = null, string[]? weak = null, string? birth = null, string list = "test-list")
    {
        var b = new EntityBuilder(list, reference, schema) { Caption = name };
        b.Add(FtmProperty.Name, name);
        b.Add(FtmProperty.Country, country);
        b.Add(FtmProperty.BirthDate, birth);
        foreach (var a in aliases ?? [])
        {
            b.Add(FtmProperty.Alias, a);
        }

        foreach (var w in weak ?? [])
        {
            b.Add(FtmProperty.WeakAlias, w);
        }

        return b.Build("test.csv", new DateOnly(2025, 1, 1));
    }

    private static MentionWindow Window(string before, string text, string after = " said on Monday.") => new(before, text, after);

    private static IReadOnlyList<LinkVerdict> Decide(string schema, string name, MentionWindow[] windows, params ListEntity[] entries) =>
        Decider.Decide(schema, [name], windows, entries.Select(e => (e, 0.9)));

    [Fact]
    public void Person_FullNameWithPatronymicOnTheList_IsLinked()
    {
        var v = Decide("Person", "Arkady Rotenberg", [Window("The oligarch ", "Arkady Rotenberg")], Entry("1", "Person", "ROTENBERG, Arkady Romanovich", "Russia"));
        Assert.True(Assert.Single(v).Linked);
        Assert.Equal(NameStrength.Full, v[0].Name.Strength);
    }

    [Fact]
    public void GermanGenitive_NamesTheEntrysCountry_OverPartiesNamedBesideThePerson()
    {
        // Windows that name other states around the person (a subject, an object) are outweighed when one of them
        // qualifies the person with the entry's country in the genitive ("Venezuelas Staatschef").
        var windows = new[]
        {
            Window("Am Montag empfing Venezuelas Staatschef ", "Arturo Benavides"),
            Window("Liefert Russland ", "Benavides", " Waffen?"),
            Window("Nun steht China ", "Benavides", " bei."),
        };
        var v = Decide("Person", "Arturo Benavides", windows, Entry("30", "Person", "BENAVIDES, Arturo", "Venezuela"));
        Assert.True(Assert.Single(v).Linked, string.Join("; ", v[0].Contradictions));

        var without = Decide("Person", "Arturo Benavides", [Window("Am Montag empfing der Staatschef ", "Arturo Benavides"), .. windows[1..]], Entry("30", "Person", "BENAVIDES, Arturo", "Venezuela"));
        Assert.False(Assert.Single(without).Linked);
    }

    [Fact]
    public void Person_SurnameAndFragmentOnly_IsNotLinked()
    {
        var v = Decide("Person", "Ri Pyong", [Window("Officials met ", "Ri Pyong")], Entry("2", "Person", "RI, Pyong Chol", "Korea, North"));
        Assert.False(Assert.Single(v).Linked);
    }

    [Fact]
    public void KoreanNamesakes_AreToldApartByTheWholeGivenName()
    {
        var v = Decide(
            "Person",
            "Choe Son Hui",
            [Window("Foreign Minister ", "Choe Son Hui")],
            Entry("3", "Person", "CHOE, Son Hui", "Korea, North"),
            Entry("4", "Person", "CHOE, Son Il", "Korea, North"),
            Entry("5", "Person", "CHOE, Hui", "Korea, North"));
        Assert.Equal(["3"], v.Where(x => x.Linked).Select(x => x.Entry.Reference));
    }

    [Fact]
    public void WeakAliasAlone_NeverLinks()
    {
        var v = Decide("Person", "Pedro Salinas", [Window("Chef ", "Pedro Salinas")], Entry("6", "Person", "GARZA LOPEZ, Ramiro", "Mexico", weak: ["SALINAS, Pedro"]));
        Assert.False(Assert.Single(v).Linked);
        Assert.NotNull(v[0].WeakSupport);
    }

    [Fact]
    public void SingleGenericWord_NeverLinks_EvenToAnExactAlias()
    {
        var v = Decide("Organization", "Network", [Window("the ", "Network")], Entry("7", "Organization", "NETWORK", "Iran"));
        Assert.False(Assert.Single(v).Linked);
    }

    [Fact]
    public void OneWordName_NeverLinksToACompanyWithALegalForm()
    {
        var v = Decide("Organization", "Zenith", [Window("the ", "Zenith")], Entry("8", "Organization", "ZENITH LLC", "Russia"));
        Assert.False(Assert.Single(v).Linked);
    }

    [Fact]
    public void OrganisationNames_MustMatchInFull()
    {
        var v = Decide("Organization", "Navy", [Window("the ", "Navy")], Entry("9", "Organization", "NAVY OF THE ISLAMIC REPUBLIC", "Iran"));
        Assert.False(Assert.Single(v).Linked);
        var w = Decide("Organization", "Sahel Brothers Front", [Window("militants of the ", "Sahel Brothers Front")], Entry("10", "Organization", "SAHEL BROTHERS FRONT", "Mali"));
        Assert.True(Assert.Single(w).Linked);
    }

    [Fact]
    public void GenericDescriptor_NeedsTheEntrysCountryRightBeforeIt()
    {
        var entry = Entry("11", "Organization", "MINISTRY OF STATE SECURITY", "Iran");
        Assert.False(Decide("Organization", "Ministry of State Security", [Window("India's ", "Ministry of State Security")], entry)[0].Linked);
        Assert.False(Decide("Organization", "Ministry of State Security", [Window("They met the ", "Ministry of State Security")], entry)[0].Linked);
        Assert.True(Decide("Organization", "Ministry of State Security", [Window("Iran's ", "Ministry of State Security")], entry)[0].Linked);
    }

    [Fact]
    public void AmericanOfficialsTitle_ContradictsAForeignListing()
    {
        var v = Decide("Person", "Yong Park", [Window("our Ambassador to the talks, ", "Yong Park")], Entry("12", "Person", "PARK, Yong", "Korea, North"));
        Assert.False(Assert.Single(v).Linked);
        Assert.Contains(v[0].Contradictions, c => c.Contains("American official", StringComparison.Ordinal));
    }

    [Fact]
    public void FurtherFamilyName_NeedsTheEntrysCountryAroundTheMention()
    {
        var entry = Entry("13", "Person", "HERRERA CASTILLO, Marco", "Venezuela");
        Assert.False(Decide("Person", "Marco Herrera", [Window("Chef ", "Marco Herrera")], entry)[0].Linked);
        Assert.True(Decide("Person", "Marco Herrera", [Window("In Venezuela, minister ", "Marco Herrera")], entry)[0].Linked);
    }

    [Fact]
    public void OneEntryPerParty_AndTheSamePartyOnAnotherList()
    {
        var v = Decide(
            "Person",
            "Viktor Medvedchuk",
            [Window("Ukrainian politician ", "Viktor Medvedchuk")],
            Entry("14", "Person", "MEDVEDCHUK, Viktor Volodymyrovych", "Ukraine", birth: "1954-08-07", list: "a"),
            Entry("15", "Person", "MEDVEDCHUK, Viktor", "Ukraine", birth: "1954-08-07", list: "b"),
            Entry("16", "Person", "MEDVEDCHUK, Viktor Volodymyrovych", "Ukraine", birth: "1984-01-01", list: "a"));
        Assert.Equal(["15", "14"], v.Where(x => x.Linked).Select(x => x.Entry.Reference));
    }

    [Fact]
    public void VesselName_NeverLinksToACompany()
    {
        var v = Decide("Vessel", "Ocean Star 7", [Window("the tanker ", "Ocean Star 7")], Entry("17", "Organization", "OCEAN STAR 7", "Panama"), Entry("18", "Vessel", "OCEAN STAR 7", "Panama"));
        Assert.Equal(["18"], v.Where(x => x.Linked).Select(x => x.Entry.Reference));
    }

    [Fact]
    public void PlaceTaggedGroup_LinksOnlyByAnExactNameThatIsNoPlace()
    {
        Assert.True(Decide("Address", "Jamaat Nusrat", [Window("attacks by ", "Jamaat Nusrat")], Entry("19", "Organization", "JAMAAT NUSRAT", "Mali"))[0].Linked);
        Assert.False(Decide("Address", "Minsk", [Window("talks in ", "Minsk")], Entry("20", "Organization", "MINSK", "Belarus"))[0].Linked);
    }
}
