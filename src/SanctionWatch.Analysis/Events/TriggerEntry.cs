namespace SanctionWatch.Analysis.Events;

/// <summary>How a trigger's participants map to actor and target.</summary>
internal enum Frame : byte
{
    /// <summary>Subject acts; a target preposition or a second noun marks the target.</summary>
    Active,

    /// <summary>Subject receives; a source preposition marks the supplier.</summary>
    Receive,

    /// <summary>Subject denies a claim.</summary>
    Deny,
}

/// <summary>One lexicon trigger: the event it signals and how to read its arguments.</summary>
internal sealed record TriggerEntry(string Type, string? Mode, Frame Frame, bool Noun, bool Expected, bool Aid, string? Particle)
{
    /// <summary>True when the word is an event only with an item ("Arbeitskräfte gewinnen", not "den Krieg gewinnen").</summary>
    public bool NeedsItem { get; init; }

    /// <summary>True when the subject carries the goods ("der Frachter brachte Munition aus Nordkorea"): a named source supplies them.</summary>
    public bool Carrier { get; init; }

    /// <summary>
    /// True when the goods are taken on where the verb happens ("tankers loading fuel at a Russian port", "in Rajin
    /// verladen"): that place's country supplies them, and a carrier's side receives them.
    /// </summary>
    public bool Loading { get; init; }

    /// <summary>
    /// True when the verb tells a payment ("paid Syria $10 million", "für Drohnen mit Gold bezahlt"): an event only with money
    /// among its items; the goods it pays for flow back from the payee.
    /// </summary>
    public bool Money { get; init; }

    /// <summary>True when the word is also a common noun ("ship", "the ship"): an event only where the parser reads a verb.</summary>
    public bool VerbOnly { get; init; }

    /// <summary>The verb counts only with a noun object right after it ("gets drones"), not in a phrasal sense ("get around", "gets worse").</summary>
    public bool ObjectNext { get; init; }

    /// <summary>
    /// True when a weapon as the verb's subject makes it an attack ("Die Raketen trafen ein Umspannwerk", "the missile that
    /// hit a grain terminal"); an attack row with this flag is an event only then.
    /// </summary>
    public bool Hit { get; init; }

    /// <summary>
    /// True when the verb tells goods or people arriving ("400 nordkoreanische Arbeiter sind in Wladiwostok eingetroffen",
    /// "the horses arrived in North Korea"): the subject is what moved, its origin or "from" supplies, the place reached receives.
    /// </summary>
    public bool Arrival { get; init; }

    /// <summary>True when the verb is a transfer only with a destination ("Benzin nach Nordkorea ausgeführt", not "Angriffe ausgeführt").</summary>
    public bool Destination { get; init; }

    /// <summary>True when the verb is the event only with its measure named ("mit Sanktionen belegt", not "Bilder belegen Lieferungen").</summary>
    public bool Means { get; init; }

    /// <summary>True when only goods make it a transfer ("shells reaching Russia"): people it moves are not ("troops reached Pokrovsk").</summary>
    public bool GoodsOnly { get; init; }

    /// <summary>True for a word that lists the targets of the sanction told just before ("Betroffen sind X und Y", "including X").</summary>
    public bool Listing { get; init; }

    /// <summary>True for a joint undertaking ("began building a bridge"): an event only when its subject is two coordinated parties.</summary>
    public bool Joint { get; init; }

    /// <summary>True when the verb with a that-clause and no party as its object only tells ("warned that Pyongyang could send troops"): no event.</summary>
    public bool ClauseSpeech { get; init; }

    /// <summary>
    /// True when the subject used goods ("Russland setzte Raketen nordkoreanischer Bauart ein", "Russia uses North Korean
    /// shells"): a transfer to the user only from the goods' named origin or source; with no other supplier, no event.
    /// </summary>
    public bool Used { get; init; }

    /// <summary>
    /// True for a word that calls a report false ("called the claim a baseless lie", "bezeichnete die Vorwürfe als haltlos"):
    /// a denial only where a report noun comes before it in the sentence.
    /// </summary>
    public bool Dismissal { get; init; }

    /// <summary>True when the verb's subject speaks about, asks for or punishes what its object names ("condemned the delivery"): no party to it.</summary>
    public bool About { get; init; }
}

/// <summary>One item noun and its contract category.</summary>
internal sealed record ItemEntry(string Category);
