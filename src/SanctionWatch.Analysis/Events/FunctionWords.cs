namespace SanctionWatch.Analysis.Events;

/// <summary>The kinds of closed-class word the event rules look for; a word may be of several kinds.</summary>
[Flags]
internal enum FunctionWord : ulong
{
    None = 0,
    Coordinator = 1UL << 0,
    ClauseBreak = 1UL << 1,
    InfinitiveMark = 1UL << 2,
    Relative = 1UL << 3,
    SubjectRelative = 1UL << 4,
    AgentCase = 1UL << 5,
    OfCase = 1UL << 6,
    PassiveAuxiliary = 1UL << 7,
    Complementiser = 1UL << 8,
    ConditionalInversion = 1UL << 9,
    HostNoun = 1UL << 10,
    Attribution = 1UL << 11,
    PossessiveClitic = 1UL << 12,
    GenitiveArticle = 1UL << 13,
    MonthHomograph = 1UL << 14,
    MonthLead = 1UL << 15,
    BeneficiaryCase = 1UL << 16,
    GoodsCase = 1UL << 17,
    GovernmentNoun = 1UL << 18,

    /// <summary>A noun for a kind of place named after it ("the port of Rajin", "im Hafen Nampo"): the preposition before it marks the place.</summary>
    PlaceNoun = 1UL << 19,

    /// <summary>An auxiliary infinitive after a participle that puts it in the past ("geliefert haben", "stationiert sein", "verlegt worden sein").</summary>
    PastInfinitive = 1UL << 20,

    /// <summary>An article that makes a location preposition a direction ("in die russische Region Kursk": where to, not where).</summary>
    DirectionArticle = 1UL << 21,

    /// <summary>A preposition of cause ("wegen", "over"): a happening named after it is the reason for the clause's act, whose doer is no party to it.</summary>
    CauseCase = 1UL << 22,

    /// <summary>A noun for the kind of party named after it ("the shipping company Arktika Tankers", "die Reederei X"): the preposition before it marks the name.</summary>
    PartyNoun = 1UL << 23,

    /// <summary>A relative pronoun in the dative ("dem", "denen"): its antecedent is the clause's recipient ("Nordkorea, dem Moskau … geliefert hat").</summary>
    DativeRelative = 1UL << 24,

    /// <summary>A supply verb's object that makes it another sense ("delivered a speech", "liefern Hinweise"): no transfer.</summary>
    OtherSense = 1UL << 25,

    /// <summary>A verb that describes by an event noun as its object ("poses a threat", "stellt eine Bedrohung dar"): the noun is no event.</summary>
    DescriptiveVerb = 1UL << 26,

    /// <summary>The preposition of a destination ("nach Nordkorea", "to Russia"), which a trigger flagged <c>destination</c> needs.</summary>
    DestinationCase = 1UL << 27,

    /// <summary>A noun that names the measure a trigger flagged <c>means</c> needs after "mit" ("mit Sanktionen belegt").</summary>
    MeansNoun = 1UL << 28,

    /// <summary>A measure a trigger flagged <c>means</c> needs right after a <see cref="MeansMark"/> ("mit Sanktionen", "auf die Sanktionsliste").</summary>
    MeasureNoun = 1UL << 30,

    /// <summary>The preposition before a <see cref="MeasureNoun"/> ("mit", "auf", "to").</summary>
    MeansMark = 1UL << 31,

    /// <summary>A way goods travel ("by train", "per Schiff"): weapons reaching a country with it are supplied, without it they strike.</summary>
    TransportNoun = 1UL << 32,

    /// <summary>The preposition of what is asked for after a verb of asking ("um Hilfe gebeten", "asked for aid").</summary>
    RequestCase = 1UL << 33,

    /// <summary>A noun of manufacture after a country adjective ("Raketen nordkoreanischer Bauart", "shells of North Korean origin"): the goods' maker.</summary>
    OriginNoun = 1UL << 34,

    /// <summary>The last word of a company's name that says it is one ("Ltd", "Bank", "Shipping"): capitalised words before it name a company.</summary>
    CompanyHead = 1UL << 35,

    /// <summary>A noun for a company only, never for a person ("Reederei", "firm"): the capitalised words after it are its name.</summary>
    CompanyNoun = 1UL << 36,

    /// <summary>A participle of holding land ("besetzte", "occupied"): the country before it holds the place after it.</summary>
    OccupiedWord = 1UL << 37,

    /// <summary>A noun for a statement that something happened ("report", "Vorwürfe"): rejecting it denies what it tells.</summary>
    ReportNoun = 1UL << 38,

    /// <summary>A word of prohibition ("verboten", "banned"), or a modal of permission that a negation makes one ("dürfen nicht", "may not").</summary>
    Prohibition = 1UL << 39,

    /// <summary>A modal of permission: with a negation in its clause, a prohibition ("dürfen … nicht", "may not").</summary>
    PermissionModal = 1UL << 40,

    /// <summary>The preposition of the two sides of a mutual act ("Zusammenarbeit zwischen X und Y", "talks between X and Y").</summary>
    BetweenCase = 1UL << 41,

    /// <summary>An article that makes a location preposition a direction before a singular noun ("in den Tanker"; "in den Häfen" is a dative plural).</summary>
    SingularDirectionArticle = 1UL << 42,

    /// <summary>A noun for a ban ("ban", "embargo", "Verbot"): the act it names after it ("the ban on supplying luxury goods") is a rule, no happening.</summary>
    BanNoun = 1UL << 43,

    /// <summary>A noun for a ship's flag ("Flagge", "flag"): the country next to it is the flag a ship flies, no party.</summary>
    FlagNoun = 1UL << 44,

    /// <summary>A word that tells another occasion of a kind already reported ("another tanker", "ein weiterer Frachter", "die zweite Lieferung").</summary>
    AnotherWord = 1UL << 45,

    /// <summary>A verb whose object, a transfer noun, its subject receives ("accepted a shipment of", "nahm die Lieferung entgegen").</summary>
    ReceiptVerb = 1UL << 46,

    /// <summary>A verb of taking that receives only with a noun of receipt as its object or oblique ("took delivery of", "in Empfang nehmen").</summary>
    TakingVerb = 1UL << 47,

    /// <summary>A noun that makes a verb of taking a receipt ("delivery" in "took delivery of", "Empfang" in "in Empfang genommen").</summary>
    ReceiptNoun = 1UL << 48,

    /// <summary>The gazetteer key of a news agency or paper ("org:kcna", "org:reuters"): it reports events, it never takes part in them.</summary>
    NewsMedium = 1UL << 49,

    /// <summary>A noun for a text put to a vote ("resolution", "Entwurf"): the names in its description are what it is about, not parties to its rejection.</summary>
    DocumentNoun = 1UL << 50,

    /// <summary>The preposition of what money or goods passed through ("through Zabaikalsky Bank", "über die Bank X"): in an agentless passive, the channel supplies.</summary>
    ChannelCase = 1UL << 51,

    /// <summary>A noun for a company that a country adjective may describe alone ("ein chinesisches Handelsunternehmen", "a Laotian bank").</summary>
    FirmWord = 1UL << 52,

    /// <summary>A noun for a ship that a country adjective may describe alone ("einen russischen Frachter", "a North Korean tanker").</summary>
    ShipWord = 1UL << 53,

    /// <summary>A particle right after a supply verb that makes it another sense ("carried out a strike", "sold out").</summary>
    PhrasalOther = 1UL << 54,

    /// <summary>A word that tells where a company sits: "based", "headquartered" ("Moscow-based", "based in Vladivostok"), "Sitz" ("mit Sitz in").</summary>
    HomeWord = 1UL << 55,

    /// <summary>A noun for those who make or trade goods, after a goods word that then names them, not goods ("arms makers", "oil traders").</summary>
    MakerNoun = 1UL << 56,

    /// <summary>A possessive that points back to the subject ("its", "seine"): "into its Bryansk region" is the subject's own place.</summary>
    OwnPossessive = 1UL << 57,

    /// <summary>A force of nature as the subject of an attack verb ("a quake struck", "der Sturm traf"): no attack.</summary>
    NaturalForce = 1UL << 58,

    /// <summary>A noun for a body that acts for its country ("Rüstungsbetriebe", "customer", "forces"): after a country adjective, that country is the party.</summary>
    BodyNoun = 1UL << 59,

    /// <summary>A word that opens a list of examples between commas ("including", "darunter"): the clause goes on after it.</summary>
    InclusionWord = 1UL << 60,

    /// <summary>The preposition of what a shot is aimed at ("fired missiles at Kharkiv", "feuerten Raketen auf Charkiw ab").</summary>
    AimCase = 1UL << 61,

    /// <summary>An article that never marks the nominative ("den", "einen": accusative, or dative plural): its noun is no subject.</summary>
    ObjectArticle = 1UL << 62,

    /// <summary>A noun for those related to a state ("allies", "Partnerländer", "neighbours"): the state it names is not them.</summary>
    RelationNoun = 1UL << 63, // the last bit: a new kind needs another home (a set in the lexicon, as roles.tsv's)

    /// <summary>A common noun for a kind of company the tagger may take into a name ("Firma", "Reederei", "company"): not part of it.</summary>
    Descriptor = 1UL << 29,
}

/// <summary>
/// One language's closed-class words by kind (<c>grammar.tsv</c>), so that a rule asks for "a coordinator" or "the
/// infinitive marker", never for "und" or "to". Lower-case keys; immutable after loading.
/// </summary>
internal sealed class FunctionWords
{
    private readonly Dictionary<string, FunctionWord> _kinds = new(StringComparer.Ordinal);

    /// <summary>True when the lower-case <paramref name="word"/> is of any of the <paramref name="kinds"/>.</summary>
    public bool Is(string word, FunctionWord kinds) => _kinds.TryGetValue(word, out var k) && (k & kinds) != 0;

    /// <summary>True when the lower-case <paramref name="word"/>, read where it stands, is of any of the <paramref name="kinds"/>.</summary>
    public bool Is(ReadOnlySpan<char> word, FunctionWord kinds) =>
        _kinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var k) && (k & kinds) != 0;

    /// <summary>All kinds of the lower-case <paramref name="word"/>, read where it stands; <see cref="FunctionWord.None"/> for none.</summary>
    public FunctionWord KindsOf(ReadOnlySpan<char> word) =>
        _kinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var k) ? k : FunctionWord.None;

    /// <summary>True when the lower-case <paramref name="word"/> is a compound whose last part, four letters or more after at least three, is of any of the <paramref name="kinds"/> ("regionalbank", "kryptobörse").</summary>
    public bool EndsIn(ReadOnlySpan<char> word, FunctionWord kinds)
    {
        for (int i = 3; i <= word.Length - 4; i++)
        {
            if (Is(word[i..], kinds))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds <paramref name="word"/> as being of <paramref name="kind"/>; for loading only.</summary>
    internal void Add(string word, FunctionWord kind) => _kinds[word] = _kinds.GetValueOrDefault(word) | kind;

    /// <summary>The kind named <paramref name="name"/> in <c>grammar.tsv</c>, or <see cref="FunctionWord.None"/> for a name that is not a word kind.</summary>
    internal static FunctionWord Parse(string name) => name switch
    {
        "coordinator" => FunctionWord.Coordinator,
        "clause-break" => FunctionWord.ClauseBreak,
        "infinitive-mark" => FunctionWord.InfinitiveMark,
        "relative" => FunctionWord.Relative,
        "subject-relative" => FunctionWord.SubjectRelative,
        "dative-relative" => FunctionWord.DativeRelative,
        "agent-case" => FunctionWord.AgentCase,
        "of-case" => FunctionWord.OfCase,
        "passive-auxiliary" => FunctionWord.PassiveAuxiliary,
        "complementiser" => FunctionWord.Complementiser,
        "conditional-inversion" => FunctionWord.ConditionalInversion,
        "host-noun" => FunctionWord.HostNoun,
        "attribution" => FunctionWord.Attribution,
        "possessive-clitic" => FunctionWord.PossessiveClitic,
        "genitive-article" => FunctionWord.GenitiveArticle,
        "month-homograph" => FunctionWord.MonthHomograph,
        "month-lead" => FunctionWord.MonthLead,
        "beneficiary-case" => FunctionWord.BeneficiaryCase,
        "goods-case" => FunctionWord.GoodsCase,
        "government-noun" => FunctionWord.GovernmentNoun,
        "place-noun" => FunctionWord.PlaceNoun,
        "party-noun" => FunctionWord.PartyNoun,
        "past-infinitive" => FunctionWord.PastInfinitive,
        "direction-article" => FunctionWord.DirectionArticle,
        "cause-case" => FunctionWord.CauseCase,
        "other-sense" => FunctionWord.OtherSense,
        "descriptive-verb" => FunctionWord.DescriptiveVerb,
        "destination-case" => FunctionWord.DestinationCase,
        "means-noun" => FunctionWord.MeansNoun,
        "measure-noun" => FunctionWord.MeasureNoun,
        "means-mark" => FunctionWord.MeansMark,
        "transport-noun" => FunctionWord.TransportNoun,
        "request-case" => FunctionWord.RequestCase,
        "descriptor" => FunctionWord.Descriptor,
        "origin-noun" => FunctionWord.OriginNoun,
        "company-head" => FunctionWord.CompanyHead,
        "company-noun" => FunctionWord.CompanyNoun,
        "occupied-word" => FunctionWord.OccupiedWord,
        "report-noun" => FunctionWord.ReportNoun,
        "between-case" => FunctionWord.BetweenCase,
        "singular-direction-article" => FunctionWord.SingularDirectionArticle,
        "ban-noun" => FunctionWord.BanNoun,
        "flag-noun" => FunctionWord.FlagNoun,
        "another-word" => FunctionWord.AnotherWord,
        "receipt-verb" => FunctionWord.ReceiptVerb,
        "taking-verb" => FunctionWord.TakingVerb,
        "receipt-noun" => FunctionWord.ReceiptNoun,
        "news-medium" => FunctionWord.NewsMedium,
        "document-noun" => FunctionWord.DocumentNoun,
        "channel-case" => FunctionWord.ChannelCase,
        "firm-word" => FunctionWord.FirmWord,
        "ship-word" => FunctionWord.ShipWord,
        "phrasal-other" => FunctionWord.PhrasalOther,
        "home-word" => FunctionWord.HomeWord,
        "maker-noun" => FunctionWord.MakerNoun,
        "own-possessive" => FunctionWord.OwnPossessive,
        "natural-force" => FunctionWord.NaturalForce,
        "body-noun" => FunctionWord.BodyNoun,
        "inclusion-word" => FunctionWord.InclusionWord,
        "aim-case" => FunctionWord.AimCase,
        "relation-noun" => FunctionWord.RelationNoun,
        "prohibition" => FunctionWord.Prohibition,
        "object-article" => FunctionWord.ObjectArticle,
        "permission-modal" => FunctionWord.PermissionModal,
        _ => FunctionWord.None,
    };
}
