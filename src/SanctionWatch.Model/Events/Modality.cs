using System.Diagnostics.CodeAnalysis;

namespace SanctionWatch.Model.Events;

/// <summary>
/// How firmly a text states an event, from stated as fact (<see cref="Asserted"/>) to said not to have happened
/// (<see cref="Negated"/>); ordered strongest first and written as today's lower-case names.
/// </summary>
public readonly record struct Modality : IComparable<Modality>
{
    private static readonly string[] Names = ["asserted", "reported", "alleged", "expected", "hypothetical", "denied", "negated"];

    // The default value is the strongest, as an event with no cue is stated as fact.
    private readonly byte _rank;

    private Modality(int rank) => _rank = (byte)rank;

    /// <summary>Stated as fact.</summary>
    public static Modality Asserted => new(0);

    /// <summary>Attributed to a source that reports it.</summary>
    public static Modality Reported => new(1);

    /// <summary>Claimed by an accuser.</summary>
    public static Modality Alleged => new(2);

    /// <summary>Planned, promised or announced.</summary>
    public static Modality Expected => new(3);

    /// <summary>Possible, conditional or asked for.</summary>
    public static Modality Hypothetical => new(4);

    /// <summary>Denied by a party.</summary>
    public static Modality Denied => new(5);

    /// <summary>Said not to have happened.</summary>
    public static Modality Negated => new(6);

    /// <summary>Every modality, strongest first.</summary>
    public static IReadOnlyList<Modality> All { get; } = [.. Enumerable.Range(0, Names.Length).Select(r => new Modality(r))];

    /// <summary>The position in the order: 0 for <see cref="Asserted"/>, the strongest.</summary>
    public int Rank => _rank;

    /// <summary>The name as the dossier writes it (<c>asserted</c>, <c>reported</c> …).</summary>
    public string Name => Names[_rank];

    /// <summary>The modality named <paramref name="name"/>; a <see cref="FormatException"/> names an unknown one.</summary>
    public static Modality Parse(string name) =>
        TryParse(name, out var modality) ? modality : throw new FormatException($"'{name}' is not a modality (expected one of {string.Join(", ", Names)})");

    /// <summary>Reads <paramref name="name"/> as a modality; false for an unknown name.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out Modality modality)
    {
        int rank = name is null ? -1 : Array.IndexOf(Names, name);
        modality = rank < 0 ? default : new Modality(rank);
        return rank >= 0;
    }

    /// <summary>The rank of a modality name as stored; an unknown name ranks after every modality.</summary>
    public static int RankOf(string? name) => TryParse(name, out var modality) ? modality.Rank : Names.Length;

    /// <summary>The stronger of two modalities.</summary>
    public static Modality Stronger(Modality a, Modality b) => a._rank <= b._rank ? a : b;

    /// <summary>True when this modality states the event more firmly than <paramref name="other"/>.</summary>
    public bool IsStrongerThan(Modality other) => _rank < other._rank;

    /// <inheritdoc/>
    public int CompareTo(Modality other) => _rank.CompareTo(other._rank);

    /// <summary>True when <paramref name="name"/> names this modality.</summary>
    public bool Is(string? name) => name == Name;

    /// <summary>The name, as <see cref="Name"/>.</summary>
    public override string ToString() => Name;

    /// <summary>True when <paramref name="left"/> is stronger (ranks before).</summary>
    public static bool operator <(Modality left, Modality right) => left._rank < right._rank;

    /// <summary>True when <paramref name="left"/> is weaker (ranks after).</summary>
    public static bool operator >(Modality left, Modality right) => left._rank > right._rank;

    /// <summary>True when <paramref name="left"/> is as strong or stronger.</summary>
    public static bool operator <=(Modality left, Modality right) => left._rank <= right._rank;

    /// <summary>True when <paramref name="left"/> is as weak or weaker.</summary>
    public static bool operator >=(Modality left, Modality right) => left._rank >= right._rank;
}
