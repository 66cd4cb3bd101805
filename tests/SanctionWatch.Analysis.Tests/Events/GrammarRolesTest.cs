using SanctionWatch.Analysis.Tests.Support;
using static SanctionWatch.Analysis.Tests.Support.ShortTexts;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Who supplied whom, read from the dependency tree by the whole analyser (tokens to syntax to events): passives with
/// an agent, recipients as subjects, relative clauses, infinitives whose subject is their governor's, datelines.
/// The sentences were written for these tests, in other words than the evaluation sets.
/// </summary>
public sealed class GrammarRolesTest
{
    [Theory]
    [InlineData("de", "Laut Geheimdienst wurden die Drohnen im Frühjahr von Iran an Russland verkauft.", "Iran", "Russia")]
    [InlineData("en", "The rockets were sold to Russia by North Korea in March.", "North Korea", "Russia")]
    [InlineData("en", "Russia obtained the drones from Iran last year.", "Iran", "Russia")]
    [InlineData("de", "Russland erhielt die Granaten nach Angaben Kiews aus Nordkorea.", "North Korea", "Russia")]
    [InlineData("de", "Iran hat beschlossen, Russland weitere Drohnen zu schicken.", "Iran", "Russia")]
    [InlineData("de", "Die Panzer, die Russland an Nordkorea verkauft hat, stammen aus alten Beständen.", "Russia", "North Korea")]
    [InlineData("en", "The shells that North Korea sold to Russia were fired at Kharkiv.", "North Korea", "Russia")]
    [InlineData("en", "Header\n\nMOSCOW (Reuters) - Iran has shipped drones to Russia.", "Iran", "Russia")]
    [InlineData("de", "Der Bericht nennt das syrische Regime, das schon lange unter Sanktionen steht und Russland mit Treibstoff versorgt.", "Syria", "Russia")]
    [InlineData("de", "Der iranische Frachter „Kaveh“ brachte im Mai Raketen aus Nordkorea nach Syrien.", "North Korea", "Syria")]
    [InlineData("en", "The Iranian tanker Sahand carried refined oil from Russia to Syria in May.", "Russia", "Syria")]
    [InlineData("de", "Belarus kaufte im Herbst Drohnenmotoren von Iran.", "Iran", "Belarus")]
    [InlineData("en", "Officials in Havana denied that Cuba had recruited fighters for Russia.", "Cuba", "Russia")]
    [InlineData("de", "Eine kasachische Firma kaufte Maschinenteile für Russland.", "Kazakhstan", "Russia")]
    [InlineData("en", "Ukrainian brigades have been supplied with German tanks, officials said.", "Germany", "Ukraine")]
    [InlineData("de", "Die syrischen Truppen wurden im Sommer mit iranischen Drohnen beliefert.", "Iran", "Syria")]
    [InlineData("de", "Iranische Soldaten wurden im Mai nach Syrien verlegt.", "Iran", "Syria")]
    [InlineData("en", "The regime in Damascus has bought two hundred drones from Iran.", "Iran", "Damascus")]
    [InlineData("en", "The leadership in Tehran shipped artillery shells to Russia in March.", "Tehran", "Russia")]
    [InlineData("en", "Iranian tankers were seen loading diesel at a Russian port in April.", "Russia", "Iran")]
    [InlineData("en", "The Iranian tanker Sahand was loading crude at a Syrian terminal.", "Syria", "Sahand")]
    [InlineData("en", "Belarus is expected to ship more tractors to Venezuela, the ministry said.", "Belarus", "Venezuela")]
    [InlineData("de", "Iran hat Russland nach ukrainischen Angaben weitere Kampfdrohnen übergeben.", "Iran", "Russia")]
    [InlineData("de", "Die Lieferung von Drohnen an Russland, die Iran im Frühjahr organisiert haben soll, ist gut dokumentiert.", "Iran", "Russia")]
    [InlineData("en", "Diplomats worry about the sale of drones to Russia, which they say Tehran arranged in May.", "Tehran", "Russia")]
    [InlineData("de", "Syrien, dem Teheran nach westlichen Angaben Drohnen geliefert hat, hielt am Montag eine Parade ab.", "Tehran", "Syria")]
    [InlineData("de", "Das Regime in Damaskus, dem Moskau seit dem Sommer Flugabwehrsysteme überlassen hat, droht Israel.", "Moscow", "Damascus")]
    [InlineData("de", "Teheran könnte Minsk im Gegenzug Triebwerke und Radartechnik für dessen alte Kampfflugzeuge überlassen.", "Tehran", "Minsk")]
    [InlineData("en", "The dispatch of 2,000 Iranian workers to Belarus has worried Warsaw.", "Iran", "Belarus")]
    [InlineData("de", "Die Verlegung iranischer Soldaten in die syrische Provinz Idlib hat Ankara beunruhigt.", "Iran", "Syria")]
    [InlineData("de", "Teheran schickte im Winter Ausbilder und Soldaten in die Ukraine.", "Tehran", "Ukraine")]
    [InlineData("de", "Iranische Händler haben im Frühjahr Hunderte Lastwagen in der Türkei gekauft.", "Turkey", "Iran")]
    [InlineData("en", "Venezuela bought fifty tractors in Belarus last year.", "Belarus", "Venezuela")]
    [InlineData("de", "Die EU hat wegen der Lieferung iranischer Drohnen an Russland Sanktionen gegen drei Firmen verhängt.", "Iran", "Russia")]
    [InlineData("en", "Britain sanctioned three firms over the shipments of Iranian drones to Russia.", "Iran", "Russia")]
    public void Analyze_Sentence_SupplierAndRecipientFromTheTree(string language, string text, string supplier, string recipient)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfers = analysis.Events.Where(e => e.Type == "TRANSFER").ToList();
        string got = string.Join("; ", transfers.Select(e => $"{Name(analysis, e.Actor)}->{Name(analysis, e.Target)}"));
        Assert.Contains($"{supplier}->{recipient}", got, StringComparison.Ordinal);
        Assert.DoesNotContain($"{recipient}->{supplier}", got, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Syrien erhielt im vergangenen Jahr von Iran rund 2,5 Millionen und von Russland etwa 400.000 Granaten.", "Iran", 2_500_000d, "Russia", 400_000d)]
    [InlineData("Russland erhielt von Iran Drohnen und von Belarus Lastwagen.", "Iran", null, "Belarus", null)]
    public void Analyze_TwoSuppliersWithGoodsOfTheirOwn_OneTransferEach(string text, string first, double? firstAmount, string second, double? secondAmount)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01", text, null));
        var transfers = analysis.Events.Where(e => e.Type == "TRANSFER").ToList();
        Assert.Equal(2, transfers.Count);
        var a = Assert.Single(transfers, e => Name(analysis, e.Actor) == first);
        var b = Assert.Single(transfers, e => Name(analysis, e.Actor) == second);
        Assert.Equal(firstAmount, Assert.Single(a.Items).Quantity?.Amount);
        Assert.Equal(secondAmount, Assert.Single(b.Items).Quantity?.Amount);
        if (firstAmount is null)
        {
            Assert.NotEqual(a.Items[0].Category, b.Items[0].Category); // each supplier keeps the goods of its own half
        }
        else
        {
            Assert.Equal(a.Items[0].Category, b.Items[0].Category); // the gapped half counts the other half's goods
        }
    }

    [Fact]
    public void Analyze_InReturnSomeoneGets_TheGoodsFlowBackAlongTheTransferBefore()
    {
        const string text = "Iran supplies Syria with crude oil. In return, Iran gets wheat and fertiliser.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01", text, null));
        var back = Assert.Single(analysis.Events, e => e.Type == "TRANSFER" && e.Items.Any(i => i.Category == "food"));
        Assert.Equal("Syria", Name(analysis, back.Actor));
        Assert.Equal("Iran", Name(analysis, back.Target));
    }

    [Fact]
    public void Analyze_VerbAfterANounOfItsClause_KeepsItsSubject()
    {
        const string text = "Die EU hat wegen der Lieferung iranischer Drohnen an Russland Sanktionen gegen drei Firmen verhängt.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01", text, null));
        var sanction = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("European Union", Name(analysis, sanction.Actor));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Name(analysis, e.Actor) == "European Union");
    }

    // Verbs of the other PLOVER types, each with its doer and, where the sentence names one, its target.
    [Theory]
    [InlineData("en", "Uzbekistan deported forty Afghan migrants last week.", "COERCE", "Uzbekistan", "Afghanistan")]
    [InlineData("de", "Die Türkei schob im Juli hundert syrische Flüchtlinge ab.", "COERCE", "Turkey", "Syria")]
    [InlineData("de", "Russland ließ zwei amerikanische Journalisten frei.", "CONCEDE", "Russia", "United States")]
    [InlineData("en", "Chinese warships began naval drills near the Philippines.", "MOBILIZE", "China", null)]
    [InlineData("de", "Aserbaidschanische Truppen töteten drei armenische Soldaten.", "ASSAULT", "Azerbaijan", "Armenia")]
    [InlineData("en", "Bashar al-Assad received Iranian Foreign Minister Abbas Araghchi in Damascus on Sunday.", "CONSULT", "Bashar al-Assad", "Abbas Araghchi")]
    [InlineData("en", "Japan summoned the Chinese ambassador on Monday.", "PROTEST", "Japan", "China")]
    public void Analyze_VerbOfAnotherType_TypeAndParties(string language, string text, string type, string actor, string? target)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var e = Assert.Single(analysis.Events, x => x.Type == type);
        Assert.Equal(actor, Name(analysis, e.Actor));
        if (target is not null)
        {
            Assert.Equal(target, Name(analysis, e.Target));
        }
    }

    // Sending or giving with nothing that is goods ("Grüße", "a message") is no transfer.
    [Theory]
    [InlineData("de", "Kim schickte Putin zum Geburtstag herzliche Grüße nach Moskau.")]
    [InlineData("en", "Lukashenko sent Putin a birthday message on Tuesday.")]
    public void Analyze_SendingNoGoods_NoTransfer(string language, string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    // A relative clause's verb with no goods of its own moves its antecedent.
    [Theory]
    [InlineData("en", "The drones that Iran sent to Russia in the spring crashed in large numbers, analysts said.", "drones")]
    [InlineData("de", "Die Drohnen, die Iran im Frühjahr nach Russland geschickt hatte, stürzten nach Angaben von Fachleuten häufig ab.", "Drohnen")]
    [InlineData("en", "Artillery shells that Belarus shipped to Russia were found near Kupiansk.", "shells")]
    public void Analyze_RelativeClauseWithoutGoods_ItsAntecedentIsTheItem(string language, string text, string item)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Contains(transfer.Items, i => i.Text.Contains(item, StringComparison.Ordinal));
        Assert.Contains(Name(analysis, transfer.Actor), new[] { "Iran", "Belarus" });
        Assert.Equal("Russia", Name(analysis, transfer.Target));
    }

    // Weapons as the subject of an attack were fired by whoever received them; the supplier attacks no one.
    [Theory]
    [InlineData("en", "Drones that Iran had sold to Russia struck a power plant in Kharkiv on Monday.", "Kharkiv")]
    [InlineData("de", "Die Raketen, die Iran im Frühjahr an Russland verkauft hatte, trafen in der Nacht ein Kraftwerk bei Saporischschja.", "Zaporizhzhya")]
    public void Analyze_SuppliedWeaponsStrike_TheRecipientAttacks(string language, string text, string place)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var attack = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("Russia", Name(analysis, attack.Actor));
        Assert.Equal(place, Name(analysis, attack.Target));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "CONSULT");
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Iran", Name(analysis, transfer.Actor));
        Assert.Equal("Russia", Name(analysis, transfer.Target));
    }

    // "hit" and "treffen" are attacks only with a weapon as their subject.
    [Theory]
    [InlineData("en", "Sanctions on Iran hit the country's oil exports to China hard.")]
    [InlineData("de", "Die iranische Delegation traf in Minsk Vertreter des belarussischen Verteidigungsministeriums.")]
    public void Analyze_HitWithoutAWeapon_NoAttack(string language, string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "ASSAULT");
        if (language == "de")
        {
            Assert.Contains(analysis.Events, e => e.Type == "CONSULT"); // the meeting stays a meeting
        }
    }

    // A weapon as subject with no supply told: still an attack on the place it hit ("treffen" is no meeting then).
    [Theory]
    [InlineData("en", "Iranian missiles struck Erbil overnight, officials said.")]
    [InlineData("de", "Iranische Raketen trafen in der Nacht ein Lager bei Erbil.")]
    public void Analyze_WeaponSubjectWithoutSupply_StillAnAttack(string language, string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var attack = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("Erbil", Name(analysis, attack.Target));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "CONSULT");
    }

    // Weapons shot down, or named in a relative clause whose pronoun is the subject: no supply, no supplier invented.
    [Theory]
    [InlineData("en", "Ukrainian forces shot down Russian drones over Kyiv on Sunday.")]
    [InlineData("de", "Die ukrainische Armee beschoss russische Panzer bei Kursk.")]
    public void Analyze_WeaponsAttacked_NoTransfer(string language, string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Theory]
    [InlineData("en", "Reporters met Iranian engineers who earned good money in Russia last year.")]
    [InlineData("de", "Reporter trafen iranische Ingenieure, die im vergangenen Jahr in Russland gut verdient hatten.")]
    public void Analyze_RelativePronounAsSubject_ItsAntecedentMovedNothing(string language, string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Theory]
    [InlineData("en", "Diplomats discussed the sale of drones to Russia, which has used them against Ukraine.")]
    [InlineData("en", "The delivery of arms to Ukraine, which Russia condemned, went ahead in May.")]
    public void Analyze_RelativeClauseWithoutADoer_NoSupplierFromIt(string language, string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Null(transfer.Actor);
    }

    // A transfer told with one party takes the other from the document's transfers with both, when they name only one.
    [Theory]
    [InlineData("de", "Belarus hat im Frühjahr Lastwagen an Russland geliefert. Beobachter erwarten, dass Minsk bald auch Soldaten schicken wird.", "Belarus", "Russia")]
    [InlineData("en", "Iran sold drones to Russia in May. Analysts expect Tehran to send military advisers as well.", "Iran", "Russia")]
    public void Analyze_OnePartyLeftUnsaid_TheDocumentsOnlyCounterpart(string language, string text, string supplier, string recipient)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfers = analysis.Events.Where(e => e.Type == "TRANSFER").ToList();
        Assert.Equal(2, transfers.Count);
        Assert.All(transfers, t => Assert.Equal(recipient, Name(analysis, t.Target)));
        var alias = language == "de" ? "Minsk" : "Tehran";
        Assert.All(transfers, t => Assert.Contains(Name(analysis, t.Actor), new[] { supplier, alias }));
    }

    [Fact]
    public void Analyze_OnePartyInAnotherYearFarAway_StaysOpen()
    {
        const string text = "Iran sold drones to Russia in 2024. Iran has a long coast. Its ports are busy. Its oil is cheap. In 2017, Iran sold coal abroad.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && e.Items.Any(i => i.Category == "energy") && e.Target is not null);
    }

    [Fact]
    public void Analyze_OnePartyWithTwoCounterparts_StaysOpen()
    {
        const string text = "Iran sold drones to Russia in May. Iran also shipped missiles to Syria in June. Tehran is expected to send military advisers too.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01", text, null));
        var advisers = Assert.Single(analysis.Events, e => e.Type == "TRANSFER" && e.Items.Any(i => i.Category == "troops"));
        Assert.Null(advisers.Target);
    }

    // With one party known, the place the goods reached in another country stands for the other.
    [Fact]
    public void Analyze_OnePartyAndADestination_TheDestinationsCountryReceives()
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01",
            "Iranische Munition wurde im März mit einem Frachter nach Sankt Petersburg gebracht, berichten Ermittler.", null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Iran", Name(analysis, transfer.Actor));
        Assert.Equal("ru", analysis.Mentions[transfer.Target!.Mention].Country);
    }

    // Foreign-made weapons in an attack: their origin is no side of it, and the attacker received them from it.
    [Theory]
    [InlineData("en", "Russian troops shelled Odesa on Tuesday with Iranian drones, the city's mayor said.", "Odesa")]
    [InlineData("de", "Russische Einheiten beschossen in der Nacht Charkiw mit iranischen Drohnen.", "Kharkiv")]
    public void Analyze_AttackWithForeignWeapons_OriginSuppliedTheAttacker(string language, string text, string place)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var attack = Assert.Single(analysis.Events, e => e.Type == "ASSAULT");
        Assert.Equal("Russia", Name(analysis, attack.Actor));
        Assert.Equal(place, Name(analysis, attack.Target));
        var supply = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Iran", Name(analysis, supply.Actor));
        Assert.Equal("Russia", Name(analysis, supply.Target));
    }

    // A noun for the kind of party between the preposition and the name: the preposition still marks it.
    [Theory]
    [InlineData("en", "Britain imposed sanctions on the shipping company Baltic Reefers on Monday.", "Baltic Reefers")]
    [InlineData("de", "Die EU hat Sanktionen gegen die Reederei Ostsee Kühlschiff verhängt.", "Ostsee Kühlschiff")]
    public void Analyze_SanctionOnAKindOfPartyNamed_TheNameIsTheTarget(string language, string text, string target)
    {
        var doc = new TestDocument(text, language, "2025-05-01", $"{target}||Company");
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(target, doc.Who(sanction.Target));
    }

    // A warning about what another would do: the warning happened, and it is aimed at whoever the "if" clause names.
    [Theory]
    [InlineData("en", "Iran warned on Monday that it would retaliate if Azerbaijan sold drones to Israel.", "Iran", "Azerbaijan")]
    [InlineData("de", "Iran drohte am Montag, es werde reagieren, falls Aserbaidschan Drohnen an Israel verkaufe.", "Iran", "Azerbaijan")]
    public void Analyze_WarningWithACondition_AssertedAndAimedAtTheConditionsDoer(string language, string text, string actor, string target)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var threat = Assert.Single(analysis.Events, e => e.Type == "THREATEN");
        Assert.Equal(actor, Name(analysis, threat.Actor));
        Assert.Equal(target, Name(analysis, threat.Target));
        Assert.NotEqual("hypothetical", threat.Modality);
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && e.Modality == "hypothetical");
    }

    // "A spokeswoman for the Chinese embassy": whom the title serves speaks; "for" marks no target there.
    [Fact]
    public void Analyze_TitleForAParty_ThatPartyActs()
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01",
            "A spokeswoman for the Chinese embassy criticised the Philippine navy on Monday.", null));
        var e = Assert.Single(analysis.Events, x => x.Type == "ACCUSE");
        Assert.Equal("China", Name(analysis, e.Actor));
        Assert.NotEqual("China", Name(analysis, e.Target));
    }

    // A demand is made of the subject of the clause it governs, and the act demanded has not happened.
    [Theory]
    [InlineData("en", "Lithuania demanded that Belarus withdraw its border guards.", "Lithuania", "Belarus")]
    [InlineData("en", "Moldova called on Russia to withdraw its troops from Transnistria.", "Moldova", "Russia")]
    public void Analyze_Demand_TargetIsWhoIsAskedAndTheActIsNotAsserted(string language, string text, string asker, string asked)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var request = Assert.Single(analysis.Events, e => e.Type == "REQUEST");
        Assert.Equal(asker, Name(analysis, request.Actor));
        Assert.Equal(asked, Name(analysis, request.Target));
        Assert.All(analysis.Events.Where(e => e.Type != "REQUEST"), e => Assert.NotEqual("asserted", e.Modality));
    }

    // A verb that is a transfer only with goods takes them from its own clause.
    [Fact]
    public void Analyze_GoodsInAnotherClause_DoNotMakeAVerbOfGainingATransfer()
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01",
            "Beobachter meinen, Moskau könnte Pjöngjang mit Raketentechnik belohnen – und die nordkoreanische Armee gewinne dabei wertvolle Erfahrung.", null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER" && Name(analysis, e.Target) == "Russia");
    }

    [Fact]
    public void Analyze_GainingWorkers_IsATransferOfLabour()
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01",
            "Der Kreml will im kommenden Jahr weitere Arbeitskräfte aus Nordkorea für seine Baustellen gewinnen.", null));
        var e = Assert.Single(analysis.Events, x => x.Type == "TRANSFER");
        Assert.Equal("North Korea", Name(analysis, e.Actor));
    }

    // The adjective of whoever reports ("nach Recherchen einer japanischen Zeitung") names no party.
    [Theory]
    [InlineData("de", "Nach Recherchen einer japanischen Zeitung wurden zwanzig Lastwagen nach Nordkorea gebracht.", "Japan")]
    [InlineData("en", "According to a British think tank, dozens of trucks were shipped to North Korea in May.", "United Kingdom")]
    public void Analyze_AdjectiveOfTheReportsSource_IsNoParty(string language, string text, string source)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        Assert.Contains(analysis.Events, e => e.Type == "TRANSFER" && Name(analysis, e.Target) == "North Korea");
        Assert.DoesNotContain(analysis.Events, e => Name(analysis, e.Actor) == source || Name(analysis, e.Target) == source);
    }

    // A receiving verb takes its supplier from "von", "from" or a dative, never from a name marked "gegen" or "against".
    [Theory]
    [InlineData("de", "Russland kaufte Granaten für den Krieg gegen die Ukraine.", "Ukraine", "Russia")]
    [InlineData("en", "Russia bought the drones for its attacks against Ukraine.", "Ukraine", "Russia")]
    public void Analyze_ReceivingVerb_ATargetMarkedNameIsNoSupplier(string language, string text, string notSupplier, string recipient)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        string got = string.Join("; ", analysis.Events.Select(e => $"{Name(analysis, e.Actor)}->{Name(analysis, e.Target)}"));
        Assert.DoesNotContain($"{notSupplier}->{recipient}", got, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The European Union condemned the sale of Iranian drones to Russia.", "European Union")]
    [InlineData("de", "Japan verurteilte die Lieferung iranischer Drohnen an Russland scharf.", "Japan")]
    [InlineData("en", "Germany criticised the transfer of missiles from Iran to Syria.", "Germany")]
    public void Analyze_NounTriggerAsObject_TheGoverningSubjectIsNoSupplier(string language, string text, string speaker)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.NotEqual(speaker, Name(analysis, transfer.Actor));
        Assert.Contains(Name(analysis, transfer.Actor), new[] { "Iran", "_" });
    }

    [Theory]
    [InlineData("Frankreich hat Iran vorgeworfen, Drohnen an Russland verkauft zu haben.", "France", "Iran", "Russia")]
    [InlineData("Die Regierung in Kiew warf Teheran vor, Russland mit Drohnen zu versorgen.", null, "Tehran", "Russia")]
    [InlineData("Polen hat Belarus vorgeworfen, Russland Munition geliefert zu haben.", "Poland", "Belarus", "Russia")]
    public void Analyze_GermanAccusation_TheAccusedDoesWhatTheInfinitiveSays(string text, string? accuser, string supplier, string recipient)
    {
        // The parser takes the accused (a dative after the finite verb) for a second subject, and the infinitive's
        // recipient for its subject; both are mended before the roles are read.
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal($"{supplier}->{recipient}", $"{Name(analysis, transfer.Actor)}->{Name(analysis, transfer.Target)}");
        Assert.Equal("alleged", transfer.Modality);
        var accusation = Assert.Single(analysis.Events, e => e.Type == "ACCUSE");
        Assert.Equal(supplier, Name(analysis, accusation.Target));
        if (accuser is not null)
        {
            Assert.Equal(accuser, Name(analysis, accusation.Actor));
        }
    }

    [Theory]
    [InlineData("en", "Iran resumed its deliveries of drones to Russia in March.")]
    [InlineData("de", "Iran setzte die Lieferungen von Drohnen an Russland im März fort.")]
    public void Analyze_NounTriggerAfterAVerbOfPhase_KeepsTheSubjectAsSupplier(string language, string text)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("Iran", Name(analysis, transfer.Actor));
        Assert.Equal("Russia", Name(analysis, transfer.Target));
    }

    [Theory]
    [InlineData("de", "Syrien bekam von Russland mehrere Kampfjets geliefert.", "Russia", "Syria")]
    [InlineData("de", "Der syrische Präsident hat von Putin einen gepanzerten Geländewagen geschenkt bekommen.", "Vladimir Putin", "Syria")]
    public void Analyze_RecipientPassive_TheSubjectReceivedAndNothingElseIsGuessed(string language, string text, string supplier, string recipient)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Name(analysis, transfer.Actor));
        Assert.Equal(recipient, Name(analysis, transfer.Target));
    }

    [Theory]
    [InlineData("Russia has been selling attack helicopters to both Iran and Syria, officials said.", "Russia->Iran", "Russia->Syria")]
    [InlineData("Iran and Syria have sold drones to Russia.", "Iran->Russia", "Syria->Russia")]
    public void Analyze_CoordinatedParties_OneTransferEach(string text, string first, string second)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01", text, null));
        var flows = analysis.Events.Where(e => e.Type == "TRANSFER").Select(e => $"{Name(analysis, e.Actor)}->{Name(analysis, e.Target)}").ToList();
        Assert.Equal(2, flows.Count);
        Assert.Contains(first, flows);
        Assert.Contains(second, flows);
    }

    [Fact]
    public void Analyze_SubjectIsNoName_NoNameIsGuessedForTheSupplier()
    {
        // The tankers did it; North Korea is the recipient and Japan only a place where the report was heard.
        const string text = "Nach Angaben aus Japan haben mehrere Tanker raffiniertes Öl nach Nordkorea gebracht.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("North Korea", Name(analysis, transfer.Target));
        Assert.Null(transfer.Actor);
    }

    [Theory]
    [InlineData("en", "Russian freighters carried artillery shells from Nampo to Vladivostok, officials said.", "kp", "ru")]
    [InlineData("de", "Zwei russische Frachter brachten Artilleriegranaten aus dem Hafen Nampo nach Wladiwostok.", "kp", "ru")]
    [InlineData("en", "A Chinese-owned ship transported the shells from the port of Rajin to Vladivostok.", "kp", "ru")]
    [InlineData("en", "The munitions were shipped from the port of Rajin to Vladivostok in October.", "kp", "ru")]
    public void Analyze_GoodsMovedBetweenPlaces_FlowFromTheCountryTheyLeftToTheOneTheyReached(string language, string text, string supplier, string recipient)
    {
        // The carrier's flag (Russian, Chinese-owned) is neither side: the ports' countries are.
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal(supplier, Country(analysis, transfer.Actor));
        Assert.Equal(recipient, Country(analysis, transfer.Target));
    }

    [Fact]
    public void Analyze_ShipLoadedWithGoodsArrivingSomewhere_TheArrivalPortSuppliesNothing()
    {
        // "loaded with" says what the ship carries; the Syrian port is where it arrived, not where it loaded.
        const string text = "An Iranian freighter loaded with 9,000 tonnes of flour arrived at a Syrian port on Sunday.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01", text, null));
        var transfer = Assert.Single(analysis.Events, e => e.Type == "TRANSFER");
        Assert.Equal("ir", Country(analysis, transfer.Actor));
        Assert.NotEqual("sy", Country(analysis, transfer.Actor));
    }

    [Theory]
    [InlineData("en", "South Korean authorities seized the tanker Ocean Pearl in Busan on Tuesday.", "COERCE", "South Korea", "Ocean Pearl")]
    [InlineData("de", "Die japanische Küstenwache hat den Frachter Sea Breeze im Hafen von Osaka festgesetzt.", "COERCE", "Japan", "Sea Breeze")]
    public void Analyze_ShipSeized_TheShipIsWhatWasActedOn(string language, string text, string type, string actor, string target)
    {
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, language, "2025-05-01", text, null));
        var e = Assert.Single(analysis.Events, e => e.Type == type);
        Assert.Equal(actor, Name(analysis, e.Actor));
        Assert.Equal(target, Name(analysis, e.Target));
    }

    [Fact]
    public void Analyze_AStatesOwnBodyActs_ItIsNotWhatTheStateActedOn()
    {
        const string text = "The US Treasury sanctioned the tanker Golden Wave and its owner on Friday.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01", text, null));
        var e = Assert.Single(analysis.Events, e => e.Type == "SANCTION");
        Assert.Equal("US Treasury", Name(analysis, e.Actor));
        Assert.NotEqual("US Treasury", Name(analysis, e.Target));
    }

    [Fact]
    public void Analyze_TheNounShip_IsNoTransfer()
    {
        const string text = "The Iranian ship docked in Latakia on Monday after a week at sea.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "en", "2025-05-01", text, null));
        Assert.DoesNotContain(analysis.Events, e => e.Type == "TRANSFER");
    }

    [Fact]
    public void Analyze_GermanMinistersCameTogether_IsAMeeting()
    {
        const string text = "Der chinesische Außenminister Wang Yi ist in Teheran mit seinem Amtskollegen Abbas Araghchi zusammengekommen.";
        var analysis = TestPacks.Analyzer.Analyze(new Document("doc:test", "test.txt", null, "de", "2025-05-01", text, null));
        var meeting = Assert.Single(analysis.Events, e => e.Type == "CONSULT");
        Assert.Equal("Wang Yi", Name(analysis, meeting.Actor));
        Assert.Equal("Abbas Araghchi", Name(analysis, meeting.Target));
    }
}
