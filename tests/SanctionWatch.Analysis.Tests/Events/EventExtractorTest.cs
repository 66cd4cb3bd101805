namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>Unit tests of the event rules, one feature each, on sentences written for the tests.</summary>
public sealed class EventExtractorTest
{
    [Theory]
    [InlineData("Russland lieferte Nordkorea im Mai fünf Millionen Granaten.", "de", 5_000_000d, "exact", "rounds")]
    [InlineData("Nordkorea schickte mehr als 1.000 Container mit Munition nach Russland.", "de", 1000d, "more-than", "containers")]
    [InlineData("Russland lieferte Nordkorea 3000 Kilogramm Stahl.", "de", 3000d, "exact", "kg")]
    [InlineData("Russland lieferte Nordkorea über eine Million Barrel Öl.", "de", 1_000_000d, "more-than", "barrels")]
    [InlineData("Russland liefert Nordkorea 500.000 Barrel Benzin pro Jahr.", "de", 500_000d, "exact", "barrels")]
    [InlineData("Nordkorea schickte Tausende Arbeiter nach Russland.", "de", 1000d, "at-least", "persons")]
    [InlineData("Nordkorea entsandte rund 10.000 Soldaten nach Russland.", "de", 10_000d, "approximately", "persons")]
    [InlineData("Russland lieferte Nordkorea bis zu 2,5 Millionen Liter Diesel.", "de", 2_500_000d, "up-to", "litres")]
    [InlineData("North Korea sent 1,500 soldiers to Russia.", "en", 1500d, "exact", "persons")]
    [InlineData("North Korea sent some 12,000 troops to Russia.", "en", 12_000d, "approximately", "persons")]
    [InlineData("Russia shipped nearly 2 million barrels of oil to North Korea.", "en", 2_000_000d, "approximately", "barrels")]
    [InlineData("Russia shipped at least 300 tonnes of steel to North Korea.", "en", 300d, "at-least", "tonnes")]
    [InlineData("Nordkorea verlegte zwölftausend Soldaten nach Russland.", "de", 12_000d, "exact", "persons")]
    [InlineData("Nordkorea hat Russland zweihundertfünfzig Haubitzen geliefert.", "de", 250d, "exact", "")]
    [InlineData("Nordkorea schickte fünfundzwanzig Arbeiter nach Russland.", "de", 25d, "exact", "persons")]
    [InlineData("Russia has obtained at least 80 North Korean Bulsae anti-tank missiles.", "en", 80d, "at-least", "")]
    [InlineData("North Korea sent forty-five workers to Russia.", "en", 45d, "exact", "persons")]
    [InlineData("Russlands Dieselexporte nach Nordkorea stiegen auf etwa 8.000 Tonnen.", "de", 8000d, "approximately", "tonnes")]
    public void Extract_QuantityBeforeItem_AmountQualifierAndUnit(string text, string language, double amount, string qualifier, string unit)
    {
        var doc = new TestDocument(text, language, "2024-06-19");
        var quantity = Assert.Single(Assert.Single(doc.Events).Items).Quantity;
        Assert.NotNull(quantity);
        Assert.Equal(amount, quantity.Amount, 3);
        Assert.Equal(qualifier, quantity.Qualifier);
        Assert.Equal(unit.Length == 0 ? null : unit, quantity.Unit);
        Assert.Contains(quantity.Text, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Die Lieferketten zwischen Iran und Syrien sind gestört.", "Lieferketten")]
    [InlineData("Syriens Armee hat mit Iran die Treffsicherheit ihrer Geschütze verbessert.", "Treffsicherheit")]
    [InlineData("Der Vorschlag Irans hat Syrien in Verlegenheit versetzt.", "Verlegenheit")]
    [InlineData("Syrian tankers took diesel from Iranian ships to get around the cap on fuel imports.", "get", "en")]
    [InlineData("Iran's fuel shortage in Syria gets worse every winter.", "gets", "en")]
    [InlineData("Iranian drones hit two apartment blocks in Odesa, Ukraine said.", "blocks", "en")]
    public void Extract_WordInAnotherSense_IsNoTrigger(string text, string word, string language = "de")
    {
        var doc = new TestDocument(text, language, "2024-06-19");
        Assert.DoesNotContain(doc.Events, e => e.Trigger is { } t && doc.Text[t.Start..t.End] == word);
    }

    [Theory]
    [InlineData("Nach Angaben Kiews hat Moskau in der Nacht Russland angegriffen.", "de")]
    [InlineData("Officials said Tehran had attacked Iran overnight.", "en")]
    public void Extract_CapitalAndItsOwnCountry_AreNeverTwoSides(string text, string language)
    {
        var doc = new TestDocument(text, language, "2024-06-19");
        Assert.DoesNotContain(doc.Events, e => e.Actor is { } a && e.Target is { } t && doc.Mentions[a.Mention].Country is { } c && c == doc.Mentions[t.Mention].Country);
    }

    [Theory]
    [InlineData("Die Munition wurde überwiegend per Bahn gebracht.", "de")]
    [InlineData("The diesel was unloaded at night, the report said.", "en")]
    public void Extract_TransferWithNeitherParty_IsNoEvent(string text, string language)
    {
        var doc = new TestDocument(text, language, "2024-06-19");
        Assert.Empty(doc.Events);
    }

    [Theory]
    [InlineData("Teheran könnte Damaskus im Frühjahr Kampfjets überlassen.", "Kampfjets")]
    [InlineData("Teheran lieferte Damaskus drei Tonnen Benzin.", "Tonnen Benzin")]
    public void Extract_GoodsTaggedAsAName_AreNoParty(string text, string name)
    {
        var doc = new TestDocument(text, "de", "2024-06-19", name);
        var transfer = Assert.Single(doc.Events);
        Assert.Equal("Tehran", doc.Mentions[transfer.Actor!.Mention].Name);
        Assert.Equal("Damascus", doc.Mentions[transfer.Target!.Mention].Name);
        Assert.NotEmpty(transfer.Items);
    }

    [Theory]
    [InlineData("Iran hat Hunderte Drohnen nach Russland geliefert, von denen viele inzwischen an der Front stationiert sein sollen.")]
    [InlineData("Iran hat Drohnen an Russland verkauft, die dort in einer Fabrik montiert worden sein sollen.")]
    public void Extract_SollWithPastInfinitive_IsAllegedNeverAPlan(string text)
    {
        var doc = new TestDocument(text, "de", "2024-06-19");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.NotEqual("expected", e.Modality));
    }

    [Theory]
    [InlineData("Putin traf Kim am Dienstag (18.06.) in Pjöngjang.", "2024-06-19", "2024-06-18")]
    [InlineData("Putin traf Kim am 19. Juni in Pjöngjang.", "2024-06-20", "2024-06-19")]
    [InlineData("Russland lieferte Nordkorea im März Öl.", "2024-06-19", "2024-03")]
    [InlineData("Russland lieferte Nordkorea im vergangenen Jahr Öl.", "2024-06-19", "2023")]
    [InlineData("Putin besuchte Nordkorea vor 24 Jahren.", "2024-06-19", "2000")]
    [InlineData("Russland lieferte Nordkorea im September letzten Jahres Öl.", "2024-06-19", "2023-09")]
    [InlineData("Russland lieferte Nordkorea 2023 Öl.", "2024-06-19", "2023")]
    [InlineData("Putin traf Kim am Dienstag.", "2024-06-20", "2024-06-18")]
    [InlineData("Putin hatte Kim schon im Jahr zuvor getroffen.", "2024-06-19", "2023")]
    [InlineData("Ein Jahr davor lieferte Russland Nordkorea Öl.", "2024-06-19", "2023")]
    public void Extract_GermanDate_ResolvedAgainstDocumentDate(string text, string documentDate, string expected)
    {
        var doc = new TestDocument(text, "de", documentDate, "Putin|ru", "Kim|kp");
        var e = Assert.Single(doc.Events);
        Assert.Equal(expected, e.Date?.Value);
    }

    [Theory]
    [InlineData("Russia shipped oil to North Korea in early April.", "2024-06-19", "2024-04")]
    [InlineData("Russia shipped oil to North Korea last year.", "2024-06-19", "2023")]
    [InlineData("Russia shipped oil to North Korea on June 3, 2023.", "2024-06-19", "2023-06-03")]
    [InlineData("Russia shipped oil to North Korea two years ago.", "2024-06-19", "2022")]
    [InlineData("A year earlier, Russia had shipped oil to North Korea.", "2024-06-19", "2023")]
    [InlineData("Russia had shipped oil to North Korea the year before.", "2024-06-19", "2023")]
    [InlineData("Russia shipped oil to North Korea in the year before the war.", "2024-06-19", null)]
    public void Extract_EnglishDate_ResolvedAgainstDocumentDate(string text, string documentDate, string? expected)
    {
        var doc = new TestDocument(text, "en", documentDate);
        Assert.Equal(expected, Assert.Single(doc.Events).Date?.Value);
    }

    [Fact]
    public void Extract_LastWeek_TextKeptValueNull()
    {
        var doc = new TestDocument("Russia shipped oil to North Korea last week.", "en", "2024-06-19");
        var date = Assert.Single(doc.Events).Date;
        Assert.Equal("last week", date?.Text);
        Assert.Null(date?.Value);
    }

    [Theory]
    [InlineData("Laut Seoul hat Nordkorea Granaten an Russland geliefert.", "de", "reported")]
    [InlineData("Nordkorea hat Südkorea zufolge Granaten an Russland geliefert.", "de", "reported")]
    [InlineData("Nordkorea soll Granaten an Russland geliefert haben.", "de", "alleged")]
    [InlineData("Nordkorea hat angeblich Granaten an Russland geliefert.", "de", "alleged")]
    [InlineData("Nordkorea wird Granaten an Russland liefern.", "de", "expected")]
    [InlineData("Nordkorea plant, Granaten an Russland zu liefern.", "de", "expected")]
    [InlineData("Falls Nordkorea Granaten an Russland liefern würde, drohen neue Sanktionen.", "de", "hypothetical")]
    [InlineData("Nordkorea könnte Granaten an Russland liefern.", "de", "hypothetical")]
    [InlineData("Nordkorea hat nicht Granaten an Russland geliefert.", "de", "negated")]
    [InlineData("Nordkorea hat Granaten an Russland geliefert.", "de", "asserted")]
    [InlineData("According to Seoul, North Korea supplied shells to Russia.", "en", "reported")]
    [InlineData("North Korea allegedly supplied shells to Russia.", "en", "alleged")]
    [InlineData("North Korea will supply shells to Russia.", "en", "expected")]
    [InlineData("If North Korea supplied shells to Russia, it would face sanctions.", "en", "hypothetical")]
    [InlineData("North Korea did not supply shells to Russia.", "en", "negated")]
    [InlineData("North Korea supplied shells to Russia.", "en", "asserted")]
    public void Extract_ModalityCue_SetsModality(string text, string language, string modality)
    {
        var doc = new TestDocument(text, language, "2024-06-19");
        var e = Assert.Single(doc.Events, x => x.Type == "TRANSFER");
        Assert.Equal(modality, e.Modality);
        Assert.Equal("kp", doc.Who(e.Actor));
        Assert.Equal("ru", doc.Who(e.Target));
    }

    [Fact]
    public void Extract_UnnamedSpeakersAfterAComma_TheNamedPersonStaysTheActor()
    {
        var doc = new TestDocument("Kim Jong Un will offer Russia artillery shells during his visit, analysts say.", "en", "2023-09-12", "Kim Jong Un|kp");
        var e = Assert.Single(doc.Events, x => x.Type == "TRANSFER");
        Assert.Equal("Kim Jong Un", doc.Who(e.Actor));
        Assert.Equal("ru", doc.Who(e.Target));
        Assert.Null(e.Claimant);
    }

    [Fact]
    public void Extract_ThePossessiveCountrysLeaderWithNoName_IsTheCountry()
    {
        var doc = new TestDocument("Russia gave North Korea's leader two limousines.", "en", "2024-06-25");
        var e = Assert.Single(doc.Events);
        Assert.Equal("ru", doc.Who(e.Actor));
        Assert.Equal("kp", doc.Who(e.Target));
    }

    [Fact]
    public void Extract_LautPerson_ClaimantIsThePerson()
    {
        var doc = new TestDocument("Laut John Kirby hat Nordkorea Raketen an Russland geliefert.", "de", null, "John Kirby|us");
        var e = Assert.Single(doc.Events);
        Assert.Equal("John Kirby", doc.Who(e.Claimant));
        Assert.Equal("kp", doc.Who(e.Actor));
    }

    [Fact]
    public void Extract_KonjunktivAfterSpeech_ReportedWithSpeakerAsClaimant()
    {
        var doc = new TestDocument("Kirby sagte, Nordkorea habe Russland Raketen geliefert.", "de", null, "Kirby|us");
        var e = Assert.Single(doc.Events);
        Assert.Equal("reported", e.Modality);
        Assert.Equal("Kirby", doc.Who(e.Claimant));
        Assert.Equal("kp", doc.Who(e.Actor));
        Assert.Equal("ru", doc.Who(e.Target));
    }

    [Fact]
    public void Extract_KonjunktivInNextSentence_ClaimantCarriesOver()
    {
        var doc = new TestDocument("Kirby sagte am Montag vor Journalisten etwas Neues. Nordkorea liefere Russland weiterhin Raketen.", "de", null, "Kirby|us");
        var e = Assert.Single(doc.Events);
        Assert.Equal("reported", e.Modality);
        Assert.Equal("Kirby", doc.Who(e.Claimant));
    }

    [Theory]
    [InlineData("Munition wurde von Nordkorea an Russland geliefert.", "de")]
    [InlineData("Russland wurde von Nordkorea mit Munition beliefert.", "de")]
    [InlineData("Russland erhielt Munition aus Nordkorea.", "de")]
    [InlineData("Russland bezieht Munition von Nordkorea.", "de")]
    [InlineData("Russland bekam von Nordkorea Munition.", "de")]
    [InlineData("Russia was supplied with ammunition by North Korea.", "en")]
    [InlineData("Russia received ammunition from North Korea.", "en")]
    [InlineData("Russia bought ammunition from North Korea.", "en")]
    [InlineData("Ammunition was shipped to Russia by North Korea.", "en")]
    public void Extract_PassiveAndReceiveVerbs_SupplierIsActor(string text, string language)
    {
        var doc = new TestDocument(text, language);
        var e = Assert.Single(doc.Events);
        Assert.Equal("TRANSFER", e.Type);
        Assert.Equal("kp", doc.Who(e.Actor));
        Assert.Equal("ru", doc.Who(e.Target));
        Assert.Equal("ammunition", Assert.Single(e.Items).Category);
    }

    [Theory]
    [InlineData("Pjöngjang liefert Moskau Granaten.", "de")]
    [InlineData("Der Kreml erhält aus Pjöngjang Granaten.", "de")]
    [InlineData("Pyongyang sends shells to the Kremlin.", "en")]
    public void Extract_CapitalOrSeatOfPower_ActsAsGovernment(string text, string language)
    {
        var doc = new TestDocument(text, language);
        var e = Assert.Single(doc.Events);
        Assert.True(e.Actor?.AsGovernment);
        Assert.True(e.Target?.AsGovernment);
        Assert.Equal("kp", doc.Mentions[e.Actor!.Mention].Country);
        Assert.Equal("ru", doc.Mentions[e.Target!.Mention].Country);
    }

    [Fact]
    public void Extract_DenialInNextSentence_LinkedToTheClaim()
    {
        var doc = new TestDocument("Südkorea zufolge hat Nordkorea Russland Raketen geliefert. Pjöngjang bestreitet das.", "de");
        Assert.Equal(2, doc.Events.Count);
        var denial = doc.Events[1];
        Assert.Equal("REJECT", denial.Type);
        Assert.Equal(0, denial.Denies);
        Assert.Equal("kp", doc.Who(denial.Actor));
        Assert.Equal("TRANSFER", doc.Events[0].Type);
    }

    [Fact]
    public void Extract_DenialWithEmbeddedClaim_ClaimIsDeniedAndLinked()
    {
        var doc = new TestDocument("Moscow denied that North Korea had delivered missiles to Russia.", "en");
        var denial = Assert.Single(doc.Events, e => e.Type == "REJECT");
        var claim = Assert.Single(doc.Events, e => e.Type == "TRANSFER");
        Assert.Equal("denied", claim.Modality);
        Assert.Equal(doc.Events.ToList().IndexOf(claim), denial.Denies);
        Assert.Equal("kp", doc.Who(claim.Actor));
    }

    [Theory]
    [InlineData("Wenn Russland Nordkorea Raketentechnologie liefern würde, wäre das ein Verstoß.", "de")]
    [InlineData("If Russia were to supply North Korea with missile technology, it would break the sanctions.", "en")]
    public void Extract_Conditional_Hypothetical(string text, string language)
    {
        var doc = new TestDocument(text, language);
        var e = Assert.Single(doc.Events, x => x.Type == "TRANSFER");
        Assert.Equal("hypothetical", e.Modality);
        Assert.Equal("ru", doc.Who(e.Actor));
        Assert.Equal("kp", doc.Who(e.Target));
    }

    [Theory]
    [InlineData("Russland schickte Nordkorea Nahrungsmittelhilfe.", "de")]
    [InlineData("Russland lieferte Nordkorea 20.000 Tonnen Weizen als humanitäre Hilfe.", "de")]
    [InlineData("Russia sent food aid to North Korea.", "en")]
    public void Extract_FoodAid_TransferOfFood(string text, string language)
    {
        var doc = new TestDocument(text, language);
        var e = Assert.Single(doc.Events);
        Assert.Equal("TRANSFER", e.Type);
        Assert.Contains(e.Items, i => i.Category == "food");
        Assert.Equal("ru", doc.Who(e.Actor));
        Assert.Equal("kp", doc.Who(e.Target));
    }

    [Fact]
    public void Extract_TwoEventsInOneSentence_EachWithItsOwnItems()
    {
        var doc = new TestDocument("Russland liefert Nordkorea Öl und erhält dafür Artilleriegranaten.", "de");
        Assert.Equal(2, doc.Events.Count);
        Assert.Equal("ru", doc.Who(doc.Events[0].Actor));
        Assert.Equal("petroleum", Assert.Single(doc.Events[0].Items).Category);
        Assert.Equal("ru", doc.Who(doc.Events[1].Target));
        Assert.Equal("ammunition", Assert.Single(doc.Events[1].Items).Category);
    }

    [Theory]
    [InlineData("Putin traf Kim in Pjöngjang.", "CONSULT", null)]
    [InlineData("Putin besuchte Kim in Pjöngjang.", "CONSULT", "visit")]
    [InlineData("Russland und Nordkorea unterzeichneten einen Vertrag.", "AGREE", null)]
    [InlineData("Die USA verhängten Sanktionen gegen Nordkorea.", "SANCTION", null)]
    [InlineData("Russland legte ein Veto gegen die Resolution ein.", "REJECT", "veto")]
    [InlineData("Südkorea kritisierte Nordkorea scharf.", "ACCUSE", null)]
    public void Extract_PloverVerb_TypeAndMode(string text, string type, string? mode)
    {
        var doc = new TestDocument(text, "de", null, "Putin|ru", "Kim|kp");
        var e = Assert.Single(doc.Events);
        Assert.Equal(type, e.Type);
        Assert.Equal(mode, e.Mode);
        Assert.NotNull(e.Actor);
    }

    [Theory]
    [InlineData("Nordkorea lieferte Russland Artilleriegeschosse.", "ammunition")]
    [InlineData("Die Munitionslieferungen aus Nordkorea an Russland gehen weiter.", "ammunition")]
    [InlineData("Russland lieferte Nordkorea eine Aurus-Limousine.", "luxury-goods")]
    [InlineData("Russland lieferte Nordkorea Satellitentechnologie.", "space-technology")]
    [InlineData("Russland lieferte Nordkorea Rohöl.", "crude-oil")]
    [InlineData("Russland lieferte Nordkorea Erdölprodukte.", "petroleum")]
    [InlineData("Nordkorea lieferte Russland ballistische Raketen vom Typ Hwasong-11.", "missiles")]
    public void Extract_GermanCompoundItem_Category(string text, string category)
    {
        var doc = new TestDocument(text, "de");
        var e = Assert.Single(doc.Events);
        Assert.Contains(e.Items, i => i.Category == category);
    }

    [Fact]
    public void Extract_UnsupportedLanguage_Empty()
    {
        var doc = new TestDocument("La Russie a livré du pétrole à la Corée du Nord.", "fr");
        Assert.Empty(doc.Events);
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Extract_EveryEvent_EvidenceIsItsSentence()
    {
        var doc = new TestDocument("Das Wetter war schön. Nordkorea lieferte Russland Granaten.", "de");
        var e = Assert.Single(doc.Events);
        var evidence = Assert.Single(e.Evidence);
        Assert.Equal("Nordkorea lieferte Russland Granaten.", evidence.Of(doc.Text));
    }
}
