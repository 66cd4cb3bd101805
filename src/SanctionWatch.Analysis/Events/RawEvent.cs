namespace SanctionWatch.Analysis.Events;

/// <summary>An event being built, with what the linking needs.</summary>
internal sealed class RawEvent
{
    public required string Type { get; set; }

    public string? Mode { get; set; }

    public ArgumentRef? Actor { get; set; }

    public ArgumentRef? Target { get; set; }

    public List<ItemMention> Items { get; set; } = [];

    public EventDate? Date { get; set; }

    public int? Location { get; set; }

    public string Modality { get; set; } = "asserted";

    public ArgumentRef? Claimant { get; set; }

    public TextSpan Sentence { get; set; }

    public int SentenceIndex { get; set; }

    /// <summary>Sentences told before <see cref="Sentence"/> that tell the same event (a headline), or null.</summary>
    public List<TextSpan>? Also { get; set; }

    public TextSpan Trigger { get; set; }

    public int TriggerToken { get; set; }

    public int Clause { get; set; }

    public bool Noun { get; set; }

    public bool Deny { get; set; }

    public RawEvent? DeniedBy { get; set; }

    public Participant? Subject { get; set; }

    public bool NeedsItem { get; set; }

    /// <summary>The trigger's <see cref="TriggerEntry.Money"/>: a payment, an event only with money among its items.</summary>
    public bool NeedsMoney { get; set; }

    /// <summary>The goods a payment pays for ("für Munitionslieferungen", "for combat drones"): no items of it, they flow back.</summary>
    public List<ItemMention> PaidFor { get; set; } = [];

    /// <summary>True when people alone do not make the event ("troops reached Pokrovsk" is no transfer).</summary>
    public bool GoodsOnly { get; set; }

    /// <summary>True for a joint undertaking ("Russland und Nordkorea haben mit dem Bau … begonnen"): an event only between two coordinated parties.</summary>
    public bool Joint { get; set; }

    /// <summary>The trigger's <see cref="TriggerEntry.Hit"/>: a weapon as its subject makes it an attack.</summary>
    public bool Hit { get; set; }

    /// <summary>The trigger's <see cref="TriggerEntry.Used"/>: only a supplier named by the goods' origin makes it a transfer.</summary>
    public bool Used { get; set; }

    /// <summary>True when its clause tells another occasion of its kind ("ein weiterer Tanker"): no earlier report's happening.</summary>
    public bool Another { get; set; }

    /// <summary>True when its clause names the doer by a common noun and no name ("a shipping firm that ferried shells"): no other event's party fills it.</summary>
    public bool UnnamedDoer { get; set; }

    /// <summary>For a listing whose target is a company, ship or person told by its country only: which kind.</summary>
    public DescribedKind DescribedAs { get; set; }

    /// <summary>For a transfer between two named together ("Moskau und Pjöngjang bestreiten die Lieferungen"): the two, whose direction the document's other reports may tell.</summary>
    public (ArgumentRef First, ArgumentRef Second)? Undirected { get; set; }

    /// <summary>A shallow copy, for the same happening told of another party.</summary>
    public RawEvent Copy() => (RawEvent)MemberwiseClone();
}
