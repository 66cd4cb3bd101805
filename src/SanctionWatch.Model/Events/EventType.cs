using System.Diagnostics.CodeAnalysis;

namespace SanctionWatch.Model.Events;

/// <summary>
/// What kind of happening an event is: the sixteen PLOVER types and <see cref="Transfer"/> (goods changing hands),
/// written in capitals as the lexicon and the dossier write them.
/// </summary>
public readonly record struct EventType
{
    // PLOVER's order (cooperation to conflict), then the product's own TRANSFER.
    private static readonly string[] Names =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "TRANSFER",
    ];

    private readonly byte _index;

    private EventType(int index) => _index = (byte)index;

    /// <summary>Agreeing, promising, signing.</summary>
    public static EventType Agree => new(0);

    /// <summary>Meeting, visiting, talking.</summary>
    public static EventType Consult => new(1);

    /// <summary>Supporting or endorsing.</summary>
    public static EventType Support => new(2);

    /// <summary>Conceding or easing.</summary>
    public static EventType Concede => new(3);

    /// <summary>Cooperating.</summary>
    public static EventType Cooperate => new(4);

    /// <summary>Giving aid.</summary>
    public static EventType Aid => new(5);

    /// <summary>Withdrawing.</summary>
    public static EventType Retreat => new(6);

    /// <summary>Asking for or demanding.</summary>
    public static EventType Request => new(7);

    /// <summary>Accusing.</summary>
    public static EventType Accuse => new(8);

    /// <summary>Rejecting or denying.</summary>
    public static EventType Reject => new(9);

    /// <summary>Threatening.</summary>
    public static EventType Threaten => new(10);

    /// <summary>Protesting or condemning.</summary>
    public static EventType Protest => new(11);

    /// <summary>Sanctioning.</summary>
    public static EventType Sanction => new(12);

    /// <summary>Mobilising forces.</summary>
    public static EventType Mobilize => new(13);

    /// <summary>Coercing: seizing, arresting, blockading.</summary>
    public static EventType Coerce => new(14);

    /// <summary>Attacking.</summary>
    public static EventType Assault => new(15);

    /// <summary>Goods, arms or money changing hands.</summary>
    public static EventType Transfer => new(16);

    /// <summary>Every event type.</summary>
    public static IReadOnlyList<EventType> All { get; } = [.. Enumerable.Range(0, Names.Length).Select(i => new EventType(i))];

    /// <summary>The name as the lexicon and the dossier write it (<c>TRANSFER</c>, <c>CONSULT</c> …).</summary>
    public string Name => Names[_index];

    /// <summary>The event type named <paramref name="name"/>; a <see cref="FormatException"/> names an unknown one.</summary>
    public static EventType Parse(string name) =>
        TryParse(name, out var type) ? type : throw new FormatException($"'{name}' is not an event type (expected one of {string.Join(", ", Names)})");

    /// <summary>Reads <paramref name="name"/> as an event type; false for an unknown name.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out EventType type)
    {
        int index = name is null ? -1 : Array.IndexOf(Names, name);
        type = index < 0 ? default : new EventType(index);
        return index >= 0;
    }

    /// <summary>True for a type whose two sides do the same to each other (agree, consult, cooperate): A meets B is B meets A.</summary>
    public bool IsMutual => this == Agree || this == Consult || this == Cooperate;

    /// <summary>
    /// True for a type whose event is one act on one day (a listing, a strike, a meeting, a veto, a protest): two reports that
    /// leave it undated and appeared weeks apart tell two acts. Transfers, cooperation, support, aid and mobilisation may be an
    /// ongoing pattern that reports months apart both tell.
    /// </summary>
    public bool IsSingleAct => !(this == Transfer || this == Cooperate || this == Support || this == Aid || this == Mobilize);

    /// <summary>True when <paramref name="name"/> names this type.</summary>
    public bool Is(string? name) => name == Name;

    /// <summary>The name, as <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
